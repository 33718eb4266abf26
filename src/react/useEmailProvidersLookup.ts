import type { EmailProvidersResult } from '../core';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation';

/**
 * The sign-in methods of an email, looked up on demand: a mutation for an identifier-first
 * "Continue" step, where `useEmailProviders` (a query that runs by itself as the email changes)
 * does not fit. Network failures are retried twice, like the query. Used by `SignInForm`.
 */
export function useEmailProvidersLookup(
  options?: AuthMutationOptions<EmailProvidersResult, { email: string }>,
) {
  return useAuthMutation(
    'useEmailProvidersLookup',
    'public',
    ({ email }: { email: string }, { client }) =>
      client.fetchEmailProviders({ email: email.trim() }),
    { retry: (failureCount, error) => error.retryable && failureCount < 2, ...options },
  );
}
