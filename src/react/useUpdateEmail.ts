import type { UseMutationResult } from '@tanstack/react-query';
import type { AcknowledgementResult, AuthError, Session } from '../core/index.js';
import { isAuthError } from '../core/errors.js';
import { currentSession, reauthenticate, signInAsSameUser } from './reauthenticate.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { updateEmail } from '../core/endpoints/accountChanges.js';

export interface UpdateEmailInput {
  email: string;
  /**
   * The current password. It re-authenticates the user before the change and signs them in again
   * with the new email after it, so the session survives. Without it the session ends with reason
   * `emailChanged` (the change revokes the refresh tokens): the user signs in with the new email.
   */
  password?: string;
}

export interface UpdateEmailResult extends AcknowledgementResult {
  /** The session signed in with the new email, or `null` when the hook signed out (`emailChanged`). */
  session: Session | null;
  /** Why signing in with the new email failed after the change succeeded (the user was signed out). */
  signInError: AuthError | null;
}

export type UseUpdateEmailOptions = AuthMutationOptions<UpdateEmailResult, UpdateEmailInput>;
export type UseUpdateEmailResult = UseMutationResult<
  UpdateEmailResult,
  AuthError,
  UpdateEmailInput
>;

/**
 * Changes the signed-in user's email. With `password`: signs in with the current email and that
 * password first (a wrong password fails here, nothing changed), sends the change with that fresh
 * token, then signs in with the new email and replaces the session (`userUpdated`). Without it:
 * sends the change with the current token and signs out with reason `emailChanged`.
 * @example const updateEmail = useUpdateEmail(); await updateEmail.mutateAsync({ email: 'new@example.com', password })
 */
export function useUpdateEmail(options?: UseUpdateEmailOptions): UseUpdateEmailResult {
  return useAuthMutation(
    'useUpdateEmail',
    'authenticated',
    async ({ email, password }: UpdateEmailInput, { client, session }) => {
      if (password === undefined) {
        const result = await session.withIdToken((idToken) =>
          updateEmail(client, { email }, { idToken }),
        );
        session.signOut('emailChanged');
        return { ...result, session: null, signInError: null };
      }
      const before = currentSession(session);
      const fresh = await reauthenticate(client, session, password);
      const result = await updateEmail(client, { email }, { idToken: fresh.idToken });
      try {
        const next = await signInAsSameUser(client, before, email, password);
        session.setSession(next, 'userUpdated');
        return { ...result, session: next, signInError: null };
      } catch (error) {
        // The email did change: the old session's refresh token is revoked, so it ends here.
        session.signOut('emailChanged');
        if (!isAuthError(error)) throw error;
        return { ...result, session: null, signInError: error };
      }
    },
    options,
  );
}
