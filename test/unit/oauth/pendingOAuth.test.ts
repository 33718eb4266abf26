import { describe, expect, it } from 'vitest';
import {
  assertCallbackAllowed,
  consumePendingOAuth,
  PENDING_OAUTH_TTL_MS,
  readPendingOAuth,
  savePendingOAuth,
  stateFromAuthUri,
  type PendingOAuth,
} from '../../../src/core/oauth/pendingOAuth';
import { isAuthError } from '../../../src/core/errors';

const record = (overrides: Partial<PendingOAuth> = {}): PendingOAuth => ({
  sessionId: 'sess-1',
  providerId: 'google.com',
  callBackUri: 'http://localhost:3000/callback',
  state: 'state-1',
  createdAt: 1_000,
  ...overrides,
});

describe('pending OAuth record', () => {
  it('is saved under its state and consumed exactly once', () => {
    sessionStorage.clear();
    savePendingOAuth(record(), { now: () => 1_000 });
    expect(Object.keys(sessionStorage).some((key) => key.includes('state-1'))).toBe(true);
    expect(readPendingOAuth('state-1', { now: () => 1_000 })).toEqual(record());
    expect(consumePendingOAuth('state-1', { now: () => 1_000 })).toEqual(record());
    expect(consumePendingOAuth('state-1', { now: () => 1_000 })).toBeNull();
  });

  it('keeps two flows of one tab apart and finds nothing for a state it never issued', () => {
    sessionStorage.clear();
    savePendingOAuth(record(), { now: () => 1_000 });
    savePendingOAuth(record({ state: 'state-2', sessionId: 'sess-2' }), { now: () => 1_000 });
    expect(readPendingOAuth('state-2', { now: () => 1_000 })?.sessionId).toBe('sess-2');
    expect(readPendingOAuth('forged', { now: () => 1_000 })).toBeNull();
  });

  it('reads a record whose state is missing or not a string as a flow without state', () => {
    sessionStorage.clear();
    const { state: _state, ...withoutState } = record();
    sessionStorage.setItem('deskree-auth:oauth:~no-state~', JSON.stringify(withoutState));
    expect(readPendingOAuth(null, { now: () => 1_000 })).toEqual(record({ state: null }));
    sessionStorage.setItem(
      'deskree-auth:oauth:~no-state~',
      JSON.stringify({ ...withoutState, state: 42 }),
    );
    expect(readPendingOAuth(null, { now: () => 1_000 })).toEqual(record({ state: null }));
    sessionStorage.setItem(
      'deskree-auth:oauth:~no-state~',
      JSON.stringify({ ...withoutState, sessionId: 7 }),
    );
    expect(readPendingOAuth(null, { now: () => 1_000 })).toBeNull();
  });

  it('reads anything that is not a whole record as none: not JSON, not an object, a field missing or mistyped', () => {
    sessionStorage.clear();
    const key = 'deskree-auth:oauth:state-1';
    const { providerId: _providerId, ...withoutProvider } = record();
    for (const stored of [
      'not json',
      'null',
      '"a string"',
      JSON.stringify(withoutProvider),
      JSON.stringify({ ...record(), callBackUri: ['/cb'] }),
      JSON.stringify({ ...record(), createdAt: '1000' }),
    ]) {
      sessionStorage.setItem(key, stored);
      expect(readPendingOAuth('state-1', { now: () => 1_000 })).toBeNull();
    }
    // Extra fields are not carried over into the record.
    sessionStorage.setItem(key, JSON.stringify({ ...record(), extra: 'x' }));
    expect(readPendingOAuth('state-1', { now: () => 1_000 })).toEqual(record());
  });

  it('expires records older than ten minutes', () => {
    sessionStorage.clear();
    savePendingOAuth(record(), { now: () => 1_000 });
    expect(readPendingOAuth('state-1', { now: () => 1_000 + PENDING_OAUTH_TTL_MS + 1 })).toBeNull();
    // ...and removes them on the next save.
    savePendingOAuth(record({ state: 'old', createdAt: 0 }), { now: () => 0 });
    savePendingOAuth(record({ state: 'new', createdAt: PENDING_OAUTH_TTL_MS * 2 }), {
      now: () => PENDING_OAUTH_TTL_MS * 2,
    });
    expect(sessionStorage.getItem('deskree-auth:oauth:old')).toBeNull();
  });

  it('falls back to memory when the given storage is a plain object', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
      get length() {
        return map.size;
      },
      key: (index: number) => [...map.keys()][index] ?? null,
    };
    savePendingOAuth(record({ state: null }), { storage, now: () => 1_000 });
    expect(consumePendingOAuth(null, { storage, now: () => 1_000 })?.sessionId).toBe('sess-1');
  });

  it('reads the state from an authUri', () => {
    expect(
      stateFromAuthUri(
        'https://accounts.google.com/o/oauth2/auth?response_type=id_token&state=abc',
      ),
    ).toBe('abc');
    expect(stateFromAuthUri('https://github.com/login/oauth/authorize?client_id=x')).toBeNull();
    expect(stateFromAuthUri('not a url')).toBeNull();
  });
});

describe('assertCallbackAllowed', () => {
  it('accepts the current origin and listed origins', () => {
    expect(() =>
      assertCallbackAllowed('http://localhost:3000/cb', 'http://localhost:3000'),
    ).not.toThrow();
    expect(() =>
      assertCallbackAllowed('https://auth.example.com/cb', 'http://localhost:3000', [
        'https://auth.example.com/',
      ]),
    ).not.toThrow();
  });

  it('refuses other origins and relative URLs with invalid_callback_uri', () => {
    for (const uri of ['https://evil.example/cb', '/cb', 'javascript:alert(1)']) {
      try {
        assertCallbackAllowed(uri, 'http://localhost:3000');
        expect.unreachable();
      } catch (error) {
        expect(isAuthError(error) && error.code).toBe('invalid_callback_uri');
      }
    }
  });
});
