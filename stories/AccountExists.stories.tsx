import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { AccountExists } from '../src/components/oauth/AccountExists';
import { emulatorStory } from './support/withEmulator';

/** needConfirmation: the email already signs in another way; the screen offers exactly those ways. */
const meta = {
  title: 'Components/AccountExists',
  component: AccountExists,
  ...emulatorStory,
  args: { email: 'ada@example.com', signInHref: '#sign-in', oauth: { onRedirect: fn() } },
} satisfies Meta<typeof AccountExists>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A password account: the way back is the email/password sign-in. */
export const PasswordAccount: Story = {
  args: { signInMethods: ['password'] },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { name: 'You already have an account' }),
    ).toBeVisible();
    await expect(
      canvas.getByText(
        'An account already exists for ada@example.com — sign in with email and password instead.',
      ),
    ).toBeVisible();
    await expect(
      canvas.getByRole('link', { name: 'Sign in with email and password instead' }),
    ).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /Continue with/ })).toBeNull();
  },
};

/** Methods looked up from the API when not given: a Google + password account gets both ways. */
export const LookedUp: Story = {
  parameters: {
    emulator: {
      accounts: [
        { email: 'ada@example.com', password: 'correct-horse', providers: ['google.com'] },
      ],
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    const google = await canvas.findByRole('button', { name: 'Continue with Google' });
    await expect(canvas.getByText(/sign in with .*Google.* instead/)).toBeVisible();
    await expect(
      canvas.getByRole('link', { name: 'Sign in with email and password instead' }),
    ).toBeVisible();
    await userEvent.click(google);
    await waitFor(() => expect(args.oauth?.onRedirect).toHaveBeenCalled());
  },
};

/** A Google-only account: no password link, only the Google button. */
export const GoogleOnly: Story = {
  args: { signInMethods: ['google.com'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Continue with Google' })).toBeVisible();
    await expect(
      canvas.queryByRole('link', { name: 'Sign in with email and password instead' }),
    ).toBeNull();
  },
};

export const DarkTheme: Story = {
  args: { signInMethods: ['google.com', 'password'] },
  parameters: { theme: 'dark' },
};

export const French: Story = {
  args: { signInMethods: ['password'] },
  parameters: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('link', { name: 'Se connecter plutôt avec e-mail et mot de passe' }),
    ).toBeVisible();
  },
};
