import type { UseMutationResult } from '@tanstack/react-query';
import type { AcknowledgementResult, AuthError } from '../core/index.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { inviteUser } from '../core/endpoints/emailActions.js';

export interface InviteInput {
  email: string;
}
export type UseInviteOptions = AuthMutationOptions<AcknowledgementResult, InviteInput>;
export type UseInviteResult = UseMutationResult<AcknowledgementResult, AuthError, InviteInput>;

/**
 * Creates an account for the address and mails it an invitation link (`?oobCode=...&uid=...`).
 * @example const invite = useInvite(); await invite.mutateAsync({ email: 'new.colleague@example.com' })
 */
export function useInvite(options?: UseInviteOptions): UseInviteResult {
  return useAuthMutation(
    'useInvite',
    'public',
    (input: InviteInput, { client }) => inviteUser(client, input),
    options,
  );
}
