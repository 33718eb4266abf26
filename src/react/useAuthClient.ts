import type { AuthClient } from '../core/index.js';
import { useAuthContext } from './AuthContext.js';

/**
 * The provider's `AuthClient`, for calls no hook wraps.
 * @example const client = useAuthClient(); await client.fetchEmailProviders({ email })
 */
export function useAuthClient(): AuthClient {
  return useAuthContext('useAuthClient').client;
}
