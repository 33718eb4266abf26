import type { AuthError, EmailProvidersResult } from '../core/index.js';
import type { AuthContextValue } from './AuthContext.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { fetchEmailProviders } from '../core/endpoints/lookups.js';

/**
 * The sign-in methods of an email, looked up on demand: a mutation for an identifier-first
 * "Continue" step, where `useEmailProviders` (a query that runs by itself as the email changes)
 * does not fit. Network failures are retried twice, like the query. Used by `SignInForm`.
 */
export function useEmailProvidersLookup(
  options?: AuthMutationOptions<EmailProvidersResult, { email: string }>,
) {
  return useAuthMutation('useEmailProvidersLookup', 'public', lookupEmailProviders, {
    retry: retryNetworkTwice,
    ...options,
  });
}

/** What `useEmailProvidersLookup` runs (and `SignInForm`'s identifier-first step). */
export function lookupEmailProviders(
  { email }: { email: string },
  { client }: AuthContextValue,
): Promise<EmailProvidersResult> {
  return fetchEmailProviders(client, { email: email.trim() });
}

/** Network failures are tried again twice, like `useEmailProviders`. */
export const retryNetworkTwice = (failureCount: number, error: AuthError) =>
  error.retryable && failureCount < 2;
