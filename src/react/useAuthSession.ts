import type { AuthSession } from '../core/index.js';
import { useAuthContext } from './AuthContext.js';

/**
 * The provider's `AuthSession` store (advanced: `withIdToken` for your own authenticated calls).
 * @example
 * const session = useAuthSession()
 * const todos = await session.withIdToken((idToken) => fetch('/api/todos', { headers: { authorization: `Bearer ${idToken}` } }))
 */
export function useAuthSession(): AuthSession {
  return useAuthContext('useAuthSession').session;
}
