/**
 * The kit's one camelCase shape of a signed-in user, whatever endpoint produced it.
 * `expiresAt` is an absolute local time computed at receipt from `expiresIn`, so a skewed
 * device clock does not make a fresh token look expired.
 */
import { decodeJwt } from 'jose';
import type { IdpSignInData, PasswordUpdatedData, RefreshData, SessionData } from './wire';

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

/** Decoded claims of an id token, or an empty object for a token that cannot be decoded. */
export function decodeClaims(idToken: string): IdTokenClaims {
  try {
    return decodeJwt(idToken) as IdTokenClaims;
  } catch {
    return {};
  }
}

function expiresAtFrom(expiresIn: string | number, receivedAt: number): number {
  return receivedAt + Number(expiresIn) * 1000;
}

export function sessionFromSignIn(data: SessionData, receivedAt: number): Session {
  const claims = decodeClaims(data.idToken);
  return {
    user: {
      uid: data.uid,
      email: data.email,
      emailVerified: data.emailVerified,
      signInProvider: claims.firebase?.sign_in_provider ?? 'password',
      displayName: null,
      photoUrl: null,
    },
    idToken: data.idToken,
    refreshToken: data.refreshToken,
    expiresAt: expiresAtFrom(data.expiresIn, receivedAt),
  };
}

export function sessionFromIdp(data: IdpSignInData, receivedAt: number): Session {
  return {
    user: {
      uid: data.localId,
      email: data.email || null,
      emailVerified: data.emailVerified,
      signInProvider: data.providerId,
      displayName: data.displayName || data.fullName || null,
      photoUrl: data.photoUrl || null,
    },
    idToken: data.idToken,
    refreshToken: data.refreshToken,
    expiresAt: expiresAtFrom(data.expiresIn, receivedAt),
  };
}

/**
 * token/refresh returns only tokens (snake_case); the user's fields come from the new token's
 * claims, so an email change made elsewhere shows up here. Profile fields the token lacks are
 * carried over from the previous session.
 */
export function sessionFromRefresh(data: RefreshData, receivedAt: number, previous?: Session): Session {
  const claims = decodeClaims(data.id_token);
  return {
    user: {
      uid: data.user_id,
      email: claims.email ?? previous?.user.email ?? null,
      emailVerified: claims.email_verified ?? previous?.user.emailVerified ?? false,
      signInProvider: claims.firebase?.sign_in_provider ?? previous?.user.signInProvider ?? 'password',
      displayName: previous?.user.displayName ?? null,
      photoUrl: previous?.user.photoUrl ?? null,
    },
    idToken: data.id_token,
    refreshToken: data.refresh_token,
    expiresAt: expiresAtFrom(data.expires_in, receivedAt),
  };
}

export function sessionFromPasswordUpdate(data: PasswordUpdatedData, receivedAt: number, previous?: Session): Session {
  const claims = decodeClaims(data.idToken);
  return {
    user: {
      uid: data.uid,
      email: data.email,
      emailVerified: claims.email_verified ?? previous?.user.emailVerified ?? false,
      signInProvider: claims.firebase?.sign_in_provider ?? previous?.user.signInProvider ?? 'password',
      displayName: previous?.user.displayName ?? null,
      photoUrl: previous?.user.photoUrl ?? null,
    },
    idToken: data.idToken,
    refreshToken: data.refreshToken,
    expiresAt: expiresAtFrom(data.expiresIn, receivedAt),
  };
}
