import type { AuthClient } from '../core';
import { useAuthContext } from './AuthContext';

/**
 * The provider's `AuthClient`, for calls no hook wraps.
 * @example const client = useAuthClient(); await client.fetchEmailProviders({ email })
 */
export function useAuthClient(): AuthClient {
  return useAuthContext('useAuthClient').client;
}
