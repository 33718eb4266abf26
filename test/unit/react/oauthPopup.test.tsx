/**
 * Popup mode in jsdom, where `window.open` does not exist: `popup.openWindow` hands out a fake
 * window, and the test plays the callback page by dispatching the message it would post. The
 * real popup round trip runs in Chromium (test/browser/oauth/popup.test.tsx).
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import {
  OAUTH_POPUP_MESSAGE_TYPE,
  OAUTH_POPUP_NAME_PREFIX,
  useAuth,
  useOAuth,
  useOAuthCallback,
  type OAuthPopupMessage,
  type StartOAuthResult,
} from '../../../src/react';
import { parseOAuthCallback } from '../../../src/core';
import { OAUTH_POPUP_CHANNEL } from '../../../src/react/oauthPopup';
import { createReactHarness, type ReactHarness } from './harness';

const CALLBACK = `${window.location.origin}/auth/callback`;

interface FakePopup {
  closed: boolean;
  close(): void;
  location: { href: string };
}

function fakePopup(): FakePopup {
  return {
    closed: false,
    close() {
      this.closed = true;
    },
    location: { href: 'about:blank' },
  };
}

/** What the callback page inside the popup posts, delivered as the browser would. */
function answer(popup: FakePopup, redirect: string, origin = window.location.origin) {
  const { state, code, token } = parseOAuthCallback(redirect);
  const data: OAuthPopupMessage = {
    type: OAUTH_POPUP_MESSAGE_TYPE,
    state,
    ...(code ? { code } : {}),
    ...(token ? { token } : {}),
  };
  window.dispatchEvent(
    new MessageEvent('message', { data, origin, source: popup as unknown as Window }),
  );
}

/** The severed popup's side of the fallback channel: one sender, so its messages arrive in order. */
let popupChannel: BroadcastChannel;
beforeEach(() => {
  popupChannel = new BroadcastChannel(OAUTH_POPUP_CHANNEL);
});
afterEach(() => popupChannel.close());

/** The same answer over the fallback channel, as a popup whose opener was severed sends it. */
function broadcast(redirect: string, patch: Partial<OAuthPopupMessage> = {}) {
  const { state, code, token } = parseOAuthCallback(redirect);
  popupChannel.postMessage({
    type: OAUTH_POPUP_MESSAGE_TYPE,
    state,
    ...(code ? { code } : {}),
    ...(token ? { token } : {}),
    ...patch,
  });
}

const CLOSED_GRACE_MS = 200;

/** Resolves once a closed popup has been noticed: the grace timer is running. */
async function graceTimerStarted(timers: { mock: { calls: unknown[][] } }) {
  await waitFor(() =>
    expect(timers.mock.calls.some(([, ms]) => ms === CLOSED_GRACE_MS)).toBe(true),
  );
}

function renderPopupHook(
  h: ReactHarness,
  popup: FakePopup | null,
  callBackUri = CALLBACK,
  options: { onError?: () => void } = {},
) {
  const openWindow = vi.fn(
    (_url: string, _name: string, _features: string) => popup as unknown as Window | null,
  );
  const popupOptions = { openWindow, pollIntervalMs: 20, closedGraceMs: CLOSED_GRACE_MS };
  const hook = renderHook(
    () => ({
      oauth: useOAuth({ mode: 'popup', callBackUri, popup: popupOptions, ...options }),
      auth: useAuth(),
    }),
    {
      wrapper: h.wrapper,
    },
  );
  return { hook, openWindow };
}

/** Starts a popup flow and waits until the popup has been sent to the provider (the emulator). */
async function startPopupFlow(
  hook: ReturnType<typeof renderPopupHook>['hook'],
  popup: FakePopup,
  providerId: 'google.com' | 'github.com',
) {
  act(() => void hook.result.current.oauth.mutate({ providerId }));
  await waitFor(() => expect(popup.location.href).toMatch(/^http:\/\/emulator\.test\//));
}

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

describe('useOAuth({ mode: "popup" })', () => {
  it('opens the popup synchronously inside mutate, then signs this tab in from the answer (one sign-in/idp)', async () => {
    const h = createReactHarness({ strict: true });
    const popup = fakePopup();
    const { hook, openWindow } = renderPopupHook(h, popup);
    let pending!: Promise<StartOAuthResult>;
    act(() => {
      pending = hook.result.current.oauth.mutateAsync({ providerId: 'google.com' });
      // Before any await: popup blockers only allow windows opened in the click itself.
      expect(openWindow).toHaveBeenCalledTimes(1);
    });
    expect(openWindow.mock.calls[0]?.[0]).toBe('');
    expect(openWindow.mock.calls[0]?.[1]).toMatch(new RegExp(`^${OAUTH_POPUP_NAME_PREFIX}:`));
    await waitFor(() => expect(popup.location.href).toMatch(/^http:\/\/emulator\.test\//));

    const redirect = await h.emulator.completeOAuth(popup.location.href, {
      email: 'ada@example.com',
    });
    act(() => answer(popup, redirect));
    await expect(pending).resolves.toMatchObject({
      redirected: false,
      outcome: { status: 'signedIn' },
    });
    await waitFor(() => expect(hook.result.current.oauth.isSuccess).toBe(true));
    expect(hook.result.current.auth.user).toMatchObject({
      email: 'ada@example.com',
      signInProvider: 'google.com',
    });
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(1);
    expect(popup.closed).toBe(true);
    expect(openWindow).toHaveBeenCalledTimes(1);
  });

  it('per call: mode "popup" on one mutate of a redirect hook', async () => {
    const h = createReactHarness();
    const popup = fakePopup();
    const openWindow = vi.fn(() => popup as unknown as Window);
    const navigate = vi.fn();
    const { result } = renderHook(
      () => useOAuth({ callBackUri: CALLBACK, navigate, popup: { openWindow } }),
      { wrapper: h.wrapper },
    );
    act(() => void result.current.mutate({ providerId: 'github.com', mode: 'popup' }));
    expect(openWindow).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(popup.location.href).toMatch(/^http:\/\/emulator\.test\//));
    const redirect = await h.emulator.completeOAuth(popup.location.href, {
      email: 'grace@example.com',
    });
    act(() => answer(popup, redirect));
    await waitFor(() => expect(result.current.data?.outcome?.status).toBe('signedIn'));
    expect(navigate).not.toHaveBeenCalled();
  });

  it('a blocked popup fails with popup_blocked without asking the API', async () => {
    const h = createReactHarness();
    const { hook } = renderPopupHook(h, null);
    await act(() =>
      hook.result.current.oauth.mutateAsync({ providerId: 'google.com' }).catch(() => undefined),
    );
    await waitFor(() =>
      expect(hook.result.current.oauth.error).toMatchObject({ code: 'popup_blocked' }),
    );
    expect(h.emulator.requestCount('/sign-in/auth-url')).toBe(0);
  });

  it('a callBackUri on another origin is refused (the popup could not report) and the popup closed', async () => {
    const h = createReactHarness();
    const popup = fakePopup();
    const { hook } = renderPopupHook(h, popup, 'https://elsewhere.example/cb');
    await act(() =>
      hook.result.current.oauth.mutateAsync({ providerId: 'google.com' }).catch(() => undefined),
    );
    await waitFor(() =>
      expect(hook.result.current.oauth.error).toMatchObject({ code: 'invalid_callback_uri' }),
    );
    expect(popup.closed).toBe(true);
    expect(h.emulator.requestCount('/sign-in/auth-url')).toBe(0);
  });

  it('the user closing the popup rejects with oauth_cancelled', async () => {
    const h = createReactHarness();
    const popup = fakePopup();
    let cancelledAt = 0;
    const { hook } = renderPopupHook(h, popup, CALLBACK, {
      onError: () => {
        cancelledAt = performance.now();
      },
    });
    await startPopupFlow(hook, popup, 'google.com');
    popup.closed = true;
    const closedAt = performance.now();
    await waitFor(() =>
      expect(hook.result.current.oauth.error).toMatchObject({ code: 'oauth_cancelled' }),
    );
    // Not at once: a severed popup may still answer during the grace period.
    expect(cancelledAt - closedAt).toBeGreaterThanOrEqual(CLOSED_GRACE_MS);
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(0);
  });

  it('a severed popup (reads as closed) answering over the channel within the grace period signs in; other states are ignored', async () => {
    const h = createReactHarness();
    const popup = fakePopup();
    const { hook } = renderPopupHook(h, popup);
    await startPopupFlow(hook, popup, 'google.com');
    const redirect = await h.emulator.completeOAuth(popup.location.href, {
      email: 'ada@example.com',
    });
    const timers = vi.spyOn(globalThis, 'setTimeout');
    popup.closed = true;
    await graceTimerStarted(timers);
    timers.mockRestore();
    broadcast(redirect, { state: 'another-flow', token: 'forged-token' });
    broadcast(redirect, { state: null, token: 'forged-token' });
    // Read after the two above (one sender); only the first accepted answer is exchanged, and a
    // forged one would fail.
    broadcast(redirect);
    await waitFor(() => expect(hook.result.current.oauth.isPending).toBe(false));
    expect(hook.result.current.oauth.data?.outcome?.status).toBe('signedIn');
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(1);
  });

  it('the same answer over the channel and by postMessage is exchanged once', async () => {
    const h = createReactHarness();
    const popup = fakePopup();
    const { hook } = renderPopupHook(h, popup);
    await startPopupFlow(hook, popup, 'github.com');
    const redirect = await h.emulator.completeOAuth(popup.location.href, {
      email: 'grace@example.com',
    });
    broadcast(redirect);
    // Taking an answer closes the popup at once.
    await waitFor(() => expect(popup.closed).toBe(true));
    act(() => answer(popup, redirect)); // dispatched synchronously: ignored or taken by now
    await waitFor(() => expect(hook.result.current.oauth.isSuccess).toBe(true));
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(1);
  });

  it('ignores answers from another origin, another window or another flow', async () => {
    const h = createReactHarness();
    const popup = fakePopup();
    const { hook } = renderPopupHook(h, popup);
    await startPopupFlow(hook, popup, 'google.com');
    const redirect = await h.emulator.completeOAuth(popup.location.href, {
      email: 'ada@example.com',
    });
    // Dispatched synchronously: every listener has run when `answer` returns, and taking an
    // answer closes the popup at once.
    act(() => {
      answer(popup, redirect, 'https://evil.example');
      answer(fakePopup(), redirect);
      answer(popup, redirect.replace(/state=[^&]+/, 'state=another'));
    });
    expect(popup.closed).toBe(false);
    expect(hook.result.current.oauth.isPending).toBe(true);
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(0);
    act(() => answer(popup, redirect));
    await waitFor(() => expect(hook.result.current.oauth.isSuccess).toBe(true));
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(1);
  });
});

describe('useOAuthCallback inside a popup', () => {
  const originalName = window.name;
  afterEach(() => {
    window.name = originalName;
    Object.defineProperty(window, 'opener', { value: null, configurable: true, writable: true });
    vi.restoreAllMocks();
  });

  function asPopupOf(opener: {
    postMessage: (...args: unknown[]) => void;
    location: { origin: string };
  }) {
    window.name = `${OAUTH_POPUP_NAME_PREFIX}:test`;
    Object.defineProperty(window, 'opener', { value: opener, configurable: true, writable: true });
  }

  it('posts the answer (no session token) to a same-origin opener, exchanges nothing, and closes', async () => {
    const h = createReactHarness({ strict: true });
    const postMessage = vi.fn();
    asPopupOf({ postMessage, location: { origin: window.location.origin } });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    history.replaceState(null, '', '/auth/callback?code=the-code&state=the-state');
    const { result } = renderHook(() => useOAuthCallback(), { wrapper: h.wrapper });
    await waitFor(() => expect(postMessage).toHaveBeenCalled());
    expect(postMessage).toHaveBeenCalledWith(
      { type: OAUTH_POPUP_MESSAGE_TYPE, state: 'the-state', code: 'the-code' },
      window.location.origin,
    );
    expect(close).toHaveBeenCalled();
    expect(result.current.status).not.toBe('error');
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(0);
    expect(window.location.search).toBe('');
  });

  it('without an opener (severed by COOP) sends the answer over the channel, exchanges nothing, and closes', async () => {
    const h = createReactHarness({ strict: true });
    window.name = `${OAUTH_POPUP_NAME_PREFIX}:test`;
    const received: unknown[] = [];
    const listener = new BroadcastChannel(OAUTH_POPUP_CHANNEL);
    listener.onmessage = (event: MessageEvent) => received.push(event.data);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    history.replaceState(null, '', '/auth/callback?code=the-code&state=the-state');
    const { result } = renderHook(() => useOAuthCallback(), { wrapper: h.wrapper });
    await waitFor(() => expect(received).toHaveLength(1));
    listener.close();
    expect(received[0]).toEqual({
      type: OAUTH_POPUP_MESSAGE_TYPE,
      state: 'the-state',
      code: 'the-code',
    });
    expect(close).toHaveBeenCalled();
    expect(result.current.status).not.toBe('error');
    expect(h.emulator.requestCount('/sign-in/idp')).toBe(0);
    expect(window.location.search).toBe('');
  });

  it('exchanges here when the opener is on another origin, or with popup: false', async () => {
    for (const [opener, options] of [
      [{ postMessage: vi.fn(), location: { origin: 'https://other.example' } }, {}],
      [{ postMessage: vi.fn(), location: { origin: window.location.origin } }, { popup: false }],
    ] as const) {
      const h = createReactHarness();
      asPopupOf(opener);
      history.replaceState(null, '', '/auth/callback?code=c&state=unknown-state');
      const { result, unmount } = renderHook(() => useOAuthCallback(options), {
        wrapper: h.wrapper,
      });
      // This tab never started the flow: the local exchange refuses it.
      await waitFor(() =>
        expect(result.current.error).toMatchObject({ code: 'oauth_state_mismatch' }),
      );
      expect(opener.postMessage).not.toHaveBeenCalled();
      unmount();
    }
  });
});
