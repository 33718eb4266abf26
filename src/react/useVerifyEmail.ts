import type { UseMutationResult } from '@tanstack/react-query';
import type { AcknowledgementResult, AuthError } from '../core/index.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { verifyEmail } from '../core/endpoints/emailActions.js';

export interface VerifyEmailInput {
  oobCode: string;
  uid: string;
}
export type UseVerifyEmailOptions = AuthMutationOptions<AcknowledgementResult, VerifyEmailInput>;
export type UseVerifyEmailResult = UseMutationResult<
  AcknowledgementResult,
  AuthError,
  VerifyEmailInput
>;

/**
 * Confirms an email address with the mailed code. When the verified account is the signed-in
 * one, the id token is refreshed so `user.emailVerified` and the `email_verified` claim turn
 * true without a new sign-in (the store emits `userUpdated`).
 * @example
 * const verify = useVerifyEmail()
 * useEffect(() => { const { oobCode, uid } = parseEmailActionLink(location.href); if (oobCode && uid) verify.mutate({ oobCode, uid }) }, [])
 */
export function useVerifyEmail(options?: UseVerifyEmailOptions): UseVerifyEmailResult {
  return useAuthMutation(
    'useVerifyEmail',
    'public',
    async (input: VerifyEmailInput, { client, session }) => {
      const result = await verifyEmail(client, input);
      const current = session.getSnapshot();
      if (current.status === 'signedIn' && current.session?.user.uid === input.uid) {
        const refreshed = await session.refresh();
        session.setSession(refreshed, 'userUpdated');
      }
      return result;
    },
    options,
  );
}
