/**
 * The stored session format. Its version, nullable profile fields and `expiresAt` are checked by
 * `z.custom` predicates (lighter than zod's literal, nullable and number types on every page):
 * they accept what `serializeSession` writes and refuse what it never writes.
 */
import { describe, expect, it } from 'vitest';
import {
  PERSISTED_VERSION,
  readPersistedSession,
  serializeSession,
} from '../../../src/core/session/persistedSession';
import type { Session } from '../../../src/core';

const session: Session = {
  user: {
    uid: 'u1',
    email: null,
    emailVerified: false,
    signInProvider: 'password',
    displayName: null,
    photoUrl: 'https://example.com/me.png',
  },
  idToken: 'not-a-jwt',
  refreshToken: 'refresh',
  expiresAt: 1_700_000_000_000,
};

/** What `serializeSession` writes, with `change` applied to the parsed JSON. */
function stored(change: (value: { v: unknown; session: Record<string, unknown> }) => void) {
  const value = JSON.parse(serializeSession(session, 1_699_999_000_000));
  change(value);
  return JSON.stringify(value);
}

describe('readPersistedSession', () => {
  it('reads back what serializeSession wrote, null profile fields included', () => {
    expect(readPersistedSession(serializeSession(session, 1_699_999_000_000))).toEqual({
      session,
      storedAt: 1_699_999_000_000,
    });
  });

  it('refuses another version of the format', () => {
    expect(readPersistedSession(stored((v) => (v.v = PERSISTED_VERSION + 1)))).toBeNull();
    expect(readPersistedSession(stored((v) => (v.v = String(PERSISTED_VERSION))))).toBeNull();
    expect(readPersistedSession(stored((v) => delete (v as { v?: unknown }).v))).toBeNull();
  });

  it('refuses a profile field that is neither a string nor null', () => {
    const user = (v: { session: Record<string, unknown> }) =>
      v.session.user as Record<string, unknown>;
    expect(readPersistedSession(stored((v) => (user(v).email = 42)))).toBeNull();
    expect(readPersistedSession(stored((v) => delete user(v).displayName))).toBeNull();
  });

  it('refuses an expiresAt that is not a positive number', () => {
    expect(readPersistedSession(stored((v) => (v.session.expiresAt = 0)))).toBeNull();
    expect(readPersistedSession(stored((v) => (v.session.expiresAt = -5)))).toBeNull();
    expect(readPersistedSession(stored((v) => (v.session.expiresAt = '1700000000000')))).toBeNull();
    expect(readPersistedSession(stored((v) => (v.session.expiresAt = null)))).toBeNull();
  });
});
