/**
 * The session state alone, for the kit's prebuilt components: `useAuth` hands out the provider's
 * full client too, and a sign-in page that only needs `status` or `user` should not ship every
 * endpoint for it.
 */
import { useSyncExternalStore } from 'react';
import type { AuthState } from '../core/index.js';
import { useAuthContext } from './AuthContext.js';

/** The provider's current `AuthState`, re-rendering on every change. */
export function useAuthState(hookName: string): AuthState {
  const { store } = useAuthContext(hookName);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
