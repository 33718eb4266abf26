import type { UseMutationResult } from '@tanstack/react-query';
import type { AcknowledgementResult, AuthError } from '../core';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation';

export interface UpdateEmailInput {
  email: string;
}
export type UseUpdateEmailOptions = AuthMutationOptions<AcknowledgementResult, UpdateEmailInput>;
export type UseUpdateEmailResult = UseMutationResult<
  AcknowledgementResult,
  AuthError,
  UpdateEmailInput
>;

/**
 * Changes the signed-in user's email, then refreshes the id token so its claims (and `user.email`)
 * carry the new address (the store emits `userUpdated`). Runs through `withIdToken`: an expired
 * token is refreshed once and the call retried once.
 * @example const updateEmail = useUpdateEmail(); await updateEmail.mutateAsync({ email: 'new@example.com' })
 */
export function useUpdateEmail(options?: UseUpdateEmailOptions): UseUpdateEmailResult {
  return useAuthMutation(
    'useUpdateEmail',
    'authenticated',
    async (input: UpdateEmailInput, { client, session }) => {
      const result = await session.withIdToken((idToken) => client.updateEmail(input, { idToken }));
      const refreshed = await session.refresh();
      session.setSession(refreshed, 'userUpdated');
      return result;
    },
    options,
  );
}
