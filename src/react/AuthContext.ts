/**
 * The provider's context. Kept in its own module (without JSX) so hooks import it without
 * pulling the provider, and so the `value` shape is one place to read.
 */
import { createContext, useContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { AuthApi, AuthSession, AuthState } from '../core/index.js';
import type { LazySlot } from './lazySlot.js';
import type { OAuthExchanges } from './oauthExchanges.js';

/** What every hook reads. Stable for the provider's lifetime. */
export interface AuthContextValue {
  /**
   * The app's client when it passed one, else a bare request core. Hooks call the standalone
   * endpoint functions on it, so a page ships only the endpoints it uses; `useAuthClient` and
   * `useAuth().client` make the full client.
   */
  client: AuthApi;
  session: AuthSession;
  /**
   * The app's QueryClient (the provider's `queryClient` prop, else a `QueryClientProvider` above
   * it), or `null`: the hooks then share a private one, made by the first hook that needs it
   * (`useAuthQueryClient`), so a page whose only auth UI is a prebuilt form ships no react-query.
   */
  queryClient: QueryClient | null;
  /** The private QueryClient, made by `useAuthQueryClient` when a hook first needs it. */
  privateQueryClient: LazySlot<QueryClient>;
  /** Bound copies of the store functions: `useSyncExternalStore` needs stable identities. */
  store: {
    subscribe: (listener: () => void) => () => void;
    getSnapshot: () => AuthState;
    getServerSnapshot: () => AuthState;
  };
  oauth: { allowedCallbackOrigins: readonly string[] };
  /**
   * This provider's OAuth callback exchanges (never shared with another provider on the page),
   * made by `useOAuthCallback` when a callback page first mounts.
   */
  oauthExchanges: LazySlot<OAuthExchanges>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
AuthContext.displayName = 'DeskreeAuthContext';

/** Developer misuse gets a message that names the fix, not "cannot read properties of null". */
export function useAuthContext(hookName: string): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error(
      `${hookName} must be used inside <AuthProvider>. Wrap your app: <AuthProvider projectId="...">…</AuthProvider>`,
    );
  }
  return value;
}
