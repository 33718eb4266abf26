import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { ForgotPasswordForm } from '../src/components/forgotPassword/ForgotPasswordForm';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const RESET_PATH = '/api/v1/auth/accounts/password-reset';
const meta = {
  title: 'Components/ForgotPasswordForm',
  component: ForgotPasswordForm,
  ...emulatorStory,
  args: { onSuccess: fn(), onError: fn(), signInHref: '#sign-in' },
  parameters: { emulator: { accounts: [{ email: 'ada@example.com', password: 'correct-horse' }] } },
} satisfies Meta<typeof ForgotPasswordForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const SENT = (email: string) =>
  `If an account exists for ${email}, we sent a link to reset your password.`;

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Back to sign in' })).toBeVisible();
  },
};

export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    const email = canvas.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter your email address'));
    await expect(email).toHaveFocus();
  },
};

/** A known email: the link is mailed and the neutral confirmation shown. */
export const KnownEmail: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(SENT('ada@example.com')),
    );
    await expect(args.onSuccess).toHaveBeenCalledWith('ada@example.com');
    await expect(storyEmulator(loaded).emulator.outbox()).toHaveLength(1);
  },
};

/** An unknown email gets exactly the same answer, so nobody can probe which emails have accounts. */
export const UnknownEmail: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'nobody@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(SENT('nobody@example.com')),
    );
    await expect(args.onError).not.toHaveBeenCalled();
    await expect(storyEmulator(loaded).emulator.outbox()).toHaveLength(0);
  },
};

/** Real failures (offline) are shown, and can be retried. */
export const NetworkError: Story = {
  parameters: { emulator: { faults: [{ path: RESET_PATH, network: true }] } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/offline/));
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'network' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(SENT('ada@example.com')),
    );
  },
};

export const Loading: Story = {
  parameters: { emulator: { faults: [{ path: RESET_PATH, latencyMs: 60_000 }] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'ada@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send reset link' }));
    await expect(await canvas.findByRole('button', { name: 'Sending…' })).toBeDisabled();
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, play: UnknownEmail.play };

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('button', { name: 'Envoyer le lien de réinitialisation' }),
    ).toBeVisible();
  },
};
