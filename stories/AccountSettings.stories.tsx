import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { AccountSettings } from '../src/components/account/AccountSettings';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const ADA = { email: 'ada@example.com', password: 'secret-1', emailVerified: true };

const meta = {
  title: 'Components/AccountSettings',
  component: AccountSettings,
  ...emulatorStory,
  args: { onAccountDeleted: fn(), onEmailUpdated: fn(), onPasswordUpdated: fn() },
  parameters: { emulator: { accounts: [ADA], signedInAs: ADA } },
} satisfies Meta<typeof AccountSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A password user: email with its status, both forms and the delete trigger. */
export const PasswordUser: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: 'Account settings' })).toBeVisible();
    await expect(canvas.getByText('ada@example.com')).toBeVisible();
    await expect(canvas.getByText('(Verified)')).toBeVisible();
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Change your email' }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Change your password' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Delete account' })).toBeVisible();
  },
};

/** An unverified address says so. */
export const Unverified: Story = {
  parameters: { emulator: { accounts: [{ ...ADA, emailVerified: false }], signedInAs: ADA } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('(Not verified)')).toBeVisible();
  },
};

/** An OAuth-only user (signed in with Google): no password form, and the reason is stated. */
export const OAuthUser: Story = {
  parameters: { emulator: {} },
  play: async ({ canvas, loaded }) => {
    const { emulator, client, session } = storyEmulator(loaded);
    const callBackUri = `${location.origin}/auth/callback`;
    const started = await client.createOAuthUrl({ providerId: 'google.com', callBackUri });
    const redirect = new URL(
      await emulator.completeOAuth(started.authUri, { email: 'octo@example.com' }),
    );
    const token = new URLSearchParams(redirect.hash.slice(1)).get('id_token') ?? undefined;
    const result = await client.signInWithIdp({
      sessionId: started.sessionId,
      providerId: 'google.com',
      callBackUri,
      token,
    });
    if (result.status !== 'signedIn') throw new Error('expected a signed-in OAuth user');
    session.setSession(result.session, 'signedIn');
    await expect(await canvas.findByText('octo@example.com')).toBeVisible();
    await expect(
      canvas.getByText('You sign in with Google, so there is no password to change here.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Change your password' })).toBeNull();
    await expect(canvas.getByRole('heading', { name: 'Change your email' })).toBeVisible();
  },
};

/** Deleting from the settings page signs out and reports it. */
export const DeleteFromSettings: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete account' }));
    await userEvent.type(
      await canvas.findByLabelText('Type ada@example.com to confirm'),
      'ada@example.com',
    );
    const dialog = await canvas.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByLabelText('Current password'),
      `${ADA.password}{Enter}`,
    );
    await waitFor(() => expect(args.onAccountDeleted).toHaveBeenCalledOnce());
    await expect(await canvas.findByText('Please sign in to continue.')).toBeVisible();
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, play: PasswordUser.play };

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Paramètres du compte' })).toBeVisible();
    await expect(canvas.getByText('(Vérifié)')).toBeVisible();
  },
};
