import type { UseMutationResult } from '@tanstack/react-query';
import { AuthError } from '../core/errors';
import type { AcknowledgementResult, SessionResult } from '../core';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation';

export interface InviteAcceptInput {
  oobCode: string;
  uid: string;
  newPassword: string;
  /** Sign in with the invitation's email and the new password right after. Overrides the hook option. */
  signInAfter?: boolean;
}

export interface InviteAcceptResult extends AcknowledgementResult {
  /** Present when `signInAfter` was set: the user is now signed in. */
  signIn: SessionResult | null;
}

export type UseInviteAcceptOptions = AuthMutationOptions<InviteAcceptResult, InviteAcceptInput> & {
  /** Default for `signInAfter`. Default `false`. */
  signInAfter?: boolean;
};
export type UseInviteAcceptResult = UseMutationResult<
  InviteAcceptResult,
  AuthError,
  InviteAcceptInput
>;

/**
 * Accepts an invitation by choosing a password; optionally signs in right away (the API answers
 * with the account's email, so no second form is needed).
 * @example
 * const accept = useInviteAccept({ signInAfter: true })
 * const { oobCode, uid } = parseEmailActionLink(location.href)
 * await accept.mutateAsync({ oobCode, uid, newPassword })
 */
export function useInviteAccept(options?: UseInviteAcceptOptions): UseInviteAcceptResult {
  const { signInAfter: signInAfterDefault = false, ...mutationOptions } = options ?? {};
  return useAuthMutation(
    'useInviteAccept',
    'public',
    async (
      { signInAfter = signInAfterDefault, ...input }: InviteAcceptInput,
      { client, session },
    ) => {
      const accepted = await client.verifyInvite(input);
      if (!signInAfter) return { ...accepted, signIn: null };
      const email = accepted.raw.email;
      if (!email) {
        throw new AuthError(
          'invalid_response',
          'The invitation was accepted, but the API did not say for which email, so signing in is not possible.',
        );
      }
      const signIn = await client.signInWithEmail({ email, password: input.newPassword });
      session.setSession(signIn.session, 'signedIn');
      return { ...accepted, signIn };
    },
    mutationOptions,
  );
}
