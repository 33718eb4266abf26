import type { UseMutationResult } from '@tanstack/react-query';
import { AuthError } from '../core/errors.js';
import type { AcknowledgementResult, SessionResult } from '../core/index.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { verifyInvite } from '../core/endpoints/emailActions.js';
import { signInWithEmail } from '../core/endpoints/emailPassword.js';

export interface InviteAcceptInput {
  oobCode: string;
  uid: string;
  newPassword: string;
  /** Sign in with `email` and the new password right after. Overrides the hook option. */
  signInAfter?: boolean;
  /**
   * The invitee's email, needed by `signInAfter`: the service's answer does not carry it. Ask the
   * user, or read it from an `email` parameter your invitation link adds.
   */
  email?: string;
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
 * Accepts an invitation by choosing a password; optionally signs in right away with the `email`
 * the caller gives (the service answers with no content, so the email never comes from it).
 * `signInAfter` without `email` fails with `missing_fields` before the code is spent.
 * @example
 * const accept = useInviteAccept({ signInAfter: true })
 * const { oobCode, uid } = parseEmailActionLink(location.href)
 * await accept.mutateAsync({ oobCode, uid, newPassword, email })
 */
export function useInviteAccept(options?: UseInviteAcceptOptions): UseInviteAcceptResult {
  const { signInAfter: signInAfterDefault = false, ...mutationOptions } = options ?? {};
  return useAuthMutation(
    'useInviteAccept',
    'public',
    async (
      { signInAfter = signInAfterDefault, email, ...input }: InviteAcceptInput,
      { client, session },
    ) => {
      const signInEmail = email?.trim();
      // Checked first: a failure after the call would leave a spent code and no way to sign in.
      if (signInAfter && !signInEmail) {
        throw new AuthError(
          'missing_fields',
          "useInviteAccept: signInAfter needs the invitee's `email` (the service does not return it).",
        );
      }
      const accepted = await verifyInvite(client, input);
      if (!signInAfter || !signInEmail) return { ...accepted, signIn: null };
      const signIn = await signInWithEmail(client, {
        email: signInEmail,
        password: input.newPassword,
      });
      session.setSession(signIn.session, 'signedIn');
      return { ...accepted, signIn };
    },
    mutationOptions,
  );
}
