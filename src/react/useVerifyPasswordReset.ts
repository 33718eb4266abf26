import type { UseMutationResult } from '@tanstack/react-query';
import type { AcknowledgementResult, AuthError } from '../core/index.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { verifyPasswordReset } from '../core/endpoints/emailActions.js';

export interface VerifyPasswordResetInput {
  /** From the mailed link: `parseEmailActionLink(location.href).oobCode`. */
  oobCode: string;
  newPassword: string;
}
export type UseVerifyPasswordResetOptions = AuthMutationOptions<
  AcknowledgementResult,
  VerifyPasswordResetInput
>;
export type UseVerifyPasswordResetResult = UseMutationResult<
  AcknowledgementResult,
  AuthError,
  VerifyPasswordResetInput
>;

/**
 * Sets the new password with the mailed code. A used or expired code fails with
 * `invalid_oob_code` / `expired_oob_code`. The user is not signed in afterwards.
 * @example
 * const verify = useVerifyPasswordReset()
 * await verify.mutateAsync({ oobCode, newPassword })
 */
export function useVerifyPasswordReset(
  options?: UseVerifyPasswordResetOptions,
): UseVerifyPasswordResetResult {
  return useAuthMutation(
    'useVerifyPasswordReset',
    'public',
    (input: VerifyPasswordResetInput, { client }) => verifyPasswordReset(client, input),
    options,
  );
}
