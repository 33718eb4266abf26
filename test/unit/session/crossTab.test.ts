/**
 * Cross-tab messages in jsdom: `storage` events are dispatched by hand as another document's
 * write would produce them; BroadcastChannel is Node's, shared by the instances of this process.
 * The real-browser version (real locks, two channels) is test/browser/session/crossTab.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeSession } from '../../../src/core/session/persistedSession';
import { createHarness, nextEvent, REFRESH_PATH, type Harness } from './helpers';

const KEY = 'deskree-auth:session';
let h: Harness;

beforeEach(async () => {
  localStorage.clear();
  h = await createHarness();
});

afterEach(() => {
  h.destroyAll();
  localStorage.clear();
});

function storageEvent(key: string | null, newValue: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
}

describe('storage events from other tabs', () => {
  it('a session written by another tab signs this one in', async () => {
    const auth = h.createSession({ storage: 'local', crossTab: true });
    await auth.initialize();
    const session = await h.signIn();
    storageEvent(KEY, serializeSession(session, Date.now()));
    expect(auth.getSnapshot()).toMatchObject({
      status: 'signedIn',
      user: { uid: session.user.uid },
    });
    expect(auth.events.map((event) => event.type)).toEqual(['signedIn']);
  });

  it('the key removed by another tab signs out with reason otherTab; clear() with storageCleared', async () => {
    const auth = h.createSession({ storage: 'local', crossTab: true });
    await auth.initialize();
    auth.setSession(await h.signIn());
    storageEvent(KEY, null);
    expect(auth.getSnapshot().signOutReason).toBe('otherTab');

    auth.setSession(await h.signIn());
    storageEvent(null, null);
    expect(auth.getSnapshot().signOutReason).toBe('storageCleared');
  });

  it('a garbage value from another writer is ignored, not a crash or a sign-out', async () => {
    const auth = h.createSession({ storage: 'local', crossTab: true });
    await auth.initialize();
    auth.setSession(await h.signIn());
    expect(() => storageEvent(KEY, '{not json')).not.toThrow();
    expect(auth.getSnapshot().status).toBe('signedIn');
  });

  it('events for other keys are ignored', async () => {
    const auth = h.createSession({ storage: 'local', crossTab: true });
    await auth.initialize();
    auth.setSession(await h.signIn());
    storageEvent('something-else', null);
    expect(auth.getSnapshot().status).toBe('signedIn');
  });

  it('with crossTab: false nothing from other tabs is applied', async () => {
    const auth = h.createSession({ storage: 'local', crossTab: false });
    await auth.initialize();
    auth.setSession(await h.signIn());
    storageEvent(KEY, null);
    expect(auth.getSnapshot().status).toBe('signedIn');
  });
});

describe.runIf(typeof BroadcastChannel !== 'undefined')(
  'BroadcastChannel between two instances',
  () => {
    it('a revocation found by one tab signs the other out with the same reason, after one request', async () => {
      const tabA = h.createSession({ storage: 'local', crossTab: true });
      const tabB = h.createSession({ storage: 'local', crossTab: true });
      await Promise.all([tabA.initialize(), tabB.initialize()]);
      const signedInB = nextEvent(tabB, 'signedIn');
      const session = await h.signIn();
      tabA.setSession(session);
      await signedInB;

      await h.client.updatePassword(
        { oldPassword: 'correct horse 1', newPassword: 'battery staple 2' },
        { idToken: session.idToken },
      );
      const signedOutB = nextEvent(tabB, 'signedOut');
      await expect(tabA.refresh()).rejects.toMatchObject({ code: 'refresh_token_revoked' });
      expect(await signedOutB).toEqual({ type: 'signedOut', reason: 'refreshTokenRevoked' });
      expect(h.emulator.requestCount(REFRESH_PATH)).toBe(1);
    });
  },
);
