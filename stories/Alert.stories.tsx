import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Alert } from '../src/components';

const meta = {
  title: 'Primitives/Alert',
  component: Alert,
  args: {
    title: 'Check your inbox',
    children: 'If an account exists for ada@example.com, we sent a link to reset your password.',
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = { args: { variant: 'info' } };
export const Success: Story = { args: { variant: 'success', title: 'Your password was reset.' } };
export const Warning: Story = { args: { variant: 'warning', title: 'This link has expired' } };
export const Danger: Story = {
  args: { variant: 'danger', title: 'This link was already used or is invalid' },
  play: async ({ canvas }) => {
    // Errors interrupt; the other variants are polite status messages.
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'This link was already used or is invalid',
    );
  },
};

/** All variants side by side, light and dark, to check contrast with axe in one go. */
export const AllVariants: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '32rem' }}>
      <Alert {...args} variant="info" />
      <Alert {...args} variant="success" />
      <Alert {...args} variant="warning" />
      <Alert {...args} variant="danger" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('status')).toHaveLength(2);
    await expect(canvas.getAllByRole('alert')).toHaveLength(2);
  },
};

export const AllVariantsDark: Story = { ...AllVariants, parameters: { theme: 'dark' } };
