/**
 * Refresh behaviour of the session engine against the in-process emulator, with fake timers.
 * Every count is read from the emulator's request log.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAuthError } from '../../../src/core/errors';
import {
  createHarness,
  MINUTE,
  nextEvent,
  REFRESH_PATH,
  settle,
  fakeClockHarnessPerTest,
  type Harness,
} from './helpers';

let h: Harness;
fakeClockHarnessPerTest(
  (harness) => (h = harness),
  () => h,
);

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => {
  setVisibility('visible');
  setOnline(true);
});

describe('scheduled refresh', () => {
  it('refreshes once, margin (5 min) before expiry, from a single timer', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);

    await vi.advanceTimersByTimeAsync(55 * MINUTE - 1_000);
    expect(h.refreshCount()).toBe(0);

    const refreshed = nextEvent(auth, 'tokenRefreshed');
    await vi.advanceTimersByTimeAsync(1_000);
    const event = await refreshed;
    expect(h.refreshCount()).toBe(1);
    expect(event.session.idToken).not.toBe(session.idToken);
    expect(auth.getSnapshot().session?.idToken).toBe(event.session.idToken);
    // The next timer is for the new token, not a polling loop.
    expect(vi.getTimerCount()).toBe(1);
  });

  it('clamps the margin to half the lifetime of short tokens', async () => {
    h.destroyAll();
    h = await createHarness({ tokenTtlSeconds: 120 });
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());

    await vi.advanceTimersByTimeAsync(59_000);
    expect(h.refreshCount()).toBe(0);
    const refreshed = nextEvent(auth, 'tokenRefreshed');
    await vi.advanceTimersByTimeAsync(1_000);
    await refreshed;
    expect(h.refreshCount()).toBe(1);
  });
});

describe('single flight', () => {
  it('100 concurrent getIdToken() at expiry make exactly one /token/refresh request', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    vi.setSystemTime(Date.now() + 60 * MINUTE); // expired; the timer has not fired yet

    const tokens = await Promise.all(Array.from({ length: 100 }, () => auth.getIdToken()));

    expect(h.refreshCount()).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(session.idToken);
  });

  it('refresh() called concurrently shares one request', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    const results = await Promise.all([
      auth.refresh(),
      auth.refresh(),
      auth.getIdToken({ forceRefresh: true }),
    ]);
    expect(h.refreshCount()).toBe(1);
    expect(results[0]).toBe(results[1]);
  });

  it('getIdToken() returns the stored token without a request while it is fresh', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    expect(await auth.getIdToken()).toBe(session.idToken);
    expect(h.refreshCount()).toBe(0);
  });

  it('getIdToken() throws not_signed_in when nobody is signed in', async () => {
    const auth = h.createSession();
    await expect(auth.getIdToken()).rejects.toMatchObject({ code: 'not_signed_in' });
  });
});

describe('transient failures', () => {
  it('keeps the session on network failure and retries with backoff (1 s, 2 s) until it succeeds', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    h.emulator.faults.add({ path: REFRESH_PATH, network: true, count: 2 });

    const firstFailure = nextEvent(auth, 'refreshFailed');
    await vi.advanceTimersByTimeAsync(55 * MINUTE);
    const failed = await firstFailure;
    expect(failed.willRetry).toBe(true);
    expect(failed.error.code).toBe('network');
    expect(auth.getSnapshot().status).toBe('signedIn');
    expect(h.refreshCount()).toBe(1);

    const secondFailure = nextEvent(auth, 'refreshFailed');
    await vi.advanceTimersByTimeAsync(999);
    expect(h.refreshCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await secondFailure;
    expect(h.refreshCount()).toBe(2);

    const refreshed = nextEvent(auth, 'tokenRefreshed');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(h.refreshCount()).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    await refreshed;
    expect(h.refreshCount()).toBe(3);
    expect(auth.getSnapshot().status).toBe('signedIn');
    expect(auth.events.filter((event) => event.type === 'signedOut')).toEqual([]);
  });

  it('treats a timeout like the network: session kept, retry scheduled', async () => {
    h.destroyAll();
    h = await createHarness({ timeoutMs: 5_000 });
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    h.emulator.faults.add({ path: REFRESH_PATH, latencyMs: 30_000 });

    const failure = nextEvent(auth, 'refreshFailed');
    await vi.advanceTimersByTimeAsync(55 * MINUTE + 5_000);
    const failed = await failure;
    expect(failed.error.code).toBe('timeout');
    expect(failed.willRetry).toBe(true);
    expect(auth.getSnapshot().status).toBe('signedIn');
  });

  it('getIdToken() still hands out the old token inside the margin when the refresh fails transiently', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    vi.setSystemTime(Date.now() + 56 * MINUTE);
    h.emulator.faults.add({ path: REFRESH_PATH, network: true });
    expect(await auth.getIdToken()).toBe(session.idToken);
    expect(h.refreshCount()).toBe(1);
  });

  it('survives the device sleeping past expiry: the late timer refreshes instead of signing out', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    // The clock jumps 3 h while timers stand still (a laptop lid closed), then the timer fires late.
    vi.setSystemTime(Date.now() + 3 * 60 * MINUTE);
    const refreshed = nextEvent(auth, 'tokenRefreshed');
    await vi.advanceTimersByTimeAsync(55 * MINUTE);
    await refreshed;
    expect(h.refreshCount()).toBe(1);
    expect(auth.getSnapshot().status).toBe('signedIn');
  });
});

describe('terminal failures sign out with a reason', () => {
  it('a password change elsewhere revokes the refresh token: signedOut(refreshTokenRevoked)', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    const otherDevice = await h.signIn();
    await h.client.updatePassword(
      { oldPassword: 'correct horse 1', newPassword: 'battery staple 2' },
      { idToken: otherDevice.idToken },
    );

    const signedOut = nextEvent(auth, 'signedOut');
    await vi.advanceTimersByTimeAsync(55 * MINUTE);
    expect(await signedOut).toEqual({ type: 'signedOut', reason: 'refreshTokenRevoked' });
    expect(auth.getSnapshot()).toMatchObject({
      status: 'signedOut',
      signOutReason: 'refreshTokenRevoked',
      session: null,
    });
    const failed = auth.events.find((event) => event.type === 'refreshFailed');
    expect(failed).toMatchObject({ willRetry: false, error: { code: 'refresh_token_revoked' } });
    // No retry after a terminal failure.
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(h.refreshCount()).toBe(1);
  });

  it('a deleted account: signedOut(accountDeleted)', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    await h.client.deleteAccount({ idToken: session.idToken });
    await expect(auth.refresh()).rejects.toMatchObject({ code: 'user_not_found' });
    expect(auth.getSnapshot().signOutReason).toBe('accountDeleted');
  });

  it('a disabled account: signedOut(userDisabled)', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    h.emulator.faults.add({ path: REFRESH_PATH, status: 400, detail: 'USER_DISABLED' });
    await expect(auth.refresh()).rejects.toMatchObject({ code: 'user_disabled' });
    expect(auth.getSnapshot().signOutReason).toBe('userDisabled');
  });

  it('an unknown refresh token: signedOut(refreshTokenRevoked)', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession({ ...session, refreshToken: 'not-a-refresh-token' });
    await expect(auth.refresh()).rejects.toMatchObject({ code: 'invalid_refresh_token' });
    expect(auth.getSnapshot().signOutReason).toBe('refreshTokenRevoked');
  });
});

describe('paused while hidden or offline', () => {
  it('does not refresh while hidden; refreshes at once when the page is visible again and the token is due', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(70 * MINUTE);
    expect(h.refreshCount()).toBe(0);
    expect(auth.getSnapshot().status).toBe('signedIn');

    const refreshed = nextEvent(auth, 'tokenRefreshed');
    setVisibility('visible');
    await refreshed;
    expect(h.refreshCount()).toBe(1);
  });

  it('does not refresh while offline; refreshes when back online', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    setOnline(false);
    await vi.advanceTimersByTimeAsync(58 * MINUTE);
    expect(h.refreshCount()).toBe(0);

    const refreshed = nextEvent(auth, 'tokenRefreshed');
    setOnline(true);
    await refreshed;
    expect(h.refreshCount()).toBe(1);
  });

  it('coming back before the token is due makes no request', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    setVisibility('visible');
    window.dispatchEvent(new Event('focus'));
    await settle();
    expect(h.refreshCount()).toBe(0);
  });
});

describe('destroy()', () => {
  it('leaves nothing running: advancing timers and page events make no requests', async () => {
    const auth = h.createSession({ crossTab: true });
    await auth.initialize();
    auth.setSession(await h.signIn());
    const listener = vi.fn();
    auth.subscribe(listener);
    auth.destroy();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5 * 60 * MINUTE);
    setVisibility('hidden');
    setVisibility('visible');
    setOnline(true);
    await settle();
    expect(h.refreshCount()).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('no tokens in logs or errors', () => {
  it('errors from refresh failures and warnings never contain a token', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    h.emulator.faults.add({
      path: REFRESH_PATH,
      status: 400,
      detail: `INVALID_REFRESH_TOKEN : ${session.refreshToken} ${session.idToken}`,
    });
    const error: unknown = await auth.refresh().catch((caught: unknown) => caught);
    expect(isAuthError(error)).toBe(true);
    const text = JSON.stringify(error) + String(error) + h.warnings.join('\n');
    expect(text).not.toContain(session.idToken);
    expect(text).not.toContain(session.refreshToken);
  });
});
