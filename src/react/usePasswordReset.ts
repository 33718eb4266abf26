import type { UseMutationResult } from '@tanstack/react-query';
import type { AcknowledgementResult, AuthError } from '../core/index.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { sendPasswordReset } from '../core/endpoints/emailActions.js';

export interface PasswordResetInput {
  email: string;
}
export type UsePasswordResetOptions = AuthMutationOptions<
  AcknowledgementResult,
  PasswordResetInput
>;
export type UsePasswordResetResult = UseMutationResult<
  AcknowledgementResult,
  AuthError,
  PasswordResetInput
>;

/**
 * Mails a password-reset link (`?oobCode=...`) to the address.
 * @example const reset = usePasswordReset(); await reset.mutateAsync({ email })
 */
export function usePasswordReset(options?: UsePasswordResetOptions): UsePasswordResetResult {
  return useAuthMutation(
    'usePasswordReset',
    'public',
    (input: PasswordResetInput, { client }) => sendPasswordReset(client, input),
    options,
  );
}
