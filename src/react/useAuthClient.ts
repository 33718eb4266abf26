import { authClientFor, type AuthClient } from '../core/client.js';
import { useAuthContext } from './AuthContext.js';

/**
 * The provider's `AuthClient`, for calls no hook wraps. It carries all 15 endpoints (about 1 kB
 * gzip): the kit's own hooks and forms never ask for it, they call the one endpoint they need.
 * @example const client = useAuthClient(); await client.fetchEmailProviders({ email })
 */
export function useAuthClient(): AuthClient {
  return authClientFor(useAuthContext('useAuthClient').client);
}
