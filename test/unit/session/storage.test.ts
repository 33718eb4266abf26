/**
 * Loading, persistence and corruption: what `initialize()` makes of whatever is in storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeSession } from '../../../src/core/session/persistedSession';
import { memoryStorageAdapter, type StorageAdapter } from '../../../src/core/session/storage';
import { createHarness, MINUTE, nextEvent, type Harness } from './helpers';

const KEY = 'deskree-auth:session';
let h: Harness;

beforeEach(async () => {
  localStorage.clear();
  vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
  h = await createHarness();
});

afterEach(() => {
  h.destroyAll();
  vi.restoreAllMocks();
  vi.useRealTimers();
  localStorage.clear();
});

describe('status', () => {
  it('is loading until initialize() has read storage; the server snapshot is always loading', async () => {
    const auth = h.createSession({ storage: 'local' });
    expect(auth.getSnapshot().status).toBe('loading');
    expect(auth.getServerSnapshot().status).toBe('loading');
    const init = auth.initialize();
    expect(auth.getSnapshot().status).toBe('loading');
    await init;
    expect(auth.getSnapshot()).toMatchObject({ status: 'signedOut', signOutReason: null });
    auth.setSession(await h.signIn());
    expect(auth.getServerSnapshot()).toEqual({
      status: 'loading',
      session: null,
      user: null,
      claims: null,
      signOutReason: null,
    });
  });

  it('keeps the snapshot identity stable between changes', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const first = auth.getSnapshot();
    expect(auth.getSnapshot()).toBe(first);
    auth.setSession(await h.signIn());
    const second = auth.getSnapshot();
    expect(second).not.toBe(first);
    expect(auth.getSnapshot()).toBe(second);
    expect(second.claims?.email).toBe(h.email);
  });

  it('reads storage once: repeated and concurrent initialize() calls share one read', async () => {
    const inner = memoryStorageAdapter();
    const reads = vi.fn((key: string) => inner.getItem(key));
    const adapter: StorageAdapter = { ...inner, getItem: reads };
    const auth = h.createSession({ storage: adapter });
    await Promise.all([auth.initialize(), auth.initialize(), auth.getIdToken().catch(() => null)]);
    await auth.initialize();
    expect(reads).toHaveBeenCalledTimes(1);
  });
});

describe('persistence', () => {
  it('restores a stored session on the next page load without an event or a request', async () => {
    const first = h.createSession({ storage: 'local' });
    await first.initialize();
    const session = await h.signIn();
    first.setSession(session);
    await vi.advanceTimersByTimeAsync(0);
    first.destroy();

    const second = h.createSession({ storage: 'local' });
    await second.initialize();
    expect(second.getSnapshot()).toMatchObject({
      status: 'signedIn',
      user: { uid: session.user.uid },
    });
    expect(second.events).toEqual([]);
    expect(h.refreshCount()).toBe(0);
  });

  it('refreshes at once when the restored token is due', async () => {
    localStorage.setItem(KEY, serializeSession(await h.signIn(), Date.now()));
    vi.setSystemTime(Date.now() + 58 * MINUTE);
    const auth = h.createSession({ storage: 'local' });
    const refreshed = nextEvent(auth, 'tokenRefreshed');
    await auth.initialize();
    await refreshed;
    expect(h.refreshCount()).toBe(1);
  });

  it('signOut() clears storage', async () => {
    const auth = h.createSession({ storage: 'local' });
    await auth.initialize();
    auth.setSession(await h.signIn());
    await vi.advanceTimersByTimeAsync(0);
    expect(localStorage.getItem(KEY)).not.toBeNull();
    auth.signOut();
    await vi.advanceTimersByTimeAsync(0);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(auth.getSnapshot()).toMatchObject({
      status: 'signedOut',
      signOutReason: 'userSignedOut',
    });
    expect(auth.events.at(-1)).toEqual({ type: 'signedOut', reason: 'userSignedOut' });
  });
});

describe('corrupted storage', () => {
  it.each([
    ['garbage JSON', '{"v":1,"session":'],
    ['the wrong shape', JSON.stringify({ v: 1, session: { user: 'x' }, storedAt: 1 })],
    [
      'a foreign value',
      JSON.stringify({
        access_token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNlY3JldA',
        expires_at: 1,
      }),
    ],
    ['a plain string', 'hello'],
  ])(
    'survives %s: signedOut, a warning that does not quote it, the value removed',
    async (_name, raw) => {
      localStorage.setItem(KEY, raw);
      const auth = h.createSession({ storage: 'local' });
      await expect(auth.initialize()).resolves.toBeUndefined();
      expect(auth.getSnapshot().status).toBe('signedOut');
      expect(h.warnings).toHaveLength(1);
      expect(h.warnings[0]).not.toContain(raw);
      expect(h.warnings[0]).not.toContain('eyJ');
      await vi.advanceTimersByTimeAsync(0);
      expect(localStorage.getItem(KEY)).toBeNull();
    },
  );

  it('falls back to memory when storage throws (Safari private mode)', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const auth = h.createSession({ storage: 'local' });
    await auth.initialize();
    const session = await h.signIn();
    expect(() => auth.setSession(session)).not.toThrow();
    expect(await auth.getIdToken()).toBe(session.idToken);
    expect(h.warnings.join('\n')).toMatch(/memory/);
  });

  it('falls back to memory when a custom adapter starts throwing', async () => {
    const broken: StorageAdapter = {
      getItem: () => null,
      setItem: () => {
        throw new Error('disk full');
      },
      removeItem: () => {},
    };
    const auth = h.createSession({ storage: broken });
    await auth.initialize();
    auth.setSession(await h.signIn());
    await vi.advanceTimersByTimeAsync(0);
    expect(auth.getSnapshot().status).toBe('signedIn');
    expect(h.warnings.join('\n')).toMatch(/memory/);
  });
});

describe('storage option', () => {
  it.each(['cookie', 'locale'])(
    'rejects the unknown name %j with a TypeError that names the fix, instead of using localStorage',
    (name) => {
      const create = () => h.createSession({ storage: name as never });
      expect(create).toThrow(TypeError);
      expect(create).toThrow(
        `Unknown storage "${name}": for cookies use <CookieAuthProvider> or cookieStorageAdapter().`,
      );
    },
  );
});

describe('clock skew', () => {
  it('expiresAt comes from expiresIn at receipt: a server clock 6 h ahead does not make the token look expired', async () => {
    h.destroyAll();
    h = await createHarness({ emulatorNow: () => Date.now() + 6 * 60 * MINUTE });
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    expect(await auth.getIdToken()).toBe(session.idToken);
    await vi.advanceTimersByTimeAsync(54 * MINUTE);
    expect(h.refreshCount()).toBe(0);
    const refreshed = nextEvent(auth, 'tokenRefreshed');
    await vi.advanceTimersByTimeAsync(1 * MINUTE);
    await refreshed;
    expect(h.refreshCount()).toBe(1);
  });

  it('never trusts a stored expiresAt beyond storedAt + the token lifetime (exp - iat)', async () => {
    const session = await h.signIn();
    const storedAt = Date.now();
    // A stored expiresAt ten days out, for a one-hour token.
    localStorage.setItem(
      KEY,
      serializeSession({ ...session, expiresAt: storedAt + 10 * 24 * 60 * MINUTE }, storedAt),
    );
    vi.setSystemTime(storedAt + 56 * MINUTE);
    const auth = h.createSession({ storage: 'local' });
    const refreshed = nextEvent(auth, 'tokenRefreshed');
    await auth.initialize();
    expect(auth.getSnapshot().session?.expiresAt).toBe(storedAt + 60 * MINUTE);
    await refreshed;
    expect(h.refreshCount()).toBe(1);
  });
});
