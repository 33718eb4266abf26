import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { AuthError, Role } from '../core';
import { useAuthContext } from './AuthContext';
import { useAuthQueryClient } from './useAuthQueryClient';
import { authKeys } from './authKeys';
import { toAuthError } from './toAuthError';

export type UseRolesOptions<TData = Role[]> = Omit<
  UseQueryOptions<Role[], AuthError, TData, ReturnType<typeof authKeys.roles>>,
  'queryKey' | 'queryFn'
> & {
  /**
   * The `deskree-admin` token. It grants admin access to the project: use this hook only in
   * trusted tools (an internal admin app, the emulator); in a public app, fetch roles on your
   * server and pass the client an `adminToken` there instead. Without a token the query fails
   * with `permission_denied` and makes no request.
   */
  adminToken?: string;
};

/**
 * The project's roles. Cached under an authenticated key, so sign-out removes them.
 * The `deskree-admin` token grants admin access: use this only where the token stays on a server
 * (an internal admin tool served behind your own auth, server rendering) — never from a public bundle.
 * @example const { data: roles } = useRoles({ adminToken }) // adminToken read on the server, not from a VITE_/NEXT_PUBLIC_ variable
 */
export function useRoles<TData = Role[]>(
  options?: UseRolesOptions<TData>,
): UseQueryResult<TData, AuthError> {
  const context = useAuthContext('useRoles');
  const { client } = context;
  const queryClient = useAuthQueryClient(context);
  const { adminToken, ...queryOptions } = options ?? {};
  return useQuery(
    {
      retry: (failureCount, error) => error.retryable && failureCount < 2,
      // Fail with AuthError('network') when offline instead of pausing silently (see useAuthMutation).
      networkMode: 'always',
      ...queryOptions,
      queryKey: authKeys.roles(),
      queryFn: async ({ signal }) => {
        try {
          return await client.getRoles({ signal, adminToken });
        } catch (error) {
          throw toAuthError(error);
        }
      },
    },
    queryClient,
  );
}
