import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, screen, waitFor } from 'storybook/test';
import { AuthDialog, type AuthDialogProps } from '../src/components/dialog/AuthDialog';
import { Button } from '../src/components/ui/Button';
import { emulatorStory } from './support/withEmulator';

const ADA = { email: 'ada@example.com', password: 'correct-horse' };
const meta = {
  title: 'Components/AuthDialog',
  component: AuthDialog,
  ...emulatorStory,
  args: {
    trigger: <Button>Open sign-in</Button>,
    onOpenChange: fn(),
    signInProps: { onSuccess: fn(), forgotPasswordHref: '#forgot-password' },
  },
  parameters: { emulator: { accounts: [ADA] } },
} satisfies Meta<typeof AuthDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard only: Enter opens, focus goes into the form, Escape closes and focus returns to the trigger. */
export const KeyboardOpenClose: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const trigger = canvas.getByRole('button', { name: 'Open sign-in' });
    await expect(trigger).toHaveAttribute('data-state', 'closed');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
    await expect(dialog).toHaveAccessibleDescription('Welcome back. Sign in to continue.');
    await expect(dialog).toHaveAttribute('data-state', 'open');
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveFocus());
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
  },
};

/** The toggle switches to sign-up and back; the dialog's name follows. */
export const ToggleSignUp: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open sign-in' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Create an account' }));
    await expect(await screen.findByRole('dialog', { name: 'Create an account' })).toBeVisible();
    await expect(screen.getByLabelText('Confirm password')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Already have an account? Sign in' }));
    await expect(await screen.findByRole('dialog', { name: 'Sign in' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  },
};

/** A successful sign-in calls `onSuccess` and closes the dialog. */
export const ClosesOnSignIn: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open sign-in' }));
    await userEvent.type(await screen.findByLabelText('Email'), ADA.email);
    await userEvent.type(screen.getByLabelText('Password'), ADA.password);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(args.signInProps?.onSuccess).toHaveBeenCalledTimes(1);
  },
};

/** A wrong password stays in the dialog, on the field. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open sign-in' }));
    await userEvent.type(await screen.findByLabelText('Email'), ADA.email);
    await userEvent.type(screen.getByLabelText('Password'), 'nope-nope');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
        'The password is incorrect.',
      ),
    );
    await expect(screen.getByRole('dialog')).toBeVisible();
    // Closed again so the page is left as found (the modal hides the rest of the page from AT).
    await userEvent.keyboard('{Escape}');
  },
};

function ControlledDialog(props: AuthDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p>Dialog is {open ? 'open' : 'closed'}</p>
      <AuthDialog {...props} open={open} onOpenChange={setOpen} />
      <Button onClick={() => setOpen(true)}>Open from outside</Button>
    </>
  );
}

/** Controlled: the app owns `open`; the dialog reports changes through `onOpenChange`. */
export const Controlled: Story = {
  render: (args) => <ControlledDialog {...args} trigger={undefined} />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open from outside' }));
    await expect(await screen.findByRole('dialog', { name: 'Sign in' })).toBeVisible();
    await expect(canvas.getByText('Dialog is open')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.getByText('Dialog is closed')).toBeVisible());
  },
};

/** Dark: the dialog inherits the theme of the AuthRoot around its trigger. */
export const DarkTheme: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open sign-in' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in' });
    await expect(dialog.closest('[data-slot="auth-root"]')).toHaveAttribute('data-theme', 'dark');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  },
};

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open sign-in' }));
    await expect(await screen.findByRole('dialog', { name: 'Connexion' })).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Fermer' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  },
};
