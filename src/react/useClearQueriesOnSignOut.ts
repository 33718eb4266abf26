/**
 * Removes the signed-in user's cached data when the user signs out or another user signs in.
 * Subscribes to the session store directly instead of diffing renders (as Clerk's hook does):
 * a sign-out followed by a sign-in within one batch would otherwise be missed.
 */
import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { AuthSession, AuthState } from '../core/index.js';
import { isAuthenticatedQueryKey } from './authKeys.js';

function uidOf(state: AuthState): string | null {
  return state.status === 'signedIn' ? (state.user?.uid ?? state.session?.user.uid ?? null) : null;
}

/**
 * Used by `AuthProvider`; exported for apps that drive an `AuthSession` without the provider.
 * `queryClient` may be a function, read at each change of user (`null`: nothing to clear), for a
 * client made later than the subscription (the provider's private one).
 * @example useClearQueriesOnSignOut(session, queryClient)
 */
export function useClearQueriesOnSignOut(
  session: AuthSession,
  queryClient: QueryClient | (() => QueryClient | null),
): void {
  useEffect(() => {
    let previousUid = uidOf(session.getSnapshot());
    return session.subscribe(() => {
      const state = session.getSnapshot();
      // `loading` says nothing about who is signed in: keep the cache until the engine knows.
      if (state.status === 'loading') return;
      const uid = uidOf(state);
      const client = typeof queryClient === 'function' ? queryClient() : queryClient;
      if (client && previousUid !== null && uid !== previousUid) {
        client.removeQueries({
          predicate: (query) => isAuthenticatedQueryKey(query.queryKey),
        });
        // Finished authenticated mutations keep their variables (passwords) and data (tokens).
        const mutations = client.getMutationCache();
        for (const mutation of mutations.getAll()) {
          if (
            isAuthenticatedQueryKey(mutation.options.mutationKey) &&
            mutation.state.status !== 'pending'
          )
            mutations.remove(mutation);
        }
      }
      previousUid = uid;
    });
  }, [session, queryClient]);
}
