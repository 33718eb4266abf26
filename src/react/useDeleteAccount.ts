import type { UseMutationResult } from '@tanstack/react-query';
import type { AcknowledgementResult, AuthError } from '../core/index.js';
import { reauthenticate } from './reauthenticate.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { deleteAccount } from '../core/endpoints/accountChanges.js';

export interface DeleteAccountInput {
  /** The current password: the user signs in again before the deletion (re-authentication). */
  password?: string;
}

export type UseDeleteAccountOptions = AuthMutationOptions<
  AcknowledgementResult,
  DeleteAccountInput | void
>;
export type UseDeleteAccountResult = UseMutationResult<
  AcknowledgementResult,
  AuthError,
  DeleteAccountInput | void
>;

/**
 * Deletes the signed-in user's account, then signs out with reason `accountDeleted` on any success
 * answer (the service sends no content). With `password`, the user is re-authenticated first and
 * a wrong password deletes nothing.
 * @example const remove = useDeleteAccount(); await remove.mutateAsync({ password })
 */
export function useDeleteAccount(options?: UseDeleteAccountOptions): UseDeleteAccountResult {
  return useAuthMutation(
    'useDeleteAccount',
    'authenticated',
    async (input: DeleteAccountInput | void, { client, session }) => {
      const password = input ? input.password : undefined;
      const result =
        password === undefined
          ? await session.withIdToken((idToken) => deleteAccount(client, { idToken }))
          : await deleteAccount(client, {
              idToken: (await reauthenticate(client, session, password)).idToken,
            });
      session.signOut('accountDeleted');
      return result;
    },
    options,
  );
}
