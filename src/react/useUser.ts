import { useSyncExternalStore } from 'react';
import type { AuthUser } from '../core/index.js';
import { useAuthContext } from './AuthContext.js';

/**
 * The signed-in user, or `null` while loading and when signed out.
 * @example const user = useUser(); return <span>{user?.displayName ?? user?.email}</span>
 */
export function useUser(): AuthUser | null {
  const { store } = useAuthContext('useUser');
  return useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().user,
    () => store.getServerSnapshot().user,
  );
}
