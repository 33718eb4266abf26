/**
 * Cross-tab behaviour in real Chromium: two AuthSession instances of one origin ("tabs") share
 * the page's real localStorage, BroadcastChannel and navigator.locks. The emulator runs in-process
 * in the page and counts the refresh requests.
 *
 * Limitation: both "tabs" live in one document, so `storage` events (which only reach *other*
 * documents) are not exercised here; BroadcastChannel delivers between the two channel objects.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../../src/core/client';
import type { Session } from '../../../src/core/credentials';
import { createAuthSession } from '../../../src/core/session/authSession';
import { withLock } from '../../../src/core/session/refreshLock';
import type { AuthEvent, AuthSession } from '../../../src/core/session/types';
import { createTestEmulator, type TestEmulator } from '../../helpers/emulator';
import { PASSWORD } from '../../helpers/password';

const REFRESH_PATH = '/api/v1/auth/accounts/token/refresh';
let storageKey: string;
let env: TestEmulator;
let client: AuthClient;
let email: string;
const sessions: AuthSession[] = [];
let counter = 0;

function openTab(): AuthSession {
  const session = createAuthSession({
    client,
    storage: 'local',
    storageKey,
    logger: { warn: () => {} },
  });
  sessions.push(session);
  return session;
}

function next<T extends AuthEvent['type']>(
  session: AuthSession,
  type: T,
  timeoutMs = 10_000,
): Promise<Extract<AuthEvent, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${type} event within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const off = session.onAuthStateChange((event) => {
      if (event.type !== type) return;
      clearTimeout(timer);
      off();
      resolve(event as Extract<AuthEvent, { type: T }>);
    });
  });
}

async function signIn(): Promise<Session> {
  return (await client.signInWithEmail({ email, password: PASSWORD })).session;
}

beforeEach(async (context) => {
  storageKey = `crosstab-test-${++counter}-${context.task.id}`;
  env = createTestEmulator({ tokenTtlSeconds: 4 });
  client = createAuthClient({ baseUrl: env.baseUrl, fetch: env.emulator.fetch });
  email = `tab${counter}@example.com`;
  await env.emulator.createAccount({ email, password: PASSWORD, emailVerified: true });
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy();
  localStorage.clear();
});

describe('two tabs of one origin', () => {
  it('a sign-in in one tab appears in the other', async () => {
    const tabA = openTab();
    const tabB = openTab();
    await Promise.all([tabA.initialize(), tabB.initialize()]);
    expect(tabB.getSnapshot().status).toBe('signedOut');

    const signedInB = next(tabB, 'signedIn');
    const session = await signIn();
    tabA.setSession(session);
    const event = await signedInB;

    expect(event.session.user.uid).toBe(session.user.uid);
    expect(tabB.getSnapshot()).toMatchObject({ status: 'signedIn', user: { email } });
    expect(JSON.parse(localStorage.getItem(storageKey) ?? 'null')).toMatchObject({
      session: { user: { uid: session.user.uid } },
    });
  });

  it('a sign-out in one tab signs out the other (reason otherTab) and clears storage', async () => {
    const tabA = openTab();
    const tabB = openTab();
    await Promise.all([tabA.initialize(), tabB.initialize()]);
    const signedInB = next(tabB, 'signedIn');
    tabA.setSession(await signIn());
    await signedInB;

    const signedOutB = next(tabB, 'signedOut');
    tabA.signOut();
    expect(await signedOutB).toEqual({ type: 'signedOut', reason: 'otherTab' });
    expect(tabB.getSnapshot()).toMatchObject({ status: 'signedOut', signOutReason: 'otherTab' });
    await expect.poll(() => localStorage.getItem(storageKey)).toBeNull();
  });

  it('a tab opened later picks up the session from localStorage', async () => {
    const tabA = openTab();
    await tabA.initialize();
    tabA.setSession(await signIn());
    await expect.poll(() => localStorage.getItem(storageKey)).not.toBeNull();
    const tabB = openTab();
    await tabB.initialize();
    expect(tabB.getSnapshot().status).toBe('signedIn');
  });

  it('when both tabs are due, only ONE refresh request is made (Web Lock + re-read), and both get the new token', async () => {
    const tabA = openTab();
    const tabB = openTab();
    await Promise.all([tabA.initialize(), tabB.initialize()]);
    const signedInB = next(tabB, 'signedIn');
    const session = await signIn();
    tabA.setSession(session);
    await signedInB;
    env.emulator.clearRequests();

    // 4 s tokens, margin clamped to 2 s: both tabs' timers fire about 2 s from now.
    const refreshedA = next(tabA, 'tokenRefreshed');
    const refreshedB = next(tabB, 'tokenRefreshed');
    const [eventA, eventB] = await Promise.all([refreshedA, refreshedB]);

    expect(env.emulator.requestCount(REFRESH_PATH)).toBe(1);
    expect(eventA.session.idToken).toBe(eventB.session.idToken);
    expect(eventA.session.idToken).not.toBe(session.idToken);
  });

  it('explicit concurrent getIdToken() in both tabs at expiry: ONE refresh request', async () => {
    const tabA = createAuthSession({
      client,
      storage: 'local',
      storageKey,
      refreshMarginMs: 0,
      logger: { warn: () => {} },
    });
    const tabB = createAuthSession({
      client,
      storage: 'local',
      storageKey,
      refreshMarginMs: 0,
      logger: { warn: () => {} },
    });
    sessions.push(tabA, tabB);
    await Promise.all([tabA.initialize(), tabB.initialize()]);
    const session = await signIn();
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // let `iat` move so the new token differs
    env.emulator.clearRequests();
    const signedInB = next(tabB, 'signedIn');
    // An already expired token reaches both tabs; their timers and the callers below all want a refresh.
    tabA.setSession({ ...session, expiresAt: Date.now() - 1 });
    await signedInB;

    const tokens = await Promise.all([
      ...Array.from({ length: 10 }, () => tabA.getIdToken()),
      ...Array.from({ length: 10 }, () => tabB.getIdToken()),
    ]);
    expect(env.emulator.requestCount(REFRESH_PATH)).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(session.idToken);
  });
});

describe('refresh lock', () => {
  it('a lock held forever (a frozen tab) is stolen after the timeout instead of deadlocking', async () => {
    const name = `stuck-lock-${counter}`;
    let releaseStuck = () => {};
    // The stolen holder's request rejects with an AbortError; that is expected.
    void navigator.locks
      .request(name, () => new Promise<void>((resolve) => (releaseStuck = resolve)))
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    const result = await withLock(name, async () => 'ran', { timeoutMs: 200 });
    expect(result).toBe('ran');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    releaseStuck();
  });

  it('waits for a lock released in time and does not steal it', async () => {
    const name = `busy-lock-${counter}`;
    const order: string[] = [];
    const holder = navigator.locks.request(name, async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push('holder done');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await withLock(name, async () => void order.push('waiter ran'), { timeoutMs: 2_000 });
    await holder;
    expect(order).toEqual(['holder done', 'waiter ran']);
  });
});
