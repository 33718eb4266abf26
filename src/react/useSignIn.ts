import type { UseMutationResult } from '@tanstack/react-query';
import type { AuthError, Credentials, SessionResult } from '../core';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation';

export type UseSignInOptions = AuthMutationOptions<SessionResult, Credentials>;
export type UseSignInResult = UseMutationResult<SessionResult, AuthError, Credentials>;

/**
 * Email/password sign-in. The session is in the store before `mutateAsync` resolves.
 * @example
 * const signIn = useSignIn()
 * signIn.mutate({ email, password })
 * if (signIn.error?.code === 'invalid_password') showHint()
 */
export function useSignIn(options?: UseSignInOptions): UseSignInResult {
  return useAuthMutation(
    'useSignIn',
    'public',
    async (input: Credentials, { client, session }) => {
      const result = await client.signInWithEmail(input);
      session.setSession(result.session, 'signedIn');
      return result;
    },
    options,
  );
}
