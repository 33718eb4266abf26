/**
 * One factory for every react-query key the kit uses. The second element is the scope marker:
 * `'authenticated'` keys hold data that belongs to the signed-in user, and the provider removes
 * exactly those when the user signs out or another user signs in; `'public'` keys (such as the
 * sign-in methods of an email) survive, so a sign-in screen does not refetch what it just showed.
 */
import type { QueryKey } from '@tanstack/react-query';

/** First element of every key the kit creates. */
export const AUTH_QUERY_SCOPE = 'deskree-auth';
/** Second element of keys that must not outlive the session. */
export const AUTHENTICATED_MARKER = 'authenticated';
/** Second element of keys that are safe to keep across sign-out. */
export const PUBLIC_MARKER = 'public';

/**
 * Query-key factory of the kit: keys under `authenticated` are removed on sign-out, `public` ones stay.
 *
 * @example
 * useQuery({ queryKey: authKeys.authenticated('todos'), queryFn }) // removed on sign-out
 * queryClient.invalidateQueries({ queryKey: authKeys.emailProviders('ada@example.com') })
 */
export const authKeys = {
  all: [AUTH_QUERY_SCOPE] as const,
  /** Prefix of every public key; also a key builder for the app's own public queries. */
  public: <const P extends readonly unknown[]>(...parts: P) =>
    [AUTH_QUERY_SCOPE, PUBLIC_MARKER, ...parts] as const,
  /** Prefix of every authenticated key; wrap the app's own per-user queries in it to have them cleared on sign-out. */
  authenticated: <const P extends readonly unknown[]>(...parts: P) =>
    [AUTH_QUERY_SCOPE, AUTHENTICATED_MARKER, ...parts] as const,
  /** Emails compare case-insensitively at the API, so the key does too. */
  emailProviders: (email: string) =>
    [AUTH_QUERY_SCOPE, PUBLIC_MARKER, 'email-providers', email.trim().toLowerCase()] as const,
  roles: () => [AUTH_QUERY_SCOPE, AUTHENTICATED_MARKER, 'roles'] as const,
  /** Mutation keys let `useIsMutating(authKeys.mutation(...))` show a global spinner. */
  mutation: (
    name: string,
    scope: typeof PUBLIC_MARKER | typeof AUTHENTICATED_MARKER = PUBLIC_MARKER,
  ) => [AUTH_QUERY_SCOPE, scope, 'mutation', name] as const,
};

/**
 * True for keys built with `authKeys.authenticated(...)` (or any key starting the same way).
 * @example queryClient.removeQueries({ predicate: (query) => isAuthenticatedQueryKey(query.queryKey) })
 */
export function isAuthenticatedQueryKey(key: QueryKey | undefined): boolean {
  return Array.isArray(key) && key[0] === AUTH_QUERY_SCOPE && key[1] === AUTHENTICATED_MARKER;
}
