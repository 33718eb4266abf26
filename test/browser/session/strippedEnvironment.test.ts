/**
 * The floor, proven in real Chromium: every API above it is removed before the kit runs
 * (`AbortSignal.any`, `AbortSignal.timeout`, `BroadcastChannel`), with Web Locks present
 * (Safari 15.4-17.3, Chrome 103-115) and absent. Against the in-page emulator, the client and the
 * session engine sign in, refresh through the lock, refresh concurrently from two engines, look
 * up email providers with a signal, and sign out.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../../src/core/client';
import { createAuthSession } from '../../../src/core/session/authSession';
import type { AuthSession } from '../../../src/core/session/types';
import { createTestEmulator, type TestEmulator } from '../../helpers/emulator';

const REFRESH_PATH = '/api/v1/auth/accounts/token/refresh';
const PASSWORD = 'correct horse 1';
type Mutable = Record<string, unknown>;

/** Removes a global property for the duration of a suite; `restore()` puts it back as it was. */
function strip(target: object, key: string): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  // Navigator's members live on its prototype: shadow them with `undefined` on the instance.
  if (own) delete (target as Mutable)[key];
  else Object.defineProperty(target, key, { value: undefined, configurable: true });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Mutable)[key];
  };
}

/** The emulator's fetch, honouring the signal the way a real fetch does. */
function abortableFetch(env: TestEmulator): typeof fetch {
  return (input, init) =>
    new Promise((resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason));
      env.emulator.fetch(input, init).then(resolve, reject);
    });
}

function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (condition()) return resolve();
      if (performance.now() - started > timeoutMs) return reject(new Error('condition not met'));
      setTimeout(poll, 20);
    };
    poll();
  });
}

describe.each([
  ['present', true],
  ['absent', false],
])('without AbortSignal.any/timeout and BroadcastChannel, Web Locks %s', (_, withLocks) => {
  const restores: Array<() => void> = [];
  const lockRequests: string[] = [];
  let env: TestEmulator;
  let client: AuthClient;
  let email: string;
  let storageKey: string;
  const engines: AuthSession[] = [];
  let counter = 0;

  beforeAll(() => {
    restores.push(strip(AbortSignal, 'any'), strip(AbortSignal, 'timeout'));
    restores.push(strip(globalThis, 'BroadcastChannel'));
    if (withLocks) {
      const locks = navigator.locks;
      const request = locks.request.bind(locks) as (...args: unknown[]) => Promise<unknown>;
      const counting = {
        request: (name: string, ...rest: unknown[]) => (
          lockRequests.push(name),
          request(name, ...rest)
        ),
      };
      Object.defineProperty(navigator, 'locks', { value: counting, configurable: true });
      restores.push(() => delete (navigator as unknown as Mutable).locks);
    } else {
      restores.push(strip(navigator, 'locks'));
    }
  });

  afterAll(() => {
    for (const restore of restores.splice(0).reverse()) restore();
  });

  beforeEach(async (context) => {
    storageKey = `stripped-${withLocks}-${++counter}-${context.task.id}`;
    env = createTestEmulator({ tokenTtlSeconds: 4 });
    client = createAuthClient({
      baseUrl: env.baseUrl,
      fetch: abortableFetch(env),
      timeoutMs: 5_000,
    });
    email = `stripped${counter}@example.com`;
    await env.emulator.createAccount({ email, password: PASSWORD, emailVerified: true });
    lockRequests.length = 0;
  });

  afterEach(() => {
    for (const engine of engines.splice(0)) engine.destroy();
    localStorage.clear();
  });

  function openEngine(): AuthSession {
    const engine = createAuthSession({
      client,
      storage: 'local',
      storageKey,
      logger: { warn: () => {} },
    });
    engines.push(engine);
    return engine;
  }

  it('the environment really is stripped', () => {
    expect('any' in AbortSignal && typeof AbortSignal.any === 'function').toBe(false);
    expect(typeof (AbortSignal as unknown as Mutable).timeout).toBe('undefined');
    expect(typeof (globalThis as Mutable).BroadcastChannel).toBe('undefined');
    expect(typeof navigator.locks?.request === 'function').toBe(withLocks);
  });

  it('signs in, refreshes through the lock, and signs out', async () => {
    const auth = openEngine();
    await auth.initialize();
    const { session } = await client.signInWithEmail({ email, password: PASSWORD });
    auth.setSession(session);
    expect(auth.getSnapshot().status).toBe('signedIn');

    // RS256 over identical claims is deterministic: let `iat` move on so the new token differs.
    const issuedAt = Math.floor(Date.now() / 1000);
    await until(() => Math.floor(Date.now() / 1000) > issuedAt);
    const refreshed = await auth.refresh();
    expect(refreshed.idToken).not.toBe(session.idToken);
    expect(env.emulator.requestCount(REFRESH_PATH)).toBe(1);
    expect(lockRequests.filter((name) => name.endsWith(':refresh'))).toHaveLength(
      withLocks ? 1 : 0,
    );
    expect(auth.getSnapshot().session?.idToken).toBe(refreshed.idToken);

    auth.signOut();
    expect(auth.getSnapshot()).toMatchObject({
      status: 'signedOut',
      signOutReason: 'userSignedOut',
    });
    expect(localStorage.getItem(storageKey)).toBeNull();
  });

  it('two engines refreshing at once both end up signed in with a fresh token', async () => {
    const first = openEngine();
    await first.initialize();
    first.setSession((await client.signInWithEmail({ email, password: PASSWORD })).session);
    const second = openEngine();
    await second.initialize();
    expect(second.getSnapshot().status).toBe('signedIn');
    // Both refresh at once (well before the timers, due after half the 4 s lifetime, fire);
    // a new second first, so the new token differs from the sign-in one.
    const issuedAt = Math.floor(Date.now() / 1000);
    await until(() => Math.floor(Date.now() / 1000) > issuedAt);
    const [a, b] = (await Promise.all([first.refresh(), second.refresh()])).map(
      (session) => session.idToken,
    ) as [string, string];
    const { exp } = JSON.parse(atob(a.split('.')[1]!)) as { exp: number };
    expect(exp * 1000).toBeGreaterThan(Date.now());
    // With the lock the second engine finds the first one's token; without, each refreshes.
    expect(env.emulator.requestCount(REFRESH_PATH)).toBe(withLocks ? 1 : 2);
    if (withLocks) expect(b).toBe(a);
    expect([first, second].map((engine) => engine.getSnapshot().status)).toEqual([
      'signedIn',
      'signedIn',
    ]);

    // A sign-out in one is found by the other at its next refresh (no channel to tell it).
    first.signOut();
    await expect(second.refresh()).rejects.toMatchObject({ code: 'not_signed_in' });
    expect(second.getSnapshot()).toMatchObject({ status: 'signedOut', signOutReason: 'otherTab' });
  });

  it('looks up email providers with a signal, and an aborted lookup is `aborted`', async () => {
    const controller = new AbortController();
    const providers = await client.fetchEmailProviders({ email }, { signal: controller.signal });
    expect(providers.registered).toBe(true);
    const cancelled = new AbortController();
    const pending = client.fetchEmailProviders({ email }, { signal: cancelled.signal });
    cancelled.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });
});
