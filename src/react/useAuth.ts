import { useMemo } from 'react';
import type {
  AuthClient,
  AuthStatus,
  AuthUser,
  IdTokenClaims,
  Session,
  SignOutReason,
} from '../core/index.js';
import { authClientFor } from '../core/client.js';
import { useAuthContext } from './AuthContext.js';
import { useAuthState } from './useAuthState.js';

export interface UseAuthResult {
  /** `loading` until stored credentials were read (on the server and the first client render too, unless `AuthProvider` got `initialAuth`). */
  status: AuthStatus;
  isLoading: boolean;
  isSignedIn: boolean;
  user: AuthUser | null;
  session: Session | null;
  claims: IdTokenClaims | null;
  /** Why the last sign-out happened (`refreshTokenRevoked`, `otherTab`...), for a "you were signed out" notice. */
  signOutReason: SignOutReason | null;
  /** A valid id token, refreshed first if it is about to expire. Rejects with `not_signed_in` when signed out. */
  getIdToken: (options?: { forceRefresh?: boolean }) => Promise<string>;
  signOut: () => void;
  client: AuthClient;
}

/**
 * The current auth state, re-rendering on every change.
 *
 * @example
 * const { isLoading, isSignedIn, user, signOut } = useAuth()
 * if (isLoading) return <Spinner />
 * return isSignedIn ? <button onClick={signOut}>Sign out {user?.email}</button> : <SignInPage />
 */
export function useAuth(): UseAuthResult {
  const { client, session } = useAuthContext('useAuth');
  const state = useAuthState('useAuth');
  const actions = useMemo(
    () => ({
      getIdToken: (options?: { forceRefresh?: boolean }) => session.getIdToken(options),
      signOut: () => session.signOut('userSignedOut'),
    }),
    [session],
  );
  return useMemo(
    () => ({
      status: state.status,
      isLoading: state.status === 'loading',
      isSignedIn: state.status === 'signedIn',
      user: state.user,
      session: state.session,
      claims: state.claims,
      signOutReason: state.signOutReason,
      getIdToken: actions.getIdToken,
      signOut: actions.signOut,
      client: authClientFor(client),
    }),
    [state, actions, client],
  );
}
