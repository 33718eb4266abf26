import type { UseMutationResult } from '@tanstack/react-query';
import type { AuthError, PasswordUpdatedResult } from '../core/index.js';
import { currentSession, keepProfile, signInAsSameUser } from './reauthenticate.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { updatePassword } from '../core/endpoints/accountChanges.js';

export interface UpdatePasswordInput {
  oldPassword: string;
  newPassword: string;
}
export type UseUpdatePasswordOptions = AuthMutationOptions<
  PasswordUpdatedResult,
  UpdatePasswordInput
>;
export type UseUpdatePasswordResult = UseMutationResult<
  PasswordUpdatedResult,
  AuthError,
  UpdatePasswordInput
>;

/**
 * Changes the signed-in user's password and keeps them signed in. The change revokes every older
 * refresh token and the hosted service answers with no tokens, so the hook signs in again with the
 * user's email and the new password and replaces the session (`tokenRefreshed`); other tabs follow
 * through the session engine. An answer that does carry tokens is used instead. `session` in the
 * result is the new session.
 * @example const update = useUpdatePassword(); await update.mutateAsync({ oldPassword, newPassword })
 */
export function useUpdatePassword(options?: UseUpdatePasswordOptions): UseUpdatePasswordResult {
  return useAuthMutation(
    'useUpdatePassword',
    'authenticated',
    async (input: UpdatePasswordInput, { client, session }) => {
      const before = currentSession(session);
      const result = await session.withIdToken((idToken) =>
        updatePassword(client, input, { idToken }),
      );
      const email = before.user.email;
      const next = result.session
        ? keepProfile(result.session, before)
        : email
          ? await signInAsSameUser(client, before, email, input.newPassword)
          : null;
      // Without an email there is no way back in with the password: the old session would die at
      // its next refresh anyway, so it ends now with the reason that says why.
      if (next) session.setSession(next, 'tokenRefreshed');
      else session.signOut('refreshTokenRevoked');
      return { ...result, session: next };
    },
    options,
  );
}
