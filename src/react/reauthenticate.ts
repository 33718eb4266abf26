/**
 * Account changes on the hosted service revoke the user's older refresh tokens and answer without
 * new ones (Firebase "Manage user sessions"; the SDK's docs say "No content"). These helpers prove
 * the user is present before a sensitive change and keep them signed in after it.
 */
import type { AuthApi, AuthSession, Session } from '../core/index.js';
import { AuthError } from '../core/errors.js';
import { signInWithEmail } from '../core/endpoints/emailPassword.js';

/** The signed-in session, or `not_signed_in`. */
export function currentSession(session: AuthSession): Session {
  const current = session.getSnapshot().session;
  if (!current) throw new AuthError('not_signed_in', 'No user is signed in.');
  return current;
}

/** Profile fields the token lacks (display name, photo) carry over from the session before. */
export function keepProfile(next: Session, previous: Session): Session {
  if (next.user.uid !== previous.user.uid) return next;
  return {
    ...next,
    user: {
      ...next.user,
      displayName: next.user.displayName ?? previous.user.displayName,
      photoUrl: next.user.photoUrl ?? previous.user.photoUrl,
    },
  };
}

/**
 * Signs in with `email` and `password` and checks that it is the same user: a re-authentication
 * before a sensitive change, or the way back in after a change revoked the refresh tokens.
 */
export async function signInAsSameUser(
  client: AuthApi,
  previous: Session,
  email: string,
  password: string,
): Promise<Session> {
  const { session: next } = await signInWithEmail(client, {
    email,
    password,
  });
  if (next.user.uid !== previous.user.uid) {
    throw new AuthError(
      'permission_denied',
      'Signing in again returned a different user than the one signed in.',
    );
  }
  return keepProfile(next, previous);
}

/** Re-authentication with the current password: a fresh session of the signed-in user. */
export async function reauthenticate(
  client: AuthApi,
  session: AuthSession,
  password: string,
): Promise<Session> {
  const current = currentSession(session);
  if (!current.user.email) {
    throw new AuthError(
      'missing_fields',
      'This user has no email, so there is no password to confirm: re-authenticate through the sign-in provider.',
    );
  }
  return signInAsSameUser(client, current, current.user.email, password);
}
