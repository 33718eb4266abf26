import type { UseMutationResult } from '@tanstack/react-query';
import type { AcknowledgementResult, AuthError } from '../core';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation';

export type UseDeleteAccountOptions = AuthMutationOptions<AcknowledgementResult, void>;
export type UseDeleteAccountResult = UseMutationResult<AcknowledgementResult, AuthError, void>;

/**
 * Deletes the signed-in user's account, then signs out with reason `accountDeleted`
 * (authenticated queries are removed by the provider).
 * @example const remove = useDeleteAccount(); await remove.mutateAsync()
 */
export function useDeleteAccount(options?: UseDeleteAccountOptions): UseDeleteAccountResult {
  return useAuthMutation(
    'useDeleteAccount',
    'authenticated',
    async (_input: void, { client, session }) => {
      const result = await session.withIdToken((idToken) => client.deleteAccount({ idToken }));
      session.signOut('accountDeleted');
      return result;
    },
    options,
  );
}
