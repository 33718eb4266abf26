import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  AuthCard,
  Button,
  LinkProblem,
  format,
  formatSignInMethods,
  useMessages,
} from '../src/components';

/** Screens built only from messages, to review each locale's wording (use the Locale toolbar). */
function MessageScreens() {
  const t = useMessages();
  return (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <LinkProblem reason="expired" requestNewLinkHref="#forgot" signInHref="#sign-in" />
      <LinkProblem reason="invalid" requestNewLinkHref="#forgot" signInHref="#sign-in" />
      <AuthCard
        title={t['title.needConfirmation']}
        description={format(t['needConfirmation.description'], {
          email: 'ada@example.com',
          methods: formatSignInMethods(['google.com', 'password'], t),
        })}
      >
        <Button variant="secondary">{t['button.continueWithGoogle']}</Button>
        <Button asChild variant="ghost">
          <a href="#sign-in">{t['button.signIn']}</a>
        </Button>
      </AuthCard>
    </div>
  );
}

const meta = {
  title: 'Primitives/Messages',
  component: MessageScreens,
} satisfies Meta<typeof MessageScreens>;

export default meta;
type Story = StoryObj<typeof meta>;

export const English: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('This link has expired')).toBeVisible();
    await expect(
      canvas.getByText(/sign in with Google or email and password instead/),
    ).toBeVisible();
  },
};

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Ce lien a expiré')).toBeVisible();
    await expect(
      canvas.getByText(/connectez-vous plutôt avec Google ou e-mail et mot de passe/),
    ).toBeVisible();
  },
};

export const Spanish: Story = { parameters: { locale: 'es' } };
export const SpanishDark: Story = { parameters: { locale: 'es', theme: 'dark' } };
