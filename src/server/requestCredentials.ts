/**
 * Where a request's credentials are: a bearer token (`Authorization` or the spec's
 * `x-authorization`) or the session cookie written by `CookieAuthProvider`.
 */
import { parseCookieHeader } from '../core/cookies/cookieHeader.js';
import {
  cookieNameFor,
  decodeSessionCookie,
  SESSION_COOKIE_NAME,
} from '../core/cookies/sessionCookie.js';
import { readPersistedSession } from '../core/session/persistedSession.js';
import type { Session } from '../core/credentials.js';

/** Anything with request headers: a Web `Request`, or `{ headers: await headers() }` in Next.js. */
export interface RequestLike {
  headers: { get(name: string): string | null };
  url?: string;
}

/** The session cookie's name for a `storageKey` (the same option as `AuthProvider`'s). */
export function sessionCookieNameFor(storageKey?: string): string {
  return storageKey === undefined ? SESSION_COOKIE_NAME : cookieNameFor(storageKey);
}

export function bearerToken(request: RequestLike): string | null {
  for (const name of ['authorization', 'x-authorization']) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get(name) ?? '');
    if (match) return match[1]!;
  }
  return null;
}

/** The session stored in the request's cookies, or `null` (absent, damaged, not ours). */
export function cookieSession(request: RequestLike, storageKey?: string): Session | null {
  const cookies = parseCookieHeader(request.headers.get('cookie'));
  const raw = decodeSessionCookie(sessionCookieNameFor(storageKey), cookies);
  return raw ? (readPersistedSession(raw)?.session ?? null) : null;
}
