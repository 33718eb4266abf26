/**
 * Turns `AuthProvider`'s `initialAuth` (what the server knew: a user and claims, never a token)
 * into the engine's `initialSession`, identically on the server and in the first client render so
 * hydration matches:
 * - on the server there is no token to hand out, so the session carries an unsigned stand-in
 *   made of the same claims (`useAuth().claims` then matches the client). It never leaves the
 *   server render: effects, refreshes and requests do not run there.
 * - in the browser the real tokens are read synchronously from storage (the session cookie the
 *   server has just read, or localStorage) when they belong to the same user. When they do not,
 *   the browser holds no credentials for that user: it starts signed out.
 */
import type { InitialAuth, Session, StorageAdapter } from '../core/index.js';
import { toBase64Url } from '../core/base64url.js';
import { readPersistedSession } from '../core/session/persistedSession.js';

type StorageChoice = 'local' | 'session' | 'memory' | StorageAdapter | undefined;

/** `header.payload.` with `alg: none`: decodable claims, no signature, accepted by nothing. */
function unsignedToken(claims: InitialAuth['claims']): string {
  return `${toBase64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${toBase64Url(JSON.stringify(claims))}.`;
}

function readSynchronously(storage: StorageChoice, key: string): string | null {
  try {
    if (storage === 'memory') return null;
    const adapter: Pick<StorageAdapter, 'getItem'> =
      typeof storage === 'object'
        ? storage
        : storage === 'session'
          ? window.sessionStorage
          : window.localStorage;
    const raw = adapter.getItem(key);
    return typeof raw === 'string' ? raw : null;
  } catch {
    return null;
  }
}

export function initialSessionFor(
  initialAuth: InitialAuth | null,
  storage: StorageChoice,
  storageKey: string,
): Session | null {
  if (!initialAuth) return null;
  const { user, claims } = initialAuth;
  if (typeof window === 'undefined') {
    const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : 0;
    return { user, idToken: unsignedToken(claims), refreshToken: '', expiresAt: exp };
  }
  const raw = readSynchronously(storage, storageKey);
  const stored = raw ? readPersistedSession(raw)?.session : undefined;
  return stored && stored.user.uid === user.uid ? { ...stored, user } : null;
}
