/**
 * Engine behaviours that had no test of their own before the rebuild: long waits in timer hops,
 * a throwing listener, redaction of the live token values, and sign-out/refresh ordering.
 */
import { describe, expect, it, vi } from 'vitest';
import { AuthError } from '../../../src/core/errors';
import { createHarness, fakeClockHarnessPerTest, MINUTE, nextEvent, type Harness } from './helpers';

let h: Harness;
fakeClockHarnessPerTest(
  (harness) => (h = harness),
  () => h,
);

const DAY = 24 * 60 * MINUTE;

describe('timer', () => {
  it('a 30-day token is refreshed once, 5 min before expiry, across the 24.8-day setTimeout limit', async () => {
    h.destroyAll();
    h = await createHarness({ tokenTtlSeconds: 30 * 24 * 3600 });
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    await vi.advanceTimersByTimeAsync(25 * DAY);
    expect(h.refreshCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(5 * DAY - 5 * MINUTE - 1_000);
    expect(h.refreshCount()).toBe(0);
    const refreshed = nextEvent(auth, 'tokenRefreshed');
    await vi.advanceTimersByTimeAsync(1_000);
    await refreshed;
    expect(h.refreshCount()).toBe(1);
  });
});

describe('listeners', () => {
  it('a listener that throws does not stop the others; the error still surfaces', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const thrown: unknown[] = [];
    const onError = (error: unknown) => thrown.push(error);
    process.on('uncaughtException', onError);
    const broken = new Error('broken listener');
    auth.onAuthStateChange(() => {
      throw broken;
    });
    const seen: string[] = [];
    auth.onAuthStateChange((event) => seen.push(event.type));
    auth.setSession(await h.signIn());
    await vi.waitFor(() => expect(thrown).toContain(broken));
    process.off('uncaughtException', onError);
    expect(seen).toEqual(['signedIn']);
    expect(auth.getSnapshot().status).toBe('signedIn');
  });
});

describe('redaction of the live tokens', () => {
  it('errors cut out the current token values whatever their shape, until they are replaced', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    const odd = { ...session, refreshToken: 'rt.odd/shape' };
    auth.setSession(odd);
    expect(new AuthError('unknown', `failed with ${odd.refreshToken}`).message).toBe(
      'failed with [redacted]',
    );
    auth.signOut();
    expect(new AuthError('unknown', `failed with ${odd.refreshToken}`).message).toBe(
      `failed with ${odd.refreshToken}`,
    );
  });
});
