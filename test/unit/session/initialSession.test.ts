/**
 * `initialSession`: what a server-rendered page knew. The first snapshot (client and server)
 * shows it without a loading state; `initialize()` then reconciles it with storage.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../src/core/credentials';
import { readPersistedSession, serializeSession } from '../../../src/core/session/persistedSession';
import { memoryStorageAdapter, type StorageAdapter } from '../../../src/core/session/storage';
import { fakeClockHarnessPerTest, MINUTE, PASSWORD, type Harness } from './helpers';

const KEY = 'deskree-auth:session';
let h: Harness;
fakeClockHarnessPerTest(
  (harness) => (h = harness),
  () => h,
);

async function storedSession(storage: StorageAdapter): Promise<Session | null> {
  const raw = await storage.getItem(KEY);
  return raw ? (readPersistedSession(raw)?.session ?? null) : null;
}

describe('initialSession', () => {
  it('starts signedIn on client and server snapshots alike, then stores the session', async () => {
    const session = await h.signIn();
    const storage = memoryStorageAdapter();
    const auth = h.createSession({ storage, initialSession: session });
    for (const snapshot of [auth.getSnapshot(), auth.getServerSnapshot()]) {
      expect(snapshot).toMatchObject({
        status: 'signedIn',
        session,
        user: session.user,
        signOutReason: null,
      });
      expect(snapshot.claims?.email).toBe(h.email);
    }
    await auth.initialize();
    expect(await storedSession(storage)).toEqual(session);
    expect(auth.getSnapshot().session).toEqual(session);
    expect(await auth.getIdToken()).toBe(session.idToken);
    expect(auth.events).toEqual([]);
    expect(h.refreshCount()).toBe(0);
  });

  it('null starts signedOut on both snapshots and clears a stored session', async () => {
    const storage = memoryStorageAdapter();
    storage.setItem(KEY, serializeSession(await h.signIn(), Date.now()));
    const auth = h.createSession({ storage, initialSession: null });
    expect(auth.getSnapshot()).toMatchObject({ status: 'signedOut', session: null });
    expect(auth.getServerSnapshot()).toMatchObject({ status: 'signedOut', signOutReason: null });
    await auth.initialize();
    expect(auth.getSnapshot()).toMatchObject({ status: 'signedOut', signOutReason: null });
    expect(await storage.getItem(KEY)).toBeNull();
    expect(auth.events).toEqual([]);
  });

  it('a stored session of the same user with a newer token wins', async () => {
    const older = await h.signIn();
    vi.setSystemTime(Date.now() + 2 * MINUTE);
    const newer = await h.signIn();
    const storage = memoryStorageAdapter();
    storage.setItem(KEY, serializeSession(newer, Date.now()));
    const auth = h.createSession({ storage, initialSession: older });
    expect(auth.getSnapshot().session?.idToken).toBe(older.idToken);
    await auth.initialize();
    expect(auth.getSnapshot().session?.idToken).toBe(newer.idToken);
    expect(await storedSession(storage)).toMatchObject({ idToken: newer.idToken });
  });

  it('an older stored token or another user in storage loses: the initial session is stored', async () => {
    const older = await h.signIn();
    vi.setSystemTime(Date.now() + 2 * MINUTE);
    const newer = await h.signIn();
    const other = await h.client.signUp({ email: 'other@example.com', password: PASSWORD });
    for (const stored of [older, other.session]) {
      const storage = memoryStorageAdapter();
      storage.setItem(KEY, serializeSession(stored, Date.now()));
      const auth = h.createSession({ storage, initialSession: newer });
      await auth.initialize();
      expect(auth.getSnapshot().session?.idToken).toBe(newer.idToken);
      expect(await storedSession(storage)).toMatchObject({ idToken: newer.idToken });
    }
  });

  it('an initial session that is already due is refreshed once by initialize()', async () => {
    const session = await h.signIn();
    vi.setSystemTime(Date.now() + 58 * MINUTE);
    const auth = h.createSession({ initialSession: session });
    await auth.initialize();
    await vi.waitFor(() =>
      expect(auth.events.map((event) => event.type)).toEqual(['tokenRefreshed']),
    );
    expect(h.refreshCount()).toBe(1);
  });

  it('without the option nothing changes: loading until storage has been read', async () => {
    const auth = h.createSession();
    expect(auth.getSnapshot().status).toBe('loading');
    expect(auth.getServerSnapshot().status).toBe('loading');
    await auth.initialize();
    expect(auth.getSnapshot().status).toBe('signedOut');
    expect(auth.getServerSnapshot().status).toBe('loading');
  });
});
