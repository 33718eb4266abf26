import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { AuthError, Role } from '../core/index.js';
import { useAuthContext } from './AuthContext.js';
import { useAuthQueryClient } from './useAuthQueryClient.js';
import { authKeys } from './authKeys.js';
import { toAuthError } from './toAuthError.js';
import { getRoles } from '../core/endpoints/lookups.js';

/**
 * Query options only. There is deliberately no `adminToken` option: a hook option is a prop of some
 * client component, and a server-rendered app serializes those props into the page, admin token
 * included. Fetch roles on the server (`createAuthClient({ adminToken: process.env… }).getRoles()`
 * in a server component, loader or route handler) and pass the roles down instead.
 */
export type UseRolesOptions<TData = Role[]> = Omit<
  UseQueryOptions<Role[], AuthError, TData, ReturnType<typeof authKeys.roles>>,
  'queryKey' | 'queryFn'
>;

/**
 * The project's roles through the provider's client, which must have been created with an
 * `adminToken` (`<AuthProvider client={…}>`): only for trusted internal tools whose bundle never
 * reaches the public. Without one the query fails with `permission_denied` and makes no request.
 * Cached under an authenticated key, so sign-out removes them.
 * @example
 * // Public apps: read roles on the server instead (Next.js server component):
 * const roles = await createAuthClient({ projectId, adminToken: process.env.DESKREE_ADMIN_TOKEN }).getRoles()
 * @example
 * // An internal admin tool, behind your own access control:
 * const { data: roles } = useRoles()
 */
export function useRoles<TData = Role[]>(
  options?: UseRolesOptions<TData>,
): UseQueryResult<TData, AuthError> {
  const context = useAuthContext('useRoles');
  const { client } = context;
  const queryClient = useAuthQueryClient(context);
  return useQuery(
    {
      retry: (failureCount, error) => error.retryable && failureCount < 2,
      // Fail with AuthError('network') when offline instead of pausing silently (see useAuthMutation).
      networkMode: 'always',
      ...options,
      queryKey: authKeys.roles(),
      queryFn: async ({ signal }) => {
        try {
          return await getRoles(client, { signal });
        } catch (error) {
          throw toAuthError(error);
        }
      },
    },
    queryClient,
  );
}
