import type { UseMutationResult } from '@tanstack/react-query';
import type { AuthError, Credentials, SessionResult } from '../core/index.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { signUp } from '../core/endpoints/emailPassword.js';

export type UseSignUpOptions = AuthMutationOptions<SessionResult, Credentials>;
export type UseSignUpResult = UseMutationResult<SessionResult, AuthError, Credentials>;

/**
 * Creates an email/password account and signs it in (the API returns a session right away).
 * @example
 * const signUp = useSignUp()
 * await signUp.mutateAsync({ email, password }) // error.code: 'email_exists' | 'weak_password' | ...
 */
export function useSignUp(options?: UseSignUpOptions): UseSignUpResult {
  return useAuthMutation(
    'useSignUp',
    'public',
    async (input: Credentials, { client, session }) => {
      const result = await signUp(client, input);
      session.setSession(result.session, 'signedIn');
      return result;
    },
    options,
  );
}
