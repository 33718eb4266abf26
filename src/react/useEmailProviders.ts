import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { AuthError, EmailProvidersResult } from '../core/index.js';
import { useAuthContext } from './AuthContext.js';
import { useAuthQueryClient } from './useAuthQueryClient.js';
import { authKeys } from './authKeys.js';
import { toAuthError } from './toAuthError.js';
import { fetchEmailProviders } from '../core/endpoints/lookups.js';

export type UseEmailProvidersOptions<TData = EmailProvidersResult> = Omit<
  UseQueryOptions<
    EmailProvidersResult,
    AuthError,
    TData,
    ReturnType<typeof authKeys.emailProviders>
  >,
  'queryKey' | 'queryFn' | 'enabled'
> & {
  /** Also required: the query runs only for a plausible email, so typing does not fire a request per keystroke of "ada@". */
  enabled?: boolean;
};

/** Cheap shape check, not validation: the API has the final word. */
const PLAUSIBLE_EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Which sign-in methods an email has (`password`, `google.com`...), e.g. to route a
 * "continue with email" screen or to explain `needsConfirmation`.
 * @example
 * const { data } = useEmailProviders(email)
 * if (data?.registered && !data.signInMethods.includes('password')) showProviderButtons(data.signInMethods)
 */
export function useEmailProviders<TData = EmailProvidersResult>(
  email: string,
  options?: UseEmailProvidersOptions<TData>,
): UseQueryResult<TData, AuthError> {
  const context = useAuthContext('useEmailProviders');
  const { client } = context;
  const queryClient = useAuthQueryClient(context);
  const trimmed = email.trim();
  const { enabled = true, ...queryOptions } = options ?? {};
  return useQuery(
    {
      staleTime: 30_000,
      // Fail with AuthError('network') when offline instead of pausing silently (see useAuthMutation).
      networkMode: 'always',
      retry: (failureCount, error) => error.retryable && failureCount < 2,
      ...queryOptions,
      queryKey: authKeys.emailProviders(trimmed),
      queryFn: async ({ signal }) => {
        try {
          return await fetchEmailProviders(client, { email: trimmed }, { signal });
        } catch (error) {
          throw toAuthError(error);
        }
      },
      enabled: enabled && PLAUSIBLE_EMAIL.test(trimmed),
    },
    queryClient,
  );
}
