import type { UseMutationResult } from '@tanstack/react-query';
import type { AuthError, PasswordUpdatedResult } from '../core';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation';

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
 * Changes the signed-in user's password. The change revokes every older refresh token, so the
 * session the API returns replaces the stored one (`tokenRefreshed`); other tabs pick it up
 * through the session engine's cross-tab sync instead of being signed out.
 * @example const update = useUpdatePassword(); await update.mutateAsync({ oldPassword, newPassword })
 */
export function useUpdatePassword(options?: UseUpdatePasswordOptions): UseUpdatePasswordResult {
  return useAuthMutation(
    'useUpdatePassword',
    'authenticated',
    async (input: UpdatePasswordInput, { client, session }) => {
      const result = await session.withIdToken((idToken) =>
        client.updatePassword(input, { idToken }),
      );
      // The response has no profile fields: keep the ones the user already had.
      const previous = session.getSnapshot().session?.user;
      const next =
        previous?.uid === result.session.user.uid
          ? {
              ...result.session,
              user: {
                ...result.session.user,
                displayName: result.session.user.displayName ?? previous.displayName,
                photoUrl: result.session.user.photoUrl ?? previous.photoUrl,
              },
            }
          : result.session;
      session.setSession(next, 'tokenRefreshed');
      return { ...result, session: next };
    },
    options,
  );
}
