/**
 * Keeps the session in first-party cookies, so the server sees who is signed in on the very first
 * request (`deskree-auth-react/server` reads them). `SameSite=Lax`, `Path=/`, `Secure` on https,
 * split into chunks under 4 KB, rewritten on every refresh (the engine writes on every change) and
 * deleted on sign-out; other tabs hear of the sign-out through the engine's BroadcastChannel.
 *
 * Security: like localStorage the cookie is readable by the page's scripts (it is not `HttpOnly`,
 * the client must refresh tokens), and unlike localStorage it is also sent with every request to
 * this origin. `SameSite=Lax` keeps it off cross-site subrequests and form posts.
 */
import { parseCookieHeader, serializeCookie } from '../cookies/cookieHeader.js';
import {
  cookieNameFor,
  decodeSessionCookie,
  encodeSessionCookie,
  sessionCookieAttributes,
} from '../cookies/sessionCookie.js';
import type { StorageAdapter } from './storage.js';

export interface CookieStorageOptions {
  /** Seconds the browser keeps the cookie. Default 400 days (the session ends by sign-out, not by age). */
  maxAgeSeconds?: number;
  /** `Domain` attribute, to share the session with subdomains. Default: this host only. */
  domain?: string;
  /** Where the cookies live. Default: `document` (the cookie jar of this page). */
  document?: { cookie: string };
  /** Whether to add `Secure`. Default: when the page is served over https. */
  secure?: boolean;
}

/**
 * A storage adapter over `document.cookie`. The key names the cookie (`deskree-auth:session` →
 * `deskree-auth-session`); the engine's JSON is stored base64url-encoded and chunked.
 * Synchronous, so a server-rendered page can start with the stored tokens (see `initialAuth`).
 *
 * @example
 * createAuthSession({ client, storage: cookieStorageAdapter() })
 * // or, in React: <CookieAuthProvider …>
 */
export function cookieStorageAdapter(options: CookieStorageOptions = {}): StorageAdapter {
  const jar = () => {
    const target = options.document ?? (typeof document === 'undefined' ? null : document);
    if (!target) throw new Error('cookies are not available in this environment.');
    return target;
  };
  const secure = () =>
    options.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
  const write = (key: string, value: string | null) => {
    const target = jar();
    const present = parseCookieHeader(target.cookie).keys();
    const attributes = sessionCookieAttributes(secure(), options.maxAgeSeconds);
    if (options.domain) attributes.domain = options.domain;
    for (const cookie of encodeSessionCookie(cookieNameFor(key), value, present)) {
      const deleting = cookie.value === '';
      target.cookie = serializeCookie(
        cookie.name,
        cookie.value,
        deleting ? { ...attributes, maxAge: 0 } : attributes,
      );
    }
  };
  return {
    getItem: (key) => decodeSessionCookie(cookieNameFor(key), parseCookieHeader(jar().cookie)),
    setItem: (key, value) => write(key, value),
    removeItem: (key) => write(key, null),
  };
}
