/**
 * `AuthProvider` with the session in first-party cookies, so `deskree-auth-react/server` knows the
 * user on every request. A component of its own rather than an `AuthProvider` option: pages that
 * keep the session in localStorage then do not ship the cookie code. It takes the cookie's options
 * as plain data rather than an adapter object, so a Next.js server component (a root layout) can
 * render it.
 */
import { useState } from 'react';
import { cookieStorageAdapter, type CookieStorageOptions } from '../core/session/cookieStorage.js';
import { AuthProvider, type AuthProviderProps } from './AuthProvider.js';

/** Omit over each member of a union, so the `client` and `projectId` alternatives both survive. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** `AuthProvider`'s props without `storage`, plus the cookie's options. */
export type CookieAuthProviderProps = DistributiveOmit<AuthProviderProps, 'storage'> & {
  /** The cookie's `domain`, `maxAgeSeconds` and `secure` (defaults: see `cookieStorageAdapter`). */
  cookie?: Omit<CookieStorageOptions, 'document'>;
};

/**
 * Provides the auth session like `AuthProvider`, keeping it in first-party cookies (`SameSite=Lax`,
 * `Secure` on https, chunked under 4 KB) that `getInitialAuth` and `getAuthFromRequest` read.
 *
 * @example
 * // app/layout.tsx, a server component:
 * export default async function RootLayout({ children }: { children: ReactNode }) {
 *   const initialAuth = await getInitialAuth({ headers: await headers() }, { projectId: 'my-project' });
 *   return (
 *     <html lang="en">
 *       <body>
 *         <CookieAuthProvider projectId="my-project" initialAuth={initialAuth}>
 *           {children}
 *         </CookieAuthProvider>
 *       </body>
 *     </html>
 *   );
 * }
 */
export function CookieAuthProvider({ cookie, ...props }: CookieAuthProviderProps) {
  // Read once, like every AuthProvider prop: the session is created with this adapter.
  const [storage] = useState(() => cookieStorageAdapter(cookie));
  return <AuthProvider {...props} storage={storage} />;
}
