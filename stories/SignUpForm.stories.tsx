import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { SignUpForm } from '../src/components/signUp/SignUpForm';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const SIGN_UP_PATH = '/api/v1/auth/accounts/signup';
const meta = {
  title: 'Components/SignUpForm',
  component: SignUpForm,
  ...emulatorStory,
  args: { onSuccess: fn(), onError: fn(), signInHref: '#sign-in' },
} satisfies Meta<typeof SignUpForm>;

export default meta;
type Story = StoryObj<typeof meta>;

async function fill(
  canvas: { getByLabelText: (text: string) => HTMLElement },
  user: { type: (el: HTMLElement, text: string) => Promise<void> },
  email: string,
  password: string,
  confirm = password,
) {
  await user.type(canvas.getByLabelText('Email'), email);
  await user.type(canvas.getByLabelText('Password'), password);
  await user.type(canvas.getByLabelText('Confirm password'), confirm);
}

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText('Confirm password')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    await expect(
      canvas.getByRole('link', { name: 'Already have an account? Sign in' }),
    ).toHaveAttribute('href', '#sign-in');
  },
};

/** Empty submit: every field invalid and described, focus on the first. */
export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const email = canvas.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await expect(email).toHaveFocus();
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(
      'Enter your password',
    );
    await expect(canvas.getByLabelText('Confirm password')).toHaveAccessibleDescription(
      'Enter your password again',
    );
  },
};

/** App rules beyond the API minimum, and the mismatch check on the confirmation. */
export const PasswordRules: Story = {
  args: { passwordRules: { minLength: 8, requireNumber: true } },
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, 'new@example.com', 'longenough', 'longenough');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const password = canvas.getByLabelText('Password');
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription('Password must contain a number'),
    );
    await expect(password).toHaveFocus();
    await userEvent.type(password, '1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Confirm password')).toHaveAccessibleDescription(
        'Passwords do not match',
      ),
    );
  },
};

/** A taken email is reported on the email field. */
export const EmailExists: Story = {
  parameters: { emulator: { accounts: [{ email: 'ada@example.com', password: 'correct-horse' }] } },
  play: async ({ canvas, userEvent, args }) => {
    await fill(canvas, userEvent, 'ada@example.com', 'secret12');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(
        'An account with this email already exists.',
      ),
    );
    await expect(canvas.getByLabelText('Password')).toHaveValue('secret12');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'email_exists' }),
    );
  },
};

/** Server trouble without a field goes to the alert. */
export const ServerError: Story = {
  parameters: { emulator: { faults: [{ path: SIGN_UP_PATH, status: 500 }] } },
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, 'new@example.com', 'secret12');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side. Please try again.',
      ),
    );
  },
};

export const Loading: Story = {
  parameters: { emulator: { faults: [{ path: SIGN_UP_PATH, latencyMs: 60_000 }] } },
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, 'new@example.com', 'secret12');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const button = await canvas.findByRole('button', { name: 'Creating account…' });
    await expect(button).toBeDisabled();
  },
};

/** Success: "check your inbox" (the emulator mailed the verification link) and `onSuccess`. */
export const Success: Story = {
  play: async ({ canvas, canvasElement, userEvent, args, loaded }) => {
    const { emulator } = storyEmulator(loaded);
    await fill(canvas, userEvent, 'new@example.com', 'secret12');
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('heading', { name: 'Check your inbox' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'We sent a verification link to new@example.com.',
    );
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
    await expect(canvasElement.querySelector('[data-slot="sign-up-form"]')).toHaveAttribute(
      'data-state',
      'success',
    );
    await expect(emulator.outbox()).toEqual([
      expect.objectContaining({ kind: 'verifyEmail', to: 'new@example.com' }),
    ]);
  },
};

/** "Check your inbox" has a next step: Continue (to `redirectTo`) or start over with another address. */
export const CheckInboxNextStep: Story = {
  args: { redirectTo: '#app', onRedirect: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await fill(canvas, userEvent, 'new@example.com', 'secret12');
    await userEvent.keyboard('{Enter}');
    await canvas.findByRole('heading', { name: 'Check your inbox' });
    // The account is signed in, but the notice waits for the user.
    await expect(args.onRedirect).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('link', { name: 'Continue' }));
    await expect(args.onRedirect).toHaveBeenCalledWith('#app');
    await userEvent.click(canvas.getByRole('button', { name: 'Use a different email' }));
    await expect(await canvas.findByLabelText('Email')).toHaveValue('');
  },
};

/** An invited address: accepting the invitation is the way in, not a second account. */
export const InvitationPending: Story = {
  parameters: { emulator: { accounts: [{ email: 'invited@example.com', disabled: true }] } },
  play: async ({ canvas, userEvent }) => {
    await fill(canvas, userEvent, 'invited@example.com', 'secret12');
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(
        'invited@example.com has a pending invitation. Open the invitation link in your email to choose a password and sign in.',
      ),
    );
  },
};

/** Someone already signed in sees who, with the way on and "Sign out", instead of the form. */
export const AlreadySignedIn: Story = {
  args: { redirectTo: undefined },
  parameters: {
    emulator: {
      accounts: [{ email: 'ada@example.com', password: 'secret12' }],
      signedInAs: { email: 'ada@example.com', password: 'secret12' },
    },
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: "You're already signed in" }),
    ).toBeVisible();
    await expect(canvas.getByText('Signed in as ada@example.com.')).toBeVisible();
    await expect(canvas.queryByLabelText('Confirm password')).toBeNull();
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, play: ValidationErrors.play };

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: "S'inscrire" }));
    await waitFor(() =>
      expect(canvas.getByLabelText('E-mail')).toHaveAccessibleDescription(
        'Saisissez votre adresse e-mail',
      ),
    );
  },
};
