import { useCallback } from 'react';
import { useAuthContext } from './AuthContext.js';

/**
 * A stable sign-out function. Signing out is local and synchronous (the API has no sign-out
 * endpoint): tokens are dropped from storage, other tabs follow, authenticated queries are removed.
 * @example const signOut = useSignOut(); <button onClick={() => signOut()}>Sign out</button>
 */
export function useSignOut(): () => void {
  const { session } = useAuthContext('useSignOut');
  return useCallback(() => session.signOut('userSignedOut'), [session]);
}
