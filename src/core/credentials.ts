/**
 * The credentials record: the kit's one camelCase shape of a signed-in user and their tokens,
 * whatever endpoint produced it. Its public type keeps the name `Session`; inside the kit,
 * "credentials" is the record, "session engine" is `createAuthSession` (src/core/session/),
 * and the emulator's OAuth sessions are its own business.
 * `expiresAt` is an absolute local time computed at receipt from `expiresIn`, so a skewed
 * device clock does not make a fresh token look expired; the engine's server clock
 * (session/serverClock.ts) also checks it against the token's own `exp`.
 */
import { fromBase64Url } from './base64url.js';
import type { AccountTokensData, RefreshData, SessionData } from './wire.js';

/** Claims of a Deskree (Google Identity Platform) id token. */
export interface IdTokenClaims {
  iss?: string;
  aud?: string | string[];
  sub?: string;
  user_id?: string;
  iat?: number;
  exp?: number;
  auth_time?: number;
  email?: string;
  email_verified?: boolean;
  firebase?: { identities?: Record<string, unknown[]>; sign_in_provider?: string };
  [claim: string]: unknown;
}

export interface AuthUser {
  uid: string;
  email: string | null;
  emailVerified: boolean;
  /** `password`, `google.com`, `facebook.com` or `github.com`. */
  signInProvider: string;
  displayName: string | null;
  photoUrl: string | null;
}

export interface Session {
  user: AuthUser;
  idToken: string;
  refreshToken: string;
  /** Epoch milliseconds (local clock) at which the id token stops being accepted. */
  expiresAt: number;
}

/**
 * Decoded claims of an id token, or an empty object for a token that cannot be decoded. Not a
 * verification (the server entry verifies with jose): only reading the payload, which is why the
 * browser does it itself instead of shipping jose's decoder (~0.6 kB gzip) on every page.
 */
export function decodeClaims(idToken: string): IdTokenClaims {
  try {
    const parts = idToken.split('.');
    if (parts.length !== 3) return {};
    const json = fromBase64Url(parts[1]!);
    if (json === null) return {};
    const claims: unknown = JSON.parse(json);
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as IdTokenClaims)
      : {};
  } catch {
    // Not a JWT, not base64url, not UTF-8 or not JSON: no claims to read.
    return {};
  }
}

/** The token fields of an answer, whichever casing the endpoint used. */
interface Tokens {
  idToken: string;
  refreshToken: string;
  expiresIn: string | number;
}

export function sessionFromTokens(user: AuthUser, tokens: Tokens, receivedAt: number): Session {
  return {
    user,
    idToken: tokens.idToken,
    refreshToken: tokens.refreshToken,
    expiresAt: receivedAt + Number(tokens.expiresIn) * 1000,
  };
}

/**
 * The user an id token describes. Answers that return only tokens (token/refresh) take the email
 * from the claims, so an email change made elsewhere shows up; profile fields the token lacks
 * are carried over from the previous session.
 */
export function userFromToken(
  uid: string,
  idToken: string,
  email?: string,
  previous?: AuthUser,
): AuthUser {
  const claims = decodeClaims(idToken);
  return {
    uid,
    email: email ?? claims.email ?? previous?.email ?? null,
    emailVerified: claims.email_verified ?? previous?.emailVerified ?? false,
    signInProvider: claims.firebase?.sign_in_provider ?? previous?.signInProvider ?? 'password',
    displayName: previous?.displayName ?? null,
    photoUrl: previous?.photoUrl ?? null,
  };
}

export function sessionFromSignIn(data: SessionData, receivedAt: number): Session {
  return sessionFromTokens(
    { ...userFromToken(data.uid, data.idToken, data.email), emailVerified: data.emailVerified },
    data,
    receivedAt,
  );
}

/**
 * An account-change answer that carries tokens (the hosted service sends none; see wire.ts) as a
 * session; the user id comes from the answer or the token's claims. `null` without a user id.
 */
export function sessionFromAccountTokens(
  data: AccountTokensData,
  receivedAt: number,
): Session | null {
  const claims = decodeClaims(data.idToken);
  const uid = data.uid ?? data.localId ?? claims.user_id ?? claims.sub;
  if (!uid) return null;
  return sessionFromTokens(userFromToken(uid, data.idToken, data.email), data, receivedAt);
}

/** token/refresh returns only tokens, in snake_case. */
export function sessionFromRefresh(
  data: RefreshData,
  receivedAt: number,
  previous?: Session,
): Session {
  const user = userFromToken(data.user_id, data.id_token, undefined, previous?.user);
  return sessionFromTokens(
    user,
    { idToken: data.id_token, refreshToken: data.refresh_token, expiresIn: data.expires_in },
    receivedAt,
  );
}
