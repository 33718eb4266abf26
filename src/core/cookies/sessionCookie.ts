/**
 * The session cookie's format, shared by the browser (`cookieStorageAdapter`) and the server
 * (`getAuthFromRequest`, `refreshAuthCookies`), so each can read what the other wrote.
 *
 * The value is the session engine's stored JSON, base64url-encoded (cookie-safe, no quoting rules).
 * Browsers cap one cookie at 4096 bytes of name, value and attributes, and a session (two tokens and
 * a user) can pass that, so long values are split into `<name>.0`, `<name>.1`, … (like `@supabase/ssr`).
 * A value that fits is written under `<name>` alone.
 */
import { fromBase64Url, toBase64Url } from '../base64url.js';
import type { CookieAttributes } from './cookieHeader.js';

/** The cookie that holds the session when no `storageKey` is given (`deskree-auth:session`). */
export const SESSION_COOKIE_NAME = 'deskree-auth-session';

/** Characters of one cookie's value: leaves room for the name and attributes under 4096 bytes. */
export const COOKIE_CHUNK_SIZE = 3000;

/** How long the browser keeps the session cookie: 400 days, the longest Chromium accepts. */
export const SESSION_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;

/** Chunks are numbered from 0; more than this many means something else wrote the names. */
const MAX_CHUNKS = 20;

/** A storage key such as `deskree-auth:session` as a cookie name (`:` is not allowed in names). */
export function cookieNameFor(storageKey: string): string {
  return storageKey.replace(/[^A-Za-z0-9!#$%&'*+\-.^_`|~]/g, '-');
}

/** The attributes of every session cookie write: first-party, sent on top-level navigations. */
export function sessionCookieAttributes(secure: boolean, maxAge?: number): CookieAttributes {
  return { path: '/', sameSite: 'Lax', secure, maxAge: maxAge ?? SESSION_COOKIE_MAX_AGE_S };
}

/** Every cookie name a session under `name` may occupy: the single one and the chunks. */
export function sessionCookieNames(name: string): string[] {
  return [name, ...Array.from({ length: MAX_CHUNKS }, (_, index) => `${name}.${index}`)];
}

/**
 * The cookies to write for `value` (`null`: none, i.e. sign-out). The session's other names among
 * `present` (the cookie names the browser or request has now) get deleted (value `''`), so a shorter
 * session never leaves stale chunks behind.
 */
export function encodeSessionCookie(
  name: string,
  value: string | null,
  present: Iterable<string>,
): Array<{ name: string; value: string }> {
  const encoded = value === null ? '' : toBase64Url(value);
  const chunks: string[] = [];
  for (let at = 0; at < encoded.length; at += COOKIE_CHUNK_SIZE)
    chunks.push(encoded.slice(at, at + COOKIE_CHUNK_SIZE));
  if (chunks.length > MAX_CHUNKS) throw new RangeError('the session is too large for cookies.');
  const writes = new Map<string, string>();
  if (chunks.length === 1) writes.set(name, chunks[0]!);
  else chunks.forEach((chunk, index) => writes.set(`${name}.${index}`, chunk));
  const ours = new Set(sessionCookieNames(name));
  for (const cookie of present) if (ours.has(cookie) && !writes.has(cookie)) writes.set(cookie, '');
  return [...writes].map(([cookie, cookieValue]) => ({ name: cookie, value: cookieValue }));
}

/** The stored value from the cookies present (by name), or `null` when there is none or it is damaged. */
export function decodeSessionCookie(
  name: string,
  cookies: { get(name: string): string | undefined },
): string | null {
  const single = cookies.get(name);
  let encoded = single ?? '';
  if (!single) {
    for (let index = 0; index < MAX_CHUNKS; index++) {
      const chunk = cookies.get(`${name}.${index}`);
      if (!chunk) break;
      encoded += chunk;
    }
  }
  return encoded ? fromBase64Url(encoded) : null;
}
