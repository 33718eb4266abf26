/**
 * Components that show or hide children by auth status. All of them render nothing that depends
 * on the answer while the status is `loading` (server render, first client render, storage read),
 * so neither protected nor signed-out content flashes.
 */
import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthStatus } from '../core/index.js';
import { useAuthContext } from './AuthContext.js';

function useStatus(componentName: string): AuthStatus {
  const { store } = useAuthContext(componentName);
  return useSyncExternalStore(
    store.subscribe,
    () => store.getSnapshot().status,
    () => store.getServerSnapshot().status,
  );
}

export interface ControlComponentProps {
  children?: ReactNode;
}

/**
 * Renders its children only when a user is signed in.
 * @example <SignedIn><UserMenu /></SignedIn>
 */
export function SignedIn({ children }: ControlComponentProps) {
  return useStatus('SignedIn') === 'signedIn' ? <>{children}</> : null;
}

/**
 * Renders its children only once it is known that nobody is signed in.
 * @example <SignedOut><SignInButton /></SignedOut>
 */
export function SignedOut({ children }: ControlComponentProps) {
  return useStatus('SignedOut') === 'signedOut' ? <>{children}</> : null;
}

/**
 * Renders its children while the auth status is still unknown.
 * @example <AuthLoading><Spinner /></AuthLoading>
 */
export function AuthLoading({ children }: ControlComponentProps) {
  return useStatus('AuthLoading') === 'loading' ? <>{children}</> : null;
}

export interface RequireAuthProps {
  children?: ReactNode;
  /** Shown while loading and while redirecting (default: nothing). */
  fallback?: ReactNode;
  /** Where to send a signed-out visitor. Without it, only `fallback` is shown. */
  redirectTo?: string;
  /** Navigate with your router instead of a full page load. Default: `window.location.assign(redirectTo)`. */
  onRedirect?: (redirectTo: string) => void;
}

/**
 * Renders its children for signed-in users; sends others to `redirectTo`.
 * @example
 * <RequireAuth redirectTo="/sign-in" onRedirect={(to) => navigate(to)} fallback={<Spinner />}>
 *   <Dashboard />
 * </RequireAuth>
 */
export function RequireAuth({
  children,
  fallback = null,
  redirectTo,
  onRedirect,
}: RequireAuthProps) {
  const status = useStatus('RequireAuth');
  // onRedirect is usually an inline arrow: redirect once per status change, not once per render.
  const onRedirectRef = useRef(onRedirect);
  useEffect(() => {
    onRedirectRef.current = onRedirect;
  });
  useEffect(() => {
    if (status !== 'signedOut' || redirectTo === undefined) return;
    if (onRedirectRef.current) onRedirectRef.current(redirectTo);
    else window.location.assign(redirectTo);
  }, [status, redirectTo]);
  return status === 'signedIn' ? <>{children}</> : <>{fallback}</>;
}
