import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DeleteAccountDialog } from '../src/components/account/DeleteAccountDialog';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const ADA = { email: 'ada@example.com', password: 'secret-1' };

const meta = {
  title: 'Components/DeleteAccountDialog',
  component: DeleteAccountDialog,
  ...emulatorStory,
  args: { onSuccess: fn(), onError: fn(), onOpenChange: fn() },
  parameters: { emulator: { accounts: [ADA], signedInAs: ADA } },
} satisfies Meta<typeof DeleteAccountDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: only the trigger. */
export const Idle: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('button', { name: 'Delete account' })).toHaveAttribute(
      'data-state',
      'closed',
    );
    await expect(
      canvasElement.querySelector('[data-slot="delete-account-dialog"]'),
    ).toHaveAttribute('data-state', 'closed');
  },
};

/** Keyboard only: Enter opens with focus in the field, the button stays disabled until the email matches and the password is typed, Escape closes and focus returns. */
export const KeyboardFlow: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Delete account' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await canvas.findByRole('dialog', { name: 'Delete your account' });
    await expect(dialog).toHaveAccessibleDescription(
      'This permanently deletes your account and cannot be undone.',
    );
    const field = canvas.getByLabelText('Type ada@example.com to confirm');
    await waitFor(() => expect(field).toHaveFocus());
    const confirm = canvas.getByRole('button', { name: 'Delete account' });
    await expect(confirm).toBeDisabled();
    await userEvent.keyboard('ada@example');
    await expect(confirm).toBeDisabled();
    await userEvent.keyboard('.com');
    await expect(confirm).toBeDisabled();
    await userEvent.tab();
    await expect(canvas.getByLabelText('Current password')).toHaveFocus();
    await userEvent.keyboard(ADA.password);
    await expect(confirm).toBeEnabled();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/** Typing the email and the current password, then Enter, deletes the account and signs out. */
export const Success: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    const { emulator, session } = storyEmulator(loaded);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete account' }));
    await userEvent.type(
      await canvas.findByLabelText('Type ada@example.com to confirm'),
      'ada@example.com',
    );
    await userEvent.type(canvas.getByLabelText('Current password'), `${ADA.password}{Enter}`);
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledOnce());
    await expect(emulator.accounts()).toHaveLength(0);
    await expect(session.getSnapshot().status).toBe('signedOut');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
  },
};

/** A failed deletion is announced in the dialog; it stays open with the typed text. */
export const ServerError: Story = {
  parameters: {
    emulator: {
      accounts: [ADA],
      signedInAs: ADA,
      faults: [{ method: 'DELETE', path: '/api/v1/auth/accounts', status: 500 }],
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete account' }));
    const field = await canvas.findByLabelText('Type ada@example.com to confirm');
    await userEvent.type(field, 'ada@example.com');
    await userEvent.type(canvas.getByLabelText('Current password'), `${ADA.password}{Enter}`);
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side. Please try again.',
      ),
    );
    await expect(field).toHaveValue('ada@example.com');
    await expect(args.onError).toHaveBeenCalledOnce();
  },
};

/** While deleting, the button is busy and the dialog cannot be dismissed half-way. */
export const Loading: Story = {
  parameters: {
    emulator: {
      accounts: [ADA],
      signedInAs: ADA,
      faults: [{ method: 'DELETE', path: '/api/v1/auth/accounts', latencyMs: 60_000 }],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete account' }));
    await userEvent.type(
      await canvas.findByLabelText('Type ada@example.com to confirm'),
      'ada@example.com',
    );
    await userEvent.type(canvas.getByLabelText('Current password'), `${ADA.password}{Enter}`);
    const button = await canvas.findByRole('button', { name: 'Deleting…' });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('dialog')).toBeVisible();
  },
};

/** The word instead of the email; controlled `open`. */
export const PhraseControlled: Story = {
  args: { confirmWith: 'phrase', open: true },
  play: async ({ canvas, userEvent }) => {
    const field = await canvas.findByLabelText('Type DELETE to confirm');
    await userEvent.type(field, 'DELETE');
    await userEvent.type(canvas.getByLabelText('Current password'), ADA.password);
    await expect(canvas.getByRole('button', { name: 'Delete account' })).toBeEnabled();
  },
};

export const DarkTheme: Story = {
  parameters: { theme: 'dark' },
  args: { defaultOpen: true },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('dialog', { name: 'Delete your account' })).toBeVisible();
  },
};

export const French: Story = {
  parameters: { locale: 'fr' },
  args: { defaultOpen: true, confirmWith: 'phrase' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText('Saisissez SUPPRIMER pour confirmer')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Supprimer le compte' })).toBeDisabled();
  },
};
