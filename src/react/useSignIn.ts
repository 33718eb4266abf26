import type { UseMutationResult } from '@tanstack/react-query';
import type { AuthError, Credentials, SessionResult } from '../core/index.js';
import type { AuthContextValue } from './AuthContext.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { signInWithEmail } from '../core/endpoints/emailPassword.js';

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
  return useAuthMutation('useSignIn', 'public', signIn, options);
}

/** What `useSignIn` runs (and `SignInForm`, without react-query): sign in, then store the session. */
export async function signIn(
  input: Credentials,
  { client, session }: AuthContextValue,
): Promise<SessionResult> {
  const result = await signInWithEmail(client, input);
  session.setSession(result.session, 'signedIn');
  return result;
}
