/**
 * The server side of "stay signed in": when the session cookie's id token has expired but a
 * refresh token is there, refresh it through the API (`token/refresh` needs no secret) and hand
 * back the `Set-Cookie` lines, as `@supabase/ssr` does in middleware. Someone whose tab was closed
 * for an hour is then rendered signed in, not bounced to /sign-in.
 */
import { createAuthApi, resolveBaseUrl } from '../core/authApi.js';
import { refreshToken } from '../core/endpoints/tokenRefresh.js';
import { parseCookieHeader, serializeCookie } from '../core/cookies/cookieHeader.js';
import { encodeSessionCookie, sessionCookieAttributes } from '../core/cookies/sessionCookie.js';
import { isAuthError, type AuthErrorCode } from '../core/errors.js';
import { serializeSession } from '../core/session/persistedSession.js';
import type { Session } from '../core/credentials.js';
import {
  authenticate,
  serverAuthFrom,
  toInitialAuth,
  type ServerAuth,
} from './getAuthFromRequest.js';
import type { InitialAuth } from '../core/initialAuth.js';
import type { ServerAuthOptions } from './options.js';
import { sessionCookieNameFor, type RequestLike } from './requestCredentials.js';
import { verifyIdToken } from './verifyIdToken.js';

/** Refresh answers that mean the stored session is over for good: its cookies are deleted. */
const SESSION_OVER: ReadonlySet<AuthErrorCode> = new Set([
  'invalid_refresh_token',
  'refresh_token_revoked',
  'user_not_found',
  'user_disabled',
]);

export interface RefreshAuthCookiesResult {
  /** The request's user after any refresh, or `null`. */
  auth: ServerAuth | null;
  /** `Set-Cookie` values for the response (empty when nothing changed). */
  setCookie: string[];
  /**
   * A copy of the request's headers whose `Cookie` holds the refreshed session, for the code that
   * runs after the middleware in the same request (Next.js: `NextResponse.next({ request: { headers } })`).
   */
  requestHeaders: Headers;
  /** True when a refresh happened. */
  refreshed: boolean;
  /**
   * For `AuthProvider`'s `initialAuth` (no token): the user, `null` when signed out, `undefined` when
   * a transient failure left an expired session that only the browser can refresh now.
   */
  initialAuth: InitialAuth | null | undefined;
}

function requestHeadersWith(
  request: RequestLike,
  writes: Array<{ name: string; value: string }>,
): Headers {
  const headers = new Headers();
  const source = request.headers as unknown as { forEach?: Headers['forEach'] };
  source.forEach?.call(request.headers, (value: string, name: string) =>
    headers.append(name, value),
  );
  if (writes.length === 0) return headers;
  const cookies = parseCookieHeader(request.headers.get('cookie'));
  for (const { name, value } of writes) {
    if (value) cookies.set(name, value);
    else cookies.delete(name);
  }
  const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  if (cookie) headers.set('cookie', cookie);
  else headers.delete('cookie');
  return headers;
}

/**
 * Verifies the request's session and, when its id token has expired, refreshes it. Call it from
 * middleware / proxy or a loader, and send `setCookie` with the response. A revoked or deleted
 * session gets its cookies deleted; a transient failure (network, 5xx) changes nothing.
 *
 * @example
 * // Next.js proxy.ts (middleware.ts before Next 16):
 * const { auth, setCookie, requestHeaders } = await refreshAuthCookies(request, authOptions)
 * const response = auth || !request.nextUrl.pathname.startsWith('/dashboard')
 *   ? NextResponse.next({ request: { headers: requestHeaders } })
 *   : NextResponse.redirect(new URL('/sign-in', request.url))
 * for (const cookie of setCookie) response.headers.append('set-cookie', cookie)
 * return response
 */
export async function refreshAuthCookies(
  request: RequestLike,
  options: ServerAuthOptions,
): Promise<RefreshAuthCookiesResult> {
  const outcome = await authenticate(request, options);
  const unchanged = (auth: ServerAuth | null, unknown = false): RefreshAuthCookiesResult => ({
    auth,
    setCookie: [],
    requestHeaders: requestHeadersWith(request, []),
    refreshed: false,
    initialAuth: auth ? toInitialAuth(auth) : unknown ? undefined : null,
  });
  if (outcome.auth || !outcome.expired || !outcome.stored) return unchanged(outcome.auth);

  const now = options.now ?? Date.now;
  const stored = outcome.stored;
  const api = createAuthApi({
    baseUrl: resolveBaseUrl({ baseUrl: options.baseUrl, projectId: options.projectId }),
    fetch: options.fetch,
    now,
  });
  let session: Session | null;
  let auth: ServerAuth | null = null;
  try {
    ({ session } = await refreshToken(api, stored.refreshToken, { previous: stored }));
    auth = serverAuthFrom(await verifyIdToken(session.idToken, options), session.idToken, session);
  } catch (error) {
    if (!isAuthError(error) || !SESSION_OVER.has(error.code)) return unchanged(null, true);
    session = null;
  }

  const name = sessionCookieNameFor(options.storageKey);
  const present = parseCookieHeader(request.headers.get('cookie')).keys();
  const writes = encodeSessionCookie(name, session && serializeSession(session, now()), present);
  const url = request.url ? new URL(request.url) : null;
  const attributes = sessionCookieAttributes(url?.protocol === 'https:');
  return {
    auth,
    setCookie: writes.map(({ name: cookie, value }) =>
      serializeCookie(cookie, value, value ? attributes : { ...attributes, maxAge: 0 }),
    ),
    requestHeaders: requestHeadersWith(request, writes),
    refreshed: session !== null,
    initialAuth: auth ? toInitialAuth(auth) : null,
  };
}
