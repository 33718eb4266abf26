/**
 * OAuth in a real Chromium popup. The test page is the app (opener) with `OAuthButtons
 * mode="popup"`; the popup is a real window. The provider is played by the in-process emulator:
 * the popup is sent to its `authUri` on http://emulator.test (unreachable here, so Chromium shows
 * an error page of another origin, as a real provider would be cross-origin), then
 * `emulator.completeOAuth` gives the redirect the consent page would answer and the test sends the
 * popup there: `callback.html`, on this origin, which renders `<OAuthCallback />`.
 * With `__oauthPopupSeverOpener` the callback page drops `window.opener` before it runs, as a
 * provider's `Cross-Origin-Opener-Policy` would: the answer then travels over the fallback channel.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OAuthButtons } from '../../../src/components/oauth/OAuthButtons';
import { AuthRoot } from '../../../src/components/ui/AuthRoot';
import type { OAuthCallbackOutcome } from '../../../src/core';
import {
  AuthProvider,
  OAUTH_POPUP_MESSAGE_TYPE,
  useAuth,
  type AuthError,
} from '../../../src/react';
import { OAUTH_POPUP_CHANNEL } from '../../../src/react/oauthPopup';
import { createTestEmulator, type TestEmulator } from '../../helpers/emulator';
import '../../../src/components/styles.css';

const CALLBACK = new URL('/test/browser/oauth/callback.html', window.location.href).toString();

let test: TestEmulator;
let authUris: string[];
let popups: Window[];
let messages: unknown[];
let onPosted: ((data: unknown) => void) | undefined;
const record = (event: MessageEvent) => {
  if (!popups.includes(event.source as Window)) return;
  messages.push(event.data);
  onPosted?.(event.data);
};
/** What the fallback channel carried (another object in this window receives every message). */
let channel: BroadcastChannel;
let channelMessages: unknown[];
/** The kit's default grace period for a closed popup (`closedGraceMs`). */
const CLOSED_GRACE_MS = 1000;

/** Flows this tab has started and not finished (their sessionStorage records). */
const pendingFlows = () =>
  Object.keys(sessionStorage).filter((key) => key.startsWith('deskree-auth:oauth:'));

/**
 * Resolves once this window dispatched a message matching `matches`. Listeners run in the order
 * they were added, so every listener added before this call (the kit's) has seen it by then.
 */
function messageDispatched(matches: (data: unknown) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (!matches(event.data)) return;
      window.removeEventListener('message', listener);
      resolve();
    };
    window.addEventListener('message', listener);
  });
}

/** The provider's answer in a callback URL, as the popup would send it. */
function answerOf(redirect: string) {
  const url = new URL(redirect);
  const params = new URLSearchParams(url.hash.slice(1) || url.search);
  return {
    type: OAUTH_POPUP_MESSAGE_TYPE,
    state: params.get('state'),
    token: params.get('id_token'),
  };
}

function Who() {
  const { user, status } = useAuth();
  return <output data-testid="who">{status === 'signedIn' ? user?.email : status}</output>;
}

function renderApp(
  props: {
    onComplete?: (outcome: OAuthCallbackOutcome) => void;
    onError?: (error: AuthError) => void;
  } = {},
) {
  return render(
    <AuthProvider baseUrl={test.baseUrl} fetch={window.__oauthPopupTestFetch} storage="memory">
      <AuthRoot>
        <OAuthButtons
          providers={['google.com', 'github.com']}
          mode="popup"
          callBackUri={CALLBACK}
          {...props}
        />
        <Who />
      </AuthRoot>
    </AuthProvider>,
  );
}

/**
 * Clicks the provider button; resolves with the popup once this tab waits for its answer: the
 * kit saves the flow's record and starts listening in one synchronous step.
 */
async function startFlow(
  name = 'Continue with Google',
): Promise<{ popup: Window; authUri: string }> {
  await userEvent.setup().click(screen.getByRole('button', { name }));
  await waitFor(() => expect(pendingFlows()).toHaveLength(1));
  expect(authUris).toHaveLength(1);
  expect(popups).toHaveLength(1);
  const popup = popups[0]!;
  // The kit has sent the popup to the provider (another origin: reading its location throws once
  // that page is there). Wait for it, as a user would: a navigation or close by the test while the
  // provider page is still loading races the kit's own navigation, and Chromium may keep the later
  // committing one (the popup then never reaches the callback page, or does not close).
  await waitFor(() => expect(() => popup.location.href).toThrow(), { timeout: 10_000 });
  return { popup, authUri: authUris[0]! };
}

/** The user consents at the (emulated) provider, which sends the popup back to the callback page. */
async function consent(popup: Window, authUri: string, email: string) {
  const redirect = await test.emulator.completeOAuth(authUri, {
    email,
    displayName: 'Ada Lovelace',
  });
  expect(new URL(redirect).origin).toBe(window.location.origin);
  popup.location.href = redirect;
}

beforeEach(() => {
  test = createTestEmulator();
  authUris = [];
  popups = [];
  messages = [];
  onPosted = undefined;
  channelMessages = [];
  channel = new BroadcastChannel(OAUTH_POPUP_CHANNEL);
  channel.onmessage = (event) => channelMessages.push(event.data);
  // Both windows talk to this emulator; the provider URL is noted on its way to the app.
  window.__oauthPopupTestFetch = async (input, init) => {
    const response = await test.emulator.fetch(input, init);
    if (String(input instanceof Request ? input.url : input).endsWith('/sign-in/auth-url')) {
      const body = (await response.clone().json()) as { data?: { authUri?: string } };
      if (body.data?.authUri) authUris.push(body.data.authUri);
    }
    return response;
  };
  const open = window.open.bind(window);
  vi.spyOn(window, 'open').mockImplementation((...args) => {
    const popup = open(...args);
    if (popup) popups.push(popup);
    return popup;
  });
  window.addEventListener('message', record);
});

afterEach(() => {
  cleanup();
  window.removeEventListener('message', record);
  channel.close();
  delete window.__oauthPopupSeverOpener;
  for (const popup of popups) if (!popup.closed) popup.close();
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('OAuthButtons mode="popup" in Chromium', () => {
  it('signs the opener in with one sign-in/idp; the popup posts no token and closes', async () => {
    const onComplete = vi.fn();
    renderApp({ onComplete });
    const { popup, authUri } = await startFlow();
    expect(vi.mocked(window.open).mock.calls[0]?.[1]).toMatch(/^deskree-auth-oauth-popup/);
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();

    await consent(popup, authUri, 'ada@example.com');
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('ada@example.com'), {
      timeout: 10_000,
    });
    await waitFor(() => expect(popup.closed).toBe(true));

    expect(test.emulator.requestCount('/sign-in/idp')).toBe(1);
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ status: 'signedIn' }));
    const session = (
      onComplete.mock.calls[0]![0] as Extract<OAuthCallbackOutcome, { status: 'signedIn' }>
    ).session;
    // The one message: the provider's answer, no session token.
    expect(messages).toHaveLength(1);
    const message = messages[0] as Record<string, unknown>;
    expect(message).toMatchObject({
      type: OAUTH_POPUP_MESSAGE_TYPE,
      state: new URL(authUri).searchParams.get('state'),
    });
    expect(Object.keys(message).sort()).toEqual(['state', 'token', 'type']);
    const posted = JSON.stringify(messages);
    expect(posted).not.toContain(session.idToken);
    expect(posted).not.toContain(session.refreshToken);
    // The flow's record is consumed; the buttons are usable again.
    expect(pendingFlows()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toBeEnabled();
  });

  it('github.com (a code in the query) signs in too', async () => {
    renderApp();
    const { popup, authUri } = await startFlow('Continue with GitHub');
    await consent(popup, authUri, 'grace@example.com');
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('grace@example.com'), {
      timeout: 10_000,
    });
    expect(test.emulator.requestCount('/sign-in/idp')).toBe(1);
    expect(Object.keys(messages[0] as object).sort()).toEqual(['code', 'state', 'type']);
  });

  it('closing the popup before the end rejects with oauth_cancelled, after the grace period', async () => {
    let cancelledAt = 0;
    const onError = vi.fn(() => {
      cancelledAt = performance.now();
    });
    renderApp({ onError });
    const { popup } = await startFlow();
    popup.close();
    const closedAt = performance.now();
    await waitFor(
      () =>
        expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'oauth_cancelled' })),
      { timeout: 5_000 },
    );
    // Closed is first seen within one poll (500 ms), then the channel gets 1 s more.
    expect(cancelledAt - closedAt).toBeGreaterThanOrEqual(CLOSED_GRACE_MS);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent('Sign-in was cancelled.');
    expect(test.emulator.requestCount('/sign-in/idp')).toBe(0);
    expect(screen.getByTestId('who')).toHaveTextContent('signedOut');
  });

  it('ignores messages from another window, another origin, or for another flow', async () => {
    const onComplete = vi.fn();
    renderApp({ onComplete });
    const { popup, authUri } = await startFlow();
    const state = new URL(authUri).searchParams.get('state');
    const forged = { type: OAUTH_POPUP_MESSAGE_TYPE, state, code: 'forged-code' };
    // dispatchEvent runs every listener before it returns.
    window.dispatchEvent(
      new MessageEvent('message', { data: forged, origin: 'https://evil.example', source: popup }),
    );
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { ...forged, state: 'another-flow' },
        origin: window.location.origin,
        source: popup,
      }),
    );
    // Right origin, wrong source (this window); posted, so wait until it has been dispatched.
    const dispatched = messageDispatched(
      (data) => (data as { code?: string } | null)?.code === forged.code,
    );
    window.postMessage(forged, window.location.origin);
    await dispatched;
    // An accepted answer closes the popup and is exchanged (consuming the flow's record).
    expect(popup.closed).toBe(false);
    expect(pendingFlows()).toHaveLength(1);
    expect(test.emulator.requestCount('/sign-in/idp')).toBe(0);
    expect(onComplete).not.toHaveBeenCalled();

    await consent(popup, authUri, 'ada@example.com');
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('ada@example.com'), {
      timeout: 10_000,
    });
    expect(test.emulator.requestCount('/sign-in/idp')).toBe(1);
  });

  it('a refused consent at the provider rejects with oauth_cancelled, without sign-in/idp', async () => {
    const onError = vi.fn();
    renderApp({ onError });
    const { popup, authUri } = await startFlow();
    const back = new URL(CALLBACK);
    back.search = new URLSearchParams({
      error: 'access_denied',
      state: new URL(authUri).searchParams.get('state') ?? '',
    }).toString();
    popup.location.href = back.toString();
    await waitFor(
      () =>
        expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'oauth_cancelled' })),
      { timeout: 10_000 },
    );
    await waitFor(() => expect(popup.closed).toBe(true));
    expect(test.emulator.requestCount('/sign-in/idp')).toBe(0);
  });

  it('an existing password account: needsConfirmation is reported and explained, nobody is signed in', async () => {
    await test.emulator.createAccount({
      email: 'ada@example.com',
      password: 'correct-horse',
      emailVerified: true,
    });
    const onComplete = vi.fn();
    renderApp({ onComplete });
    const { popup, authUri } = await startFlow();
    await consent(popup, authUri, 'ada@example.com');
    await waitFor(
      () =>
        expect(onComplete).toHaveBeenCalledWith(
          expect.objectContaining({ status: 'needsConfirmation', email: 'ada@example.com' }),
        ),
      {
        timeout: 10_000,
      },
    );
    expect(screen.getByRole('group', { name: 'Sign in with' })).toHaveTextContent(
      'An account already exists for ada@example.com',
    );
    expect(screen.getByTestId('who')).toHaveTextContent('signedOut');
  });

  it('opens the popup inside the click itself, before the flow code or the API is awaited', async () => {
    renderApp();
    const button = screen.getByRole('button', { name: 'Continue with Google' });
    act(() => {
      button.click();
      // Popup blockers allow only a window opened synchronously in the click's own task.
      expect(window.open).toHaveBeenCalledTimes(1);
    });
    expect(vi.mocked(window.open).mock.calls[0]?.[0]).toBe('');
    await waitFor(() => expect(pendingFlows()).toHaveLength(1));
    expect(popups).toHaveLength(1);
  });

  it('a blocked popup rejects with popup_blocked before asking the API', async () => {
    vi.mocked(window.open).mockReturnValue(null);
    const onError = vi.fn();
    renderApp({ onError });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Continue with Google' }));
    await waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'popup_blocked' })),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The browser blocked the sign-in window.');
    expect(test.emulator.requestCount('/sign-in/auth-url')).toBe(0);
  });

  describe('opener severed (the provider sent Cross-Origin-Opener-Policy)', () => {
    beforeEach(() => {
      window.__oauthPopupSeverOpener = true;
    });

    it('the answer comes over the channel: one sign-in/idp, the popup closes, no session token on the channel', async () => {
      const onComplete = vi.fn();
      renderApp({ onComplete });
      const { popup, authUri } = await startFlow();
      await consent(popup, authUri, 'ada@example.com');
      await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('ada@example.com'), {
        timeout: 10_000,
      });
      await waitFor(() => expect(popup.closed).toBe(true));

      expect(test.emulator.requestCount('/sign-in/idp')).toBe(1);
      expect(onComplete).toHaveBeenCalledTimes(1);
      expect(messages).toEqual([]); // no opener to post to
      expect(channelMessages).toHaveLength(1);
      const message = channelMessages[0] as Record<string, unknown>;
      expect(message).toMatchObject({
        type: OAUTH_POPUP_MESSAGE_TYPE,
        state: new URL(authUri).searchParams.get('state'),
      });
      expect(Object.keys(message).sort()).toEqual(['state', 'token', 'type']);
      const session = (
        onComplete.mock.calls[0]![0] as Extract<OAuthCallbackOutcome, { status: 'signedIn' }>
      ).session;
      const sent = JSON.stringify(channelMessages);
      expect(sent).not.toContain(session.idToken);
      expect(sent).not.toContain(session.refreshToken);
      expect(
        Object.keys(sessionStorage).filter((key) => key.startsWith('deskree-auth:oauth:')),
      ).toEqual([]);
    });

    it('a channel message for another state (or of another type) is ignored', async () => {
      const onComplete = vi.fn();
      const onError = vi.fn();
      renderApp({ onComplete, onError });
      const { authUri } = await startFlow();
      const state = new URL(authUri).searchParams.get('state');
      const redirect = await test.emulator.completeOAuth(authUri, { email: 'ada@example.com' });
      channel.postMessage({
        type: OAUTH_POPUP_MESSAGE_TYPE,
        state: 'another-flow',
        code: 'forged-code',
      });
      channel.postMessage({ type: 'something-else', state, code: 'forged-code' });
      channel.postMessage({ type: OAUTH_POPUP_MESSAGE_TYPE, state: null, code: 'forged-code' });
      // One sender's messages arrive in order: the true answer is read after the forged ones, and
      // only the first accepted answer is exchanged. Had a forged one been taken, it would fail.
      channel.postMessage(answerOf(redirect));
      await waitFor(
        () => expect(onComplete.mock.calls.length + onError.mock.calls.length).toBe(1),
        {
          timeout: 10_000,
        },
      );
      expect(onError).not.toHaveBeenCalled();
      expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ status: 'signedIn' }));
      expect(screen.getByTestId('who')).toHaveTextContent('ada@example.com');
      expect(test.emulator.requestCount('/sign-in/idp')).toBe(1);
    });

    it('a popup that reads as closed may still answer over the channel within the grace period', async () => {
      const onComplete = vi.fn();
      const onError = vi.fn();
      renderApp({ onComplete, onError });
      const { popup, authUri } = await startFlow();
      const redirect = await test.emulator.completeOAuth(authUri, { email: 'ada@example.com' });
      // The answer is sent the moment the kit starts its grace timer (it has seen `closed`), not
      // after a polling delay of this test's own: under load, that delay could eat the grace period.
      const startTimer = window.setTimeout.bind(window);
      const timers = vi.spyOn(window, 'setTimeout').mockImplementation(((
        handler: TimerHandler,
        ms?: number,
        ...args: unknown[]
      ) => {
        const id = startTimer(handler, ms, ...args);
        if (ms === CLOSED_GRACE_MS) channel.postMessage(answerOf(redirect));
        return id;
      }) as typeof window.setTimeout);
      popup.close(); // what a severed popup looks like from here
      await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('ada@example.com'), {
        timeout: 10_000,
      });
      expect(timers.mock.calls.some(([, ms]) => ms === CLOSED_GRACE_MS)).toBe(true);
      expect(onError).not.toHaveBeenCalled();
      expect(test.emulator.requestCount('/sign-in/idp')).toBe(1);
    });
  });

  it('the same answer by postMessage and over the channel is exchanged once', async () => {
    const onComplete = vi.fn();
    renderApp({ onComplete });
    const { popup, authUri } = await startFlow();
    // Created after the kit's channel: a copy reaches this window's channels in creation order.
    const observer = new BroadcastChannel(OAUTH_POPUP_CHANNEL);
    const relayed = new Promise<void>((resolve) => {
      observer.onmessage = () => resolve();
    });
    onPosted = (data) => channel.postMessage(data);
    await consent(popup, authUri, 'ada@example.com');
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('ada@example.com'), {
      timeout: 10_000,
    });
    await act(() => relayed);
    observer.close();
    expect(messages).toHaveLength(1);
    expect(test.emulator.requestCount('/sign-in/idp')).toBe(1);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
