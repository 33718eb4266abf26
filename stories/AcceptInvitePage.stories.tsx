import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import type { AuthClient } from '../src/core';
import type { Emulator, Mail } from '../src/emulator';
import {
  AcceptInvitePage,
  type AcceptInvitePageProps,
} from '../src/components/emailLinks/AcceptInvitePage';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const VERIFY_PATH = '/api/v1/auth/accounts/verify/invite';
const INVITEE = 'grace@example.com';

interface MailParameters {
  mail?: 'fresh' | 'used' | 'none';
}

/** Loaders run in parallel, so the real invitation is sent once the story is mounted. */
function WithInvite({
  emulator,
  client,
  used,
  children,
}: {
  emulator: Emulator;
  client: AuthClient;
  used: boolean;
  children: (mail: Mail) => ReactNode;
}) {
  const [mail, setMail] = useState<Mail | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      await client.inviteUser({ email: INVITEE });
      const sent = emulator
        .outbox()
        .filter((m) => m.kind === 'invite')
        .at(-1);
      if (!sent) throw new Error('the emulator sent no invitation');
      if (used)
        await client.verifyInvite({
          oobCode: sent.oobCode,
          uid: sent.uid,
          newPassword: 'first-use-1',
        });
      if (live) setMail(sent);
    })();
    return () => {
      live = false;
    };
  }, [emulator, client, used]);
  return mail ? children(mail) : null;
}

function renderWithInvite(
  args: AcceptInvitePageProps,
  context: StoryContext<AcceptInvitePageProps>,
) {
  const { emulator, client } = storyEmulator(context.loaded);
  const mail = (context.parameters as MailParameters).mail;
  if (mail === 'none') return <AcceptInvitePage {...args} />;
  return (
    <WithInvite emulator={emulator} client={client} used={mail === 'used'}>
      {(sent) => <AcceptInvitePage {...args} url={sent.link} />}
    </WithInvite>
  );
}

const meta = {
  title: 'Components/AcceptInvitePage',
  component: AcceptInvitePage,
  ...emulatorStory,
  render: renderWithInvite,
  args: {
    onSuccess: fn(),
    onError: fn(),
    signInHref: '#sign-in',
    continueHref: '#app',
    requestNewLinkHref: '#help',
  },
  parameters: { mail: 'fresh' },
} satisfies Meta<typeof AcceptInvitePage>;

export default meta;
type Story = StoryObj<typeof meta>;

async function choosePassword(
  canvas: StoryContext['canvas'],
  userEvent: StoryContext['userEvent'],
  password = 'welcome-123',
) {
  await userEvent.type(await canvas.findByLabelText('New password'), password);
  await userEvent.type(canvas.getByLabelText('Confirm password'), password);
  await userEvent.click(canvas.getByRole('button', { name: 'Accept invite' }));
}

/** A fresh invitation (the code and uid read from the mailed link). */
export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText('New password')).toHaveAttribute(
      'autocomplete',
      'new-password',
    );
    await expect(canvas.getByRole('heading', { name: 'Accept your invitation' })).toBeVisible();
  },
};

/** Empty submit and mismatch: messages on the fields, focus on the first invalid one. */
export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent }) => {
    const password = await canvas.findByLabelText('New password');
    await userEvent.click(canvas.getByRole('button', { name: 'Accept invite' }));
    await waitFor(() => expect(password).toHaveFocus());
    await expect(password).toHaveAccessibleDescription('Enter your password');
    await userEvent.type(password, 'welcome-123');
    await userEvent.type(canvas.getByLabelText('Confirm password'), 'welcome-321');
    await userEvent.click(canvas.getByRole('button', { name: 'Accept invite' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Confirm password')).toHaveAccessibleDescription(
        'Passwords do not match',
      ),
    );
  },
};

/** A server failure is announced in the form's alert; the passwords stay for a retry. */
export const ServerError: Story = {
  parameters: {
    emulator: {
      faults: [{ path: VERIFY_PATH, status: 429, detail: 'TOO_MANY_ATTEMPTS_TRY_LATER' }],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await choosePassword(canvas, userEvent);
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Too many attempts. Please wait a moment and try again.',
      ),
    );
    await expect(canvas.getByLabelText('New password')).toHaveValue('welcome-123');
  },
};

/** While the request runs the button is disabled and busy. */
export const Loading: Story = {
  parameters: { emulator: { faults: [{ path: VERIFY_PATH, latencyMs: 60_000 }] } },
  play: async ({ canvas, userEvent }) => {
    await choosePassword(canvas, userEvent);
    await expect(await canvas.findByRole('button', { name: 'Saving…' })).toBeDisabled();
  },
};

/** Accepting without `signInAfter` leads to "Sign in"; the new password works. */
export const Success: Story = {
  play: async ({ canvas, userEvent, args, loaded }) => {
    const { client } = storyEmulator(loaded);
    await choosePassword(canvas, userEvent);
    await expect(await canvas.findByText('Your account is ready.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '#sign-in');
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ signIn: null }));
    await expect(
      client.signInWithEmail({ email: INVITEE, password: 'welcome-123' }),
    ).resolves.toBeTruthy();
  },
};

/** With `signInAfter` the invitee is signed in and offered "Continue". */
export const SuccessSignedIn: Story = {
  args: { signInAfter: true },
  play: async ({ canvas, userEvent, loaded }) => {
    const { session } = storyEmulator(loaded);
    await choosePassword(canvas, userEvent);
    await expect(await canvas.findByRole('link', { name: 'Continue' })).toHaveAttribute(
      'href',
      '#app',
    );
    await expect(session.getSnapshot().status).toBe('signedIn');
  },
};

/** An invitation already accepted: dead end with a way forward. */
export const UsedCode: Story = {
  parameters: { mail: 'used' },
  play: async ({ canvas, userEvent }) => {
    await choosePassword(canvas, userEvent);
    await expect(await canvas.findByText('This link was already used or is invalid')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '#help',
    );
  },
};

/** An expired invitation. */
export const ExpiredCode: Story = {
  parameters: {
    emulator: { faults: [{ path: VERIFY_PATH, status: 400, detail: 'EXPIRED_OOB_CODE' }] },
  },
  play: async ({ canvas, userEvent }) => {
    await choosePassword(canvas, userEvent);
    await expect(await canvas.findByText('This link has expired')).toBeVisible();
  },
};

/** A link without `uid` is incomplete: no form that can only fail. */
export const MissingCode: Story = {
  parameters: { mail: 'none' },
  args: { url: 'https://app.example/accept-invite?oobCode=abc' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This link is incomplete')).toBeVisible();
    await expect(canvas.queryByLabelText('New password')).toBeNull();
  },
};

export const DarkTheme: Story = {
  parameters: { theme: 'dark' },
  play: ValidationErrors.play,
};

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas, userEvent }) => {
    const password = await canvas.findByLabelText('Nouveau mot de passe');
    await userEvent.click(canvas.getByRole('button', { name: "Accepter l'invitation" }));
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
  },
};
