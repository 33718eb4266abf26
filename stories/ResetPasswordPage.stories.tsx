import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import type { AuthClient } from '../src/core';
import type { Emulator } from '../src/emulator';
import {
  ResetPasswordPage,
  type ResetPasswordPageProps,
} from '../src/components/emailLinks/ResetPasswordPage';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const VERIFY_PATH = '/api/v1/auth/accounts/verify/password-reset';
const ADA = { email: 'ada@example.com', password: 'old-password' };

/** How a story gets its code: a real mail from the emulator, optionally already used. */
interface MailParameters {
  mail?: 'fresh' | 'used' | 'none';
}

/**
 * Loaders run in parallel, so a story loader cannot use the emulator the shared loader creates.
 * This asks the emulator for a real reset mail once mounted, then renders the page with its code.
 */
function WithResetCode({
  emulator,
  client,
  used,
  children,
}: {
  emulator: Emulator;
  client: AuthClient;
  used: boolean;
  children: (oobCode: string) => ReactNode;
}) {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      await client.sendPasswordReset({ email: ADA.email });
      const mail = emulator
        .outbox()
        .filter((m) => m.kind === 'resetPassword')
        .at(-1);
      if (!mail) throw new Error('the emulator sent no reset mail');
      if (used)
        await client.verifyPasswordReset({ oobCode: mail.oobCode, newPassword: 'first-use-1' });
      if (live) setCode(mail.oobCode);
    })();
    return () => {
      live = false;
    };
  }, [emulator, client, used]);
  return code ? children(code) : null;
}

function renderWithCode(
  args: ResetPasswordPageProps,
  context: StoryContext<ResetPasswordPageProps>,
) {
  const { emulator, client } = storyEmulator(context.loaded);
  const mail = (context.parameters as MailParameters).mail;
  if (mail === 'none') return <ResetPasswordPage {...args} />;
  return (
    <WithResetCode emulator={emulator} client={client} used={mail === 'used'}>
      {(oobCode) => <ResetPasswordPage {...args} oobCode={oobCode} />}
    </WithResetCode>
  );
}

const meta = {
  title: 'Components/ResetPasswordPage',
  component: ResetPasswordPage,
  ...emulatorStory,
  render: renderWithCode,
  args: {
    onSuccess: fn(),
    onError: fn(),
    signInHref: '#sign-in',
    requestNewLinkHref: '#forgot-password',
  },
  parameters: { emulator: { accounts: [ADA] }, mail: 'fresh' },
} satisfies Meta<typeof ResetPasswordPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The form for a fresh code: two new-password fields and the way back. */
export const Idle: Story = {
  play: async ({ canvas }) => {
    const password = await canvas.findByLabelText('New password');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText('Confirm password')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    await expect(canvas.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '#sign-in',
    );
  },
};

/** Client-side checks: required, the password rules, the mismatch; focus on the first invalid field. */
export const ValidationErrors: Story = {
  args: { passwordRules: { minLength: 8 } },
  play: async ({ canvas, userEvent }) => {
    const password = await canvas.findByLabelText('New password');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    await expect(password).toHaveFocus();
    await expect(password).toHaveAccessibleDescription('Enter your password');
    await userEvent.type(password, 'long-enough');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'different');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Confirm password')).toHaveAccessibleDescription(
        'Passwords do not match',
      ),
    );
  },
};

/** The API refuses a weak password: the message lands on the field and the typed text stays. */
export const ServerError: Story = {
  parameters: {
    emulator: {
      accounts: [ADA],
      faults: [
        {
          path: VERIFY_PATH,
          status: 400,
          detail: 'WEAK_PASSWORD : Password should be at least 6 characters',
        },
      ],
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    const password = await canvas.findByLabelText('New password');
    await userEvent.type(password, 'abcdef');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'abcdef');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        'This password is too weak. Use at least 6 characters.',
      ),
    );
    await expect(password).toHaveFocus();
    await expect(password).toHaveValue('abcdef');
    await expect(args.onError).toHaveBeenCalledOnce();
  },
};

/** A failure without a field (server error) goes to the form's alert. */
export const ServerRootError: Story = {
  parameters: { emulator: { accounts: [ADA], faults: [{ path: VERIFY_PATH, status: 500 }] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('New password'), 'new-password-1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'new-password-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side. Please try again.',
      ),
    );
    await expect(canvas.getByLabelText('New password')).toHaveValue('new-password-1');
  },
};

/** While the request runs the button is disabled and says "Saving…". */
export const Loading: Story = {
  parameters: { emulator: { accounts: [ADA], faults: [{ path: VERIFY_PATH, latencyMs: 60_000 }] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('New password'), 'new-password-1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'new-password-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    const button = await canvas.findByRole('button', { name: 'Saving…' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

/** A real code: the password changes (the new one signs in), then "Sign in" is offered and focused. */
export const Success: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    const { client } = storyEmulator(loaded);
    await userEvent.type(await canvas.findByLabelText('New password'), 'brand-new-1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'brand-new-1');
    await userEvent.keyboard('{Enter}');
    await expect(
      await canvas.findByText('Your password was reset. You can now sign in.'),
    ).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '#sign-in');
    await expect(args.onSuccess).toHaveBeenCalledOnce();
    await expect(
      canvas
        .getByText('Your password was reset. You can now sign in.')
        .closest('[data-slot="reset-password-success"]'),
    ).toHaveFocus();
    await expect(
      client.signInWithEmail({ email: ADA.email, password: 'brand-new-1' }),
    ).resolves.toBeTruthy();
  },
};

/** A code that was already used: the form gives way to a dead end with a way forward. */
export const UsedCode: Story = {
  parameters: { mail: 'used' },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(await canvas.findByLabelText('New password'), 'brand-new-1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'brand-new-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await expect(await canvas.findByText('This link was already used or is invalid')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '#forgot-password',
    );
    await expect(canvas.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '#sign-in',
    );
    await expect(canvas.queryByLabelText('New password')).toBeNull();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid_oob_code' }),
    );
  },
};

/** An expired code (the API's EXPIRED_OOB_CODE) has its own dead end. */
export const ExpiredCode: Story = {
  parameters: {
    emulator: {
      accounts: [ADA],
      faults: [{ path: VERIFY_PATH, status: 400, detail: 'EXPIRED_OOB_CODE' }],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('New password'), 'brand-new-1');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'brand-new-1');
    await userEvent.click(canvas.getByRole('button', { name: 'Reset password' }));
    await expect(await canvas.findByText('This link has expired')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Request a new link' })).toBeVisible();
  },
};

/** No code in the address bar (read from `window.location` after mount): a dead end at once, no request. */
export const MissingCode: Story = {
  parameters: { mail: 'none' },
  play: async ({ canvas, loaded }) => {
    const { emulator } = storyEmulator(loaded);
    await expect(await canvas.findByText('This link is incomplete')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Request a new link' })).toBeVisible();
    await expect(emulator.requestCount(VERIFY_PATH)).toBe(0);
  },
};

/** Navigation by callbacks instead of links (no router dependency): buttons call them. */
export const MissingCodeWithCallbacks: Story = {
  parameters: { mail: 'none' },
  args: {
    url: 'https://app.example/reset-password',
    signInHref: undefined,
    requestNewLinkHref: undefined,
    onSignIn: fn(),
    onRequestNewLink: fn(),
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Request a new link' }));
    await expect(args.onRequestNewLink).toHaveBeenCalledOnce();
    await userEvent.click(canvas.getByRole('button', { name: 'Back to sign in' }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

/** Dark theme: the dead end and the form (axe checks contrast). */
export const DarkTheme: Story = {
  parameters: { theme: 'dark' },
  args: { passwordRules: { minLength: 8 } },
  play: ValidationErrors.play,
};

/** French: labels, button and validation come from the `fr` table. */
export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    const password = await canvas.findByLabelText('Nouveau mot de passe');
    await userEvent.click(canvas.getByRole('button', { name: 'Réinitialiser le mot de passe' }));
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByLabelText('Confirmer le mot de passe')).toBeVisible();
  },
};
