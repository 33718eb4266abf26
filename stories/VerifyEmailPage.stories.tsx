import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, fn } from 'storybook/test';
import type { AuthClient } from '../src/core';
import type { Emulator } from '../src/emulator';
import {
  VerifyEmailPage,
  type VerifyEmailPageProps,
} from '../src/components/emailLinks/VerifyEmailPage';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const VERIFY_PATH = '/api/v1/auth/accounts/verify/email';
const LIN = { email: 'lin@example.com', password: 'lin-password' };

interface MailParameters {
  mail?: 'fresh' | 'used' | 'none';
}

/** Signs up for real (which mails a verification link), then mounts the page with that link. */
function WithVerificationLink({
  emulator,
  client,
  used,
  children,
}: {
  emulator: Emulator;
  client: AuthClient;
  used: boolean;
  children: (link: string) => ReactNode;
}) {
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      await client.signUp(LIN);
      const mail = emulator
        .outbox()
        .filter((m) => m.kind === 'verifyEmail')
        .at(-1);
      if (!mail) throw new Error('the emulator sent no verification mail');
      if (used) await client.verifyEmail({ oobCode: mail.oobCode, uid: mail.uid });
      if (live) setLink(mail.link);
    })();
    return () => {
      live = false;
    };
  }, [emulator, client, used]);
  return link ? children(link) : null;
}

function renderWithLink(args: VerifyEmailPageProps, context: StoryContext<VerifyEmailPageProps>) {
  const { emulator, client } = storyEmulator(context.loaded);
  const mail = (context.parameters as MailParameters).mail;
  if (mail === 'none') return <VerifyEmailPage {...args} />;
  return (
    <WithVerificationLink emulator={emulator} client={client} used={mail === 'used'}>
      {(link) => <VerifyEmailPage {...args} url={link} />}
    </WithVerificationLink>
  );
}

const meta = {
  title: 'Components/VerifyEmailPage',
  component: VerifyEmailPage,
  ...emulatorStory,
  render: renderWithLink,
  args: {
    onSuccess: fn(),
    onError: fn(),
    continueHref: '#app',
    signInHref: '#sign-in',
    requestNewLinkHref: '#resend',
  },
  parameters: { mail: 'fresh' },
} satisfies Meta<typeof VerifyEmailPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A real link: verifies on mount with exactly one request, then offers "Continue". */
export const Success: Story = {
  play: async ({ canvas, args, loaded }) => {
    const { emulator } = storyEmulator(loaded);
    await expect(await canvas.findByText('Your email is verified.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '#app');
    await expect(emulator.requestCount(VERIFY_PATH)).toBe(1);
    await expect(emulator.accounts().find((a) => a.email === LIN.email)?.emailVerified).toBe(true);
    await expect(args.onSuccess).toHaveBeenCalledOnce();
  },
};

/** Progress while the request runs (latency fault): a polite status "Verifying…". */
export const Loading: Story = {
  parameters: { emulator: { faults: [{ path: VERIFY_PATH, latencyMs: 60_000 }] } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Verifying…');
  },
};

/** A failure unrelated to the code (server error): announced, with "Try again" that then succeeds. */
export const ServerErrorThenRetry: Story = {
  parameters: { emulator: { faults: [{ path: VERIFY_PATH, status: 500 }] } },
  play: async ({ canvas, userEvent, args }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side. Please try again.',
    );
    await expect(args.onError).toHaveBeenCalledOnce();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('Your email is verified.')).toBeVisible();
  },
};

/** A link already used (e.g. opened twice): a dead end, not a scary error. */
export const UsedCode: Story = {
  parameters: { mail: 'used' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This link was already used or is invalid')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '#resend',
    );
    await expect(canvas.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '#sign-in',
    );
  },
};

/** An expired link. */
export const ExpiredCode: Story = {
  parameters: {
    emulator: { faults: [{ path: VERIFY_PATH, status: 400, detail: 'EXPIRED_OOB_CODE' }] },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This link has expired')).toBeVisible();
  },
};

/** No code in the address bar: a dead end without any request. */
export const MissingCode: Story = {
  parameters: { mail: 'none' },
  play: async ({ canvas, loaded }) => {
    const { emulator } = storyEmulator(loaded);
    await expect(await canvas.findByText('This link is incomplete')).toBeVisible();
    await expect(emulator.requestCount(VERIFY_PATH)).toBe(0);
  },
};

export const DarkTheme: Story = {
  parameters: { theme: 'dark' },
  play: Success.play,
};

export const French: Story = {
  parameters: { locale: 'fr', mail: 'used' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { name: 'Vérifiez votre e-mail' }),
    ).toBeVisible();
    await expect(
      await canvas.findByText('Ce lien a déjà été utilisé ou n’est pas valide'),
    ).toBeVisible();
  },
};
