import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { OAuthCallback } from '../src/components/oauth/OAuthCallback';
import { emulatorStory, storyEmulator } from './support/withEmulator';

const CALLBACK = 'http://localhost/auth/callback';

/** The dead ends of the callback page: each says what happened and links back to the sign-in. */
const meta = {
  title: 'Components/OAuthCallback',
  component: OAuthCallback,
  ...emulatorStory,
  args: { signInHref: '#sign-in', onSuccess: fn(), onError: fn() },
} satisfies Meta<typeof OAuthCallback>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The user pressed "Cancel" at the provider: a choice, not a failure. A neutral notice
 * (`role="status"`), the provider buttons again (from `oauth.providers`) and the way back.
 */
export const Cancelled: Story = {
  args: {
    url: `${CALLBACK}?error=access_denied&state=cancelled-story`,
    oauth: { providers: ['google.com', 'github.com'], onRedirect: fn() },
  },
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByRole('heading', { name: 'Sign-in cancelled' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Nothing was changed. Choose how to sign in to try again.',
    );
    // Nothing urgent: the buttons' error region stays empty.
    await expect(canvas.getByRole('alert')).toBeEmptyDOMElement();
    await expect(canvas.getByRole('button', { name: 'Continue with Google' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Continue with GitHub' })).toBeEnabled();
    await expect(canvas.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '#sign-in',
    );
    await waitFor(() =>
      expect(args.onError).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'oauth_cancelled' }),
      ),
    );
  },
};

/** An answer this tab never asked for (forged, or another tab's): refused without calling the API. */
export const StateMismatch: Story = {
  args: { url: `${CALLBACK}#id_token=forged&state=never-issued` },
  play: async ({ canvas, loaded }) => {
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'The sign-in could not be verified. Please start again.',
      ),
    );
    await expect(storyEmulator(loaded).emulator.requestCount('/sign-in/idp')).toBe(0);
  },
};

/** The provider refused for another reason. */
export const InvalidIdpResponse: Story = {
  args: { url: `${CALLBACK}?error=server_error&state=idp-story` },
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Signing in with this provider failed. Please try again.',
      ),
    );
  },
};

/** With a callback instead of a URL, the way back is a button. */
export const BackAsButton: Story = {
  args: {
    url: `${CALLBACK}?error=access_denied&state=button-story`,
    signInHref: undefined,
    onSignIn: fn(),
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Back to sign in' }));
    await expect(args.onSignIn).toHaveBeenCalled();
  },
};

export const DarkTheme: Story = {
  ...Cancelled,
  args: { ...Cancelled.args, url: `${CALLBACK}?error=access_denied&state=dark` },
  parameters: { theme: 'dark' },
};

export const French: Story = {
  args: { url: `${CALLBACK}?error=access_denied&state=fr` },
  parameters: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('link', { name: 'Retour à la connexion' })).toBeVisible();
  },
};
