import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import type { Session } from '../src/core';
import type { Emulator } from '../src/emulator';
import { OAuthButtons } from '../src/components/oauth/OAuthButtons';
import { OAuthCallback } from '../src/components/oauth/OAuthCallback';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const AUTH_URL_PATH = '/api/v1/auth/accounts/sign-in/auth-url';
interface RoundTripProps {
  emulator: Emulator;
  email: string;
  onSuccess: (session: Session) => void;
}

/**
 * The whole flow on one page: the button hands the provider URL to `onRedirect` instead of
 * leaving, the emulator plays the user on the consent page, and the callback screen finishes.
 */
function OAuthRoundTrip({ emulator, email, onSuccess }: RoundTripProps) {
  const [callbackUrl, setCallbackUrl] = useState<string | null>(null);
  if (callbackUrl)
    return <OAuthCallback url={callbackUrl} onSuccess={onSuccess} signInHref="#sign-in" />;
  return (
    <OAuthButtons
      providers={['google.com', 'github.com']}
      callBackUri={`${location.origin}/auth/callback`}
      onRedirect={(authUri) => {
        void emulator
          .completeOAuth(authUri, { email, displayName: 'Ada Lovelace' })
          .then(setCallbackUrl);
      }}
    />
  );
}

const meta = {
  title: 'Components/OAuthButtons',
  component: OAuthButtons,
  ...emulatorStory,
  args: {
    providers: ['google.com', 'github.com', 'facebook.com'],
    callBackUri: 'http://localhost/auth/callback',
    onRedirect: fn(),
    onError: fn(),
  },
} satisfies Meta<typeof OAuthButtons>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One named button per provider, in a labelled group. */
export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'Sign in with' })).toBeVisible();
    for (const name of ['Continue with Google', 'Continue with GitHub', 'Continue with Facebook']) {
      await expect(canvas.getByRole('button', { name })).toBeEnabled();
    }
  },
};

/** While the provider URL is fetched the pressed button says so and every button is disabled. */
export const Busy: Story = {
  parameters: { emulator: { faults: [{ path: AUTH_URL_PATH, latencyMs: 60_000 }] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    const busy = await canvas.findByRole('button', { name: 'Redirecting…' });
    await expect(busy).toBeDisabled();
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('button', { name: 'Continue with GitHub' })).toBeDisabled();
  },
};

/** A failure to get the provider URL is announced in the alert and reported to `onError`. */
export const ErrorState: Story = {
  parameters: {
    emulator: { faults: [{ path: AUTH_URL_PATH, status: 400, detail: 'INVALID_PROVIDER_ID' }] },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with GitHub' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/\S/));
    await expect(args.onError).toHaveBeenCalled();
    await expect(canvas.getByRole('button', { name: 'Continue with GitHub' })).toBeEnabled();
  },
};

/** The provider URL goes to `onRedirect` (instead of navigating) with the flow saved for the callback. */
export const Redirect: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await waitFor(() =>
      expect(args.onRedirect).toHaveBeenCalledWith(
        expect.stringContaining('state='),
        expect.anything(),
      ),
    );
  },
};

/** Round trip: Google consent on the emulator, then `<OAuthCallback>` signs in and calls `onSuccess`. */
export const RoundTrip: Story = {
  render: (_args, context) => (
    <OAuthRoundTrip
      emulator={storyEmulator(context.loaded).emulator}
      email="new-user@example.com"
      onSuccess={fn()}
    />
  ),
  play: async ({ canvas, userEvent, loaded }) => {
    const { emulator, session } = storyEmulator(loaded);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }));
    await waitFor(() => expect(session.getSnapshot().status).toBe('signedIn'));
    await expect(emulator.requestCount('/sign-in/idp')).toBe(1);
  },
};

/** Round trip for an email that already has a password: the account-exists screen, no session. */
export const RoundTripNeedsConfirmation: Story = {
  parameters: { emulator: { accounts: [{ email: 'ada@example.com', password: 'correct-horse' }] } },
  render: (_args, context) => (
    <OAuthRoundTrip
      emulator={storyEmulator(context.loaded).emulator}
      email="ada@example.com"
      onSuccess={fn()}
    />
  ),
  play: async ({ canvas, userEvent, loaded }) => {
    const { session } = storyEmulator(loaded);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with GitHub' }));
    await expect(
      await canvas.findByRole('heading', { name: 'You already have an account' }),
    ).toBeVisible();
    await expect(
      canvas.getByText(
        /An account already exists for ada@example.com — sign in with email and password instead/,
      ),
    ).toBeVisible();
    await expect(
      canvas.getByRole('link', { name: 'Sign in with email and password instead' }),
    ).toHaveAttribute('href', '#sign-in');
    await expect(session.getSnapshot().status).toBe('signedOut');
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, play: Idle.play };

export const French: Story = {
  parameters: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Continuer avec Google' })).toBeVisible();
  },
};
