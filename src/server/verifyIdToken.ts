/**
 * Checks a Deskree id token on a server, without a network call per request: Deskree runs on
 * Google Identity Platform, so its id tokens are Firebase ID tokens, checked the way Firebase
 * documents for third-party JWT libraries ("Verify ID tokens using a third-party JWT library").
 */
import { decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { AuthError } from '../core/errors.js';
import type { FetchLike } from '../core/http.js';
import type { IdTokenClaims } from '../core/credentials.js';
import { keyFor } from './jwksCache.js';

/** Google's public keys for Firebase / Identity Platform id tokens. */
export const GOOGLE_JWKS_URL =
  'https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com';

/** Seconds of clock difference tolerated on `exp`, `iat` and `auth_time`. */
export const DEFAULT_CLOCK_TOLERANCE_S = 5;

export interface VerifyIdTokenOptions {
  /**
   * The token's audience (`aud`): the Google project behind your Deskree project, e.g.
   * `deskree-abc12`. It can differ from your API subdomain; decode one of your id tokens (the
   * `aud` claim) to find it. The emulator's is `demo` unless started with `--project`.
   */
  projectId: string;
  /** Where the public keys are. Default Google's; the emulator's is `<origin>/emulator/v1/jwks.json`. */
  jwksUrl?: string;
  /** Clock in epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Seconds of tolerated clock skew. Default 5. */
  clockToleranceSeconds?: number;
  /** Fetch used for the keys (tests, custom agents). Default `globalThis.fetch`. */
  fetch?: FetchLike;
}

/** Who a verified id token belongs to. */
export interface VerifiedIdToken {
  uid: string;
  email: string | null;
  emailVerified: boolean;
  /** `password`, `google.com`, `facebook.com`, `github.com`… */
  signInProvider: string;
  /** Every claim of the token. */
  claims: IdTokenClaims;
}

function unauthenticated(reason: string, cause?: unknown): AuthError {
  return new AuthError('unauthenticated', `The id token is not valid: ${reason}.`, {
    status: 401,
    cause,
  });
}

/**
 * Verifies a Deskree (Firebase) id token: RS256 signature by a current Google key (`kid`), issuer
 * `https://securetoken.google.com/<projectId>`, audience `<projectId>`, `exp` in the future, `iat`
 * and `auth_time` in the past, `sub` non-empty and equal to `user_id`. Throws `AuthError` with
 * `token_expired` for an expired token and `unauthenticated` for anything else.
 *
 * @example
 * const user = await verifyIdToken(token, { projectId: 'deskree-abc12' })
 * // against the emulator:
 * await verifyIdToken(token, { projectId: 'demo', jwksUrl: 'http://127.0.0.1:9099/emulator/v1/jwks.json' })
 */
export async function verifyIdToken(
  idToken: string,
  options: VerifyIdTokenOptions,
): Promise<VerifiedIdToken> {
  const now = (options.now ?? Date.now)();
  const tolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_S;
  if (!options.projectId)
    throw new TypeError('verifyIdToken needs the `projectId` (the token audience).');

  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(idToken);
  } catch (cause) {
    throw unauthenticated('not a JWT', cause);
  }
  // Checked before any key lookup: `none` and HMAC tokens never get to choose a key.
  if (header.alg !== 'RS256') throw unauthenticated('algorithm is not RS256');
  if (typeof header.kid !== 'string' || !header.kid) throw unauthenticated('no key id');

  const key = await keyFor(options.jwksUrl ?? GOOGLE_JWKS_URL, header.kid, options.fetch, now);
  if (!key) throw unauthenticated('unknown key id');

  let claims: IdTokenClaims;
  try {
    ({ payload: claims } = await jwtVerify<IdTokenClaims>(idToken, key, {
      algorithms: ['RS256'],
      issuer: `https://securetoken.google.com/${options.projectId}`,
      audience: options.projectId,
      currentDate: new Date(now),
      clockTolerance: tolerance,
      requiredClaims: ['exp', 'iat', 'sub'],
    }));
  } catch (cause) {
    if (cause instanceof joseErrors.JWTExpired)
      throw new AuthError('token_expired', 'The id token has expired.', { status: 401, cause });
    const detail =
      cause instanceof joseErrors.JWTClaimValidationFailed ? `${cause.claim} claim` : 'signature';
    throw unauthenticated(`bad ${detail}`, cause);
  }

  const nowS = now / 1000 + tolerance;
  if (typeof claims.iat !== 'number' || claims.iat > nowS)
    throw unauthenticated('issued in the future');
  if (typeof claims.auth_time !== 'number' || claims.auth_time > nowS)
    throw unauthenticated('authenticated in the future');
  if (typeof claims.sub !== 'string' || claims.sub === '' || claims.sub !== claims.user_id)
    throw unauthenticated('subject does not match user_id');

  return {
    uid: claims.sub,
    email: typeof claims.email === 'string' ? claims.email : null,
    emailVerified: claims.email_verified === true,
    signInProvider: claims.firebase?.sign_in_provider ?? 'password',
    claims,
  };
}
