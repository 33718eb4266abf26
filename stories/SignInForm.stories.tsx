import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { SignInForm } from '../src/components/signIn/SignInForm';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const SIGN_IN_PATH = '/api/v1/auth/accounts/sign-in/email';
const ADA = { email: 'ada@example.com', password: 'correct-horse' };

const meta = {
  title: 'Components/SignInForm',
  component: SignInForm,
  ...emulatorStory,
  args: {
    onSuccess: fn(),
    onError: fn(),
    forgotPasswordHref: '#forgot-password',
    signUpHref: '#sign-up',
  },
  parameters: { emulator: { accounts: [ADA] } },
} satisfies Meta<typeof SignInForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The resting form: labelled fields, the way to a new password and to an account. */
export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('autocomplete', 'email');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
    await expect(canvas.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute(
      'href',
      '#forgot-password',
    );
    await expect(canvas.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '#sign-up',
    );
    await expect(canvas.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  },
};

/** Submitting empty marks both fields invalid, describes them and focuses the first. */
export const ValidationErrors: Story = {
  play: async ({ canvas, canvasElement, userEvent, args, loaded }) => {
    const { emulator } = storyEmulator(loaded);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const email = canvas.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await expect(email).toHaveAccessibleDescription('Enter your email address');
    await expect(email).toHaveFocus();
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(
      'Enter your password',
    );
    await expect(canvasElement.querySelector('[data-slot="sign-in-form"]')).toHaveAttribute(
      'data-state',
      'error',
    );
    await expect(emulator.requestCount(SIGN_IN_PATH)).toBe(0);
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** A wrong password is reported on the password field; what the user typed stays. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Email'), ADA.email);
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong-password');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const password = canvas.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription('The password is incorrect.'));
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveFocus();
    await expect(password).toHaveValue('wrong-password');
    await expect(canvas.getByLabelText('Email')).toHaveValue(ADA.email);
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid_password' }),
    );
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/** An unknown email is reported on the email field. */
export const UnknownEmail: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'nobody@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'whatever1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(
        'No account was found for this email.',
      ),
    );
  },
};

/** A disabled account is not a field problem: it goes to the form's alert. */
export const UserDisabled: Story = {
  parameters: { emulator: { accounts: [{ ...ADA, disabled: true }] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), ADA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ADA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('This account has been disabled.'),
    );
  },
};

/**
 * An invited address that has not accepted yet: the API calls it disabled; the form looks it up
 * (registered, no sign-in method) and says the invitation is pending instead.
 */
export const InvitationPending: Story = {
  parameters: { emulator: { accounts: [{ email: 'invited@example.com', disabled: true }] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'invited@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'anything-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'invited@example.com has a pending invitation. Open the invitation link in your email to choose a password and sign in.',
      ),
    );
  },
};

/** Someone already signed in: who, the way on (`redirectTo`) and "Sign out", not a second sign-in. */
export const AlreadySignedIn: Story = {
  args: { redirectTo: '#app', onRedirect: fn() },
  parameters: { emulator: { accounts: [ADA], signedInAs: ADA } },
  play: async ({ canvas, args }) => {
    await expect(
      await canvas.findByRole('heading', { name: "You're already signed in" }),
    ).toBeVisible();
    await expect(canvas.getByText(`Signed in as ${ADA.email}.`)).toBeVisible();
    // With `redirectTo`, the form sends the visitor on by itself, once.
    await waitFor(() => expect(args.onRedirect).toHaveBeenCalledWith('#app'));
    await expect(args.onRedirect).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '#app');
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeVisible();
  },
};

/** Offline: the alert says so and invites a retry; a second submit then succeeds. */
export const NetworkError: Story = {
  parameters: { emulator: { accounts: [ADA], faults: [{ path: SIGN_IN_PATH, network: true }] } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Email'), ADA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ADA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/offline.*try again/));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/** While the request runs the button is disabled, busy and says "Signing in…". */
export const Loading: Story = {
  parameters: {
    emulator: { accounts: [ADA], faults: [{ path: SIGN_IN_PATH, latencyMs: 60_000 }] },
  },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), ADA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ADA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const button = await canvas.findByRole('button', { name: 'Signing in…' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(canvasElement.querySelector('[data-slot="sign-in-form"]')).toHaveAttribute(
      'data-state',
      'submitting',
    );
  },
};

/** The right password calls `onSuccess` with the session. */
export const Success: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Email'), ADA.email);
    await userEvent.type(canvas.getByLabelText('Password'), ADA.password);
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ user: expect.objectContaining({ email: ADA.email }) }),
      ),
    );
    await expect(canvasElement.querySelector('[data-slot="sign-in-form"]')).toHaveAttribute(
      'data-state',
      'success',
    );
  },
};

/** OAuth buttons above the form, when providers are given. */
export const WithOAuth: Story = {
  args: {
    oauth: {
      providers: ['google.com', 'github.com'],
      callBackUri: 'http://localhost/auth/callback',
      onRedirect: fn(),
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with GitHub' }));
    await waitFor(() =>
      expect(args.oauth?.onRedirect).toHaveBeenCalledWith(
        expect.stringContaining('http'),
        expect.anything(),
      ),
    );
  },
};

/** Identifier-first: a Google-only account is pointed to Google, with the Google button. */
export const IdentifierFirstGoogleOnly: Story = {
  args: { identifierFirst: true, oauth: { providers: [], onRedirect: fn() } },
  parameters: {
    emulator: { accounts: [{ email: 'grace@example.com', providers: ['google.com'] }] },
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await userEvent.type(canvas.getByLabelText('Email'), 'grace@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(
        canvas.getByText('The account for grace@example.com signs in with Google.'),
      ).toBeVisible(),
    );
    await expect(canvas.getByRole('button', { name: 'Continue with Google' })).toBeVisible();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Use a different email' }));
    await waitFor(() => expect(canvas.getByLabelText('Email')).toHaveFocus());
  },
};

/** Identifier-first: an email/password account is asked its password next. */
export const IdentifierFirstPassword: Story = {
  args: { identifierFirst: true },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Email'), ADA.email);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const password = await canvas.findByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    await userEvent.type(password, ADA.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/** Identifier-first: an unknown email is offered the sign-up. */
export const IdentifierFirstUnregistered: Story = {
  args: { identifierFirst: true },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'new@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(canvas.getByText('There is no account for new@example.com yet.')).toBeVisible(),
    );
    await expect(canvas.getByRole('link', { name: 'Create an account' })).toBeVisible();
  },
};

/** Validation errors in the dark theme (axe checks the contrast). */
export const DarkTheme: Story = {
  parameters: { theme: 'dark' },
  args: { oauth: { providers: ['google.com'], onRedirect: fn() } },
  play: ValidationErrors.play,
};

/** French: labels, buttons, links and messages from the `fr` table. */
export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('link', { name: 'Mot de passe oublié ?' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Se connecter' }));
    const email = canvas.getByLabelText('E-mail');
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('Saisissez votre adresse e-mail'),
    );
  },
};

/** With callbacks instead of hrefs the ways out are buttons (no router dependency). */
export const CallbacksInsteadOfLinks: Story = {
  args: {
    forgotPasswordHref: undefined,
    signUpHref: undefined,
    onForgotPassword: fn(),
    onSignUp: fn(),
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Forgot password?' }));
    await expect(args.onForgotPassword).toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Create an account' }));
    await expect(args.onSignUp).toHaveBeenCalled();
  },
};
