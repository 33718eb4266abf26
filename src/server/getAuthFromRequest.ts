/**
 * Who sent a request: the bearer token if there is one, else the session cookie. Verified locally
 * (no network call per request once the keys are cached).
 */
import { isAuthError } from '../core/errors.js';
import type { InitialAuth } from '../core/initialAuth.js';
import type { AuthUser, IdTokenClaims, Session } from '../core/credentials.js';
import type { ServerAuthOptions } from './options.js';
import { bearerToken, cookieSession, type RequestLike } from './requestCredentials.js';
import { verifyIdToken, type VerifiedIdToken } from './verifyIdToken.js';

/** A verified caller. `idToken` is for calling the API on the user's behalf: never render it. */
export interface ServerAuth {
  user: AuthUser;
  claims: IdTokenClaims;
  idToken: string;
  /** Epoch ms at which the id token expires (its `exp`). */
  expiresAt: number;
}

/**
 * The user for a verified token. Profile fields the token does not carry (display name, photo)
 * come from the stored session of the same user, as on the client.
 */
export function serverAuthFrom(
  verified: VerifiedIdToken,
  idToken: string,
  stored: Session | null,
): ServerAuth {
  const previous = stored?.user.uid === verified.uid ? stored.user : null;
  const { claims } = verified;
  return {
    user: {
      uid: verified.uid,
      email: verified.email,
      emailVerified: verified.emailVerified,
      signInProvider: verified.signInProvider,
      displayName: previous?.displayName ?? (typeof claims.name === 'string' ? claims.name : null),
      photoUrl: previous?.photoUrl ?? (typeof claims.picture === 'string' ? claims.picture : null),
    },
    claims,
    idToken,
    expiresAt: (claims.exp ?? 0) * 1000,
  };
}

type Outcome = { auth: ServerAuth } | { auth: null; expired: boolean; stored: Session | null };

/** Verifies the request's credentials and says whether a failure was only an expired token. */
export async function authenticate(
  request: RequestLike,
  options: ServerAuthOptions,
): Promise<Outcome> {
  const bearer = bearerToken(request);
  const stored = bearer ? null : cookieSession(request, options.storageKey);
  const idToken = bearer ?? stored?.idToken;
  if (!idToken) return { auth: null, expired: false, stored };
  try {
    return { auth: serverAuthFrom(await verifyIdToken(idToken, options), idToken, stored) };
  } catch (error) {
    if (!isAuthError(error)) throw error;
    if (error.code !== 'token_expired' && error.code !== 'unauthenticated') throw error;
    return { auth: null, expired: error.code === 'token_expired', stored };
  }
}

/**
 * The signed-in user of a request, from `Authorization` / `x-authorization` (`Bearer …`) or the
 * session cookie (`CookieAuthProvider`); `null` when there are no credentials or they are invalid or
 * expired. Network failures fetching the keys are thrown (`network`), not taken for "signed out".
 *
 * @example
 * // A route handler that answers only signed-in users:
 * const auth = await getAuthFromRequest(request, { projectId: 'deskree-abc12' })
 * if (!auth) return new Response('Unauthorized', { status: 401 })
 * return Response.json({ email: auth.user.email })
 */
export async function getAuthFromRequest(
  request: RequestLike,
  options: ServerAuthOptions,
): Promise<ServerAuth | null> {
  return (await authenticate(request, options)).auth;
}

/**
 * What `CookieAuthProvider`'s `initialAuth` needs, without any token: the user and the claims when the
 * request is signed in, `null` when it is not, and `undefined` when the server cannot tell (the id
 * token in the cookie expired and only the browser will refresh it; the page then renders
 * `loading` rather than signing the user out). Refresh first (`refreshAuthCookies` in middleware)
 * to get a definite answer.
 *
 * @example
 * // app/layout.tsx (Next.js):
 * const initialAuth = await getInitialAuth({ headers: await headers() }, authOptions)
 * return <CookieAuthProvider initialAuth={initialAuth} …>{children}</CookieAuthProvider>
 */
export async function getInitialAuth(
  request: RequestLike,
  options: ServerAuthOptions,
): Promise<InitialAuth | null | undefined> {
  const outcome = await authenticate(request, options);
  if (outcome.auth) return toInitialAuth(outcome.auth);
  return outcome.expired && outcome.stored ? undefined : null;
}

/** The token-free part of a `ServerAuth`, safe to serialize into a page. */
export function toInitialAuth(auth: ServerAuth): InitialAuth {
  return { user: auth.user, claims: auth.claims };
}
