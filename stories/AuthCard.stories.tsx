import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Alert, AuthCard, Button, LinkButton, Spinner } from '../src/components';

const meta = {
  title: 'Primitives/AuthCard',
  component: AuthCard,
  args: {
    title: 'This link has expired',
    description: 'Links in our emails only work for a limited time. Request a new one to continue.',
  },
  render: (args) => (
    <AuthCard
      {...args}
      footer={
        <>
          <LinkButton href="#sign-in">Back to sign in</LinkButton>
          <LinkButton href="#sign-up">Create an account</LinkButton>
        </>
      }
    >
      <Button asChild>
        <a href="#forgot">Request a new link</a>
      </Button>
      <Button variant="secondary">Continue with Google</Button>
      <Button variant="ghost">Cancel</Button>
      <Button variant="danger">Delete account</Button>
      <Alert variant="info">
        <Spinner /> Loading…
      </Alert>
    </AuthCard>
  ),
} satisfies Meta<typeof AuthCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A dead-end page: says what happened and offers a way forward. */
export const DeadEnd: Story = {
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region', { name: 'This link has expired' });
    await expect(region).toHaveAttribute('data-slot', 'auth-card');
    // asChild keeps the link a link while it looks like a button.
    await expect(canvas.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'data-slot',
      'button',
    );
  },
};

export const Dark: Story = { parameters: { theme: 'dark' } };
