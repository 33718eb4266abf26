import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { UpdatePasswordForm } from '../src/components/account/UpdatePasswordForm';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const UPDATE_PATH = '/api/v1/auth/accounts/update-password';
const ADA = { email: 'ada@example.com', password: 'current-1' };

const meta = {
  title: 'Components/UpdatePasswordForm',
  component: UpdatePasswordForm,
  ...emulatorStory,
  args: { onSuccess: fn(), onError: fn() },
  parameters: { emulator: { accounts: [ADA], signedInAs: ADA } },
} satisfies Meta<typeof UpdatePasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

async function fill(
  canvas: StoryContext['canvas'],
  userEvent: StoryContext['userEvent'],
  current: string,
  next: string,
) {
  await userEvent.type(canvas.getByLabelText('Current password'), current);
  await userEvent.type(canvas.getByLabelText('New password'), next);
  await userEvent.type(canvas.getByLabelText('Confirm password'), next);
  await userEvent.click(canvas.getByRole('button', { name: 'Update password' }));
}

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Current password')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
    await expect(canvas.getByLabelText('New password')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    await expect(canvas.getByLabelText('Confirm password')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
  },
};

export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Update password' }));
    const current = canvas.getByLabelText('Current password');
    await waitFor(() => expect(current).toHaveAccessibleDescription('Enter your password'));
    await expect(current).toHaveFocus();
    await expect(canvas.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A wrong current password (the API's INVALID_PASSWORD) lands on "Current password". */
export const WrongCurrentPassword: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await fill(canvas, userEvent, 'not-it-1', 'brand-new-1');
    const current = canvas.getByLabelText('Current password');
    await waitFor(() => expect(current).toHaveAccessibleDescription('The password is incorrect.'));
    await expect(current).toHaveFocus();
    await expect(canvas.getByLabelText('New password')).toHaveValue('brand-new-1');
    await expect(args.onError).toHaveBeenCalledOnce();
  },
};

/** WEAK_PASSWORD lands on "New password". */
export const WeakPassword: Story = {
  parameters: {
    emulator: {
      accounts: [ADA],
      signedInAs: ADA,
      faults: [
        {
          path: UPDATE_PATH,
          status: 400,
          detail: 'WEAK_PASSWORD : Password should be at least 6 characters',
        },
      ],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, ADA.password, 'brand-new-1');
    const next = canvas.getByLabelText('New password');
    await waitFor(() =>
      expect(next).toHaveAccessibleDescription(
        'This password is too weak. Use at least 6 characters.',
      ),
    );
    await expect(next).toHaveFocus();
  },
};

export const Loading: Story = {
  parameters: {
    emulator: {
      accounts: [ADA],
      signedInAs: ADA,
      faults: [{ path: UPDATE_PATH, latencyMs: 60_000 }],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, ADA.password, 'brand-new-1');
    await expect(await canvas.findByRole('button', { name: 'Saving…' })).toBeDisabled();
  },
};

/** The password changes for real; the fields are cleared and the user stays signed in. */
export const Success: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    const { client, session } = storyEmulator(loaded);
    await fill(canvas, userEvent, ADA.password, 'brand-new-1');
    await expect(await canvas.findByText('Your password was updated.')).toBeVisible();
    await expect(canvas.getByLabelText('Current password')).toHaveValue('');
    await expect(args.onSuccess).toHaveBeenCalledOnce();
    await expect(session.getSnapshot().status).toBe('signedIn');
    await expect(
      client.signInWithEmail({ email: ADA.email, password: 'brand-new-1' }),
    ).resolves.toBeTruthy();
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, play: WrongCurrentPassword.play };

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Modifier le mot de passe' }));
    await waitFor(() => expect(canvas.getByLabelText('Mot de passe actuel')).toHaveFocus());
  },
};
