/**
 * Owns one AuthSession (the framework-free store from core) for the React tree below it.
 *
 * Lifecycle choices, and why:
 * - The session is created in a `useState` initializer: construction touches no browser API, so
 *   rendering on a server is safe and the server and the first client render both see `loading`
 *   — or, given `initialAuth`, both see what the server knew (see initialSession.ts).
 * - Storage is read in an effect (`initialize()` is idempotent), never during render.
 * - StrictMode mounts, unmounts and mounts again with the same state. Destroying on unmount and
 *   re-creating would read storage twice and drop listeners, so the destroy is deferred by a
 *   microtask and cancelled by the immediate re-mount; a real unmount still destroys.
 * - A `session` passed in by the caller belongs to the caller: it is initialized, never destroyed.
 */
import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { QueryClientContext, type QueryClient } from '@tanstack/react-query';
// Values from their own modules, never through the `../core` barrel: see loadOAuthFlow.ts.
import { createAuthApi } from '../core/authApi.js';
import { createAuthSession, DEFAULT_STORAGE_KEY } from '../core/session/index.js';
import type {
  AuthApi,
  AuthEvent,
  AuthSession,
  AuthSessionOptions,
  FetchLike,
  InitialAuth,
} from '../core/index.js';
import { initialSessionFor } from './initialSession.js';
import { AuthContext, type AuthContextValue } from './AuthContext.js';
import type { OAuthExchanges } from './oauthExchanges.js';
import { createLazySlot } from './lazySlot.js';
import { useClearQueriesOnSignOut } from './useClearQueriesOnSignOut.js';
import { useLatestRef } from './useLatestRef.js';

interface AuthProviderBaseProps {
  /** A session store you created yourself (tests, advanced setups). You keep ownership: it is not destroyed on unmount. */
  session?: AuthSession;
  /**
   * Where the session is persisted: `local` (the default), `session`, `memory` or an adapter.
   * For first-party cookies that `deskree-auth-react/server` reads on every request, use
   * `CookieAuthProvider` instead: it lives in its own module so pages without cookies do not
   * ship the cookie code.
   */
  storage?: AuthSessionOptions['storage'];
  storageKey?: string;
  /**
   * What the server knew when it rendered the page: `getInitialAuth(request, …)` from
   * `deskree-auth-react/server`. A user renders signed in on the server and in the first client
   * render (no loading state, no flash, no hydration mismatch); `null` renders signed out;
   * `undefined` (the default) starts `loading`. The browser then reconciles with its storage.
   * It holds no token: the tokens stay in the session cookie.
   */
  initialAuth?: InitialAuth | null;
  /** How long before expiry the id token is refreshed. */
  refreshMarginMs?: number;
  /**
   * The QueryClient the auth hooks use. Resolution order: this prop, then a `QueryClientProvider`
   * above the AuthProvider, then a private client, made when the first auth hook needs it (the
   * prebuilt forms do not: they run their requests themselves). The AuthProvider never renders a
   * `QueryClientProvider` itself, so it cannot shadow the app's own client.
   */
  queryClient?: QueryClient;
  oauth?: {
    /** Origins besides the current page's that an OAuth `callBackUri` may point to. */
    allowedCallbackOrigins?: string[];
  };
  /** Called with every session event (sign-in, sign-out with its reason, refresh, refresh failure). */
  onAuthStateChange?: (event: AuthEvent) => void;
  children?: ReactNode;
}

/** Either a ready `client`, or the options to build one. */
export type AuthProviderProps = AuthProviderBaseProps &
  (
    | {
        /**
         * A ready client, `createAuthClient(…)`, or a bare `createAuthApi(…)`. The hooks call the
         * endpoint functions on it, so every request goes through its `request`.
         */
        client: AuthApi;
        projectId?: never;
        baseUrl?: never;
        fetch?: never;
        authHeaderName?: never;
        timeoutMs?: never;
      }
    | {
        client?: undefined;
        /** Your Deskree project id. */
        projectId?: string;
        /** Overrides the API base URL (e.g. the emulator's). */
        baseUrl?: string;
        fetch?: FetchLike;
        /** `x-authorization` (the spec) by default. */
        authHeaderName?: string;
        timeoutMs?: number;
      }
  );

/**
 * Provides the auth session to `useAuth` and every auth hook.
 *
 * @example
 * <AuthProvider projectId="my-project">
 *   <App />
 * </AuthProvider>
 *
 * @example
 * // Against the local emulator, sharing the app's QueryClient:
 * <QueryClientProvider client={queryClient}>
 *   <AuthProvider baseUrl="http://127.0.0.1:9099/api/v1/">…</AuthProvider>
 * </QueryClientProvider>
 */
export function AuthProvider(props: AuthProviderProps) {
  const { children, onAuthStateChange } = props;

  // Props are read once: swapping the project under a live session would mix two users' tokens.
  // A bare request core, not a client: each hook imports the one endpoint function it calls.
  const [client] = useState<AuthApi>(
    () =>
      props.client ??
      createAuthApi({
        projectId: props.projectId,
        baseUrl: props.baseUrl,
        fetch: props.fetch,
        authHeaderName: props.authHeaderName,
        timeoutMs: props.timeoutMs,
      }),
  );
  const [owned] = useState(() => props.session === undefined);
  const [session] = useState<AuthSession>(() => {
    if (props.session) return props.session;
    const storage = props.storage;
    const storageKey = props.storageKey ?? DEFAULT_STORAGE_KEY;
    return createAuthSession({
      client,
      storage,
      storageKey,
      refreshMarginMs: props.refreshMarginMs,
      ...(props.initialAuth === undefined
        ? {}
        : { initialSession: initialSessionFor(props.initialAuth, storage, storageKey) }),
    });
  });

  const [oauthExchanges] = useState(() => createLazySlot<OAuthExchanges>());

  const outerQueryClient = useContext(QueryClientContext);
  const queryClient = props.queryClient ?? outerQueryClient ?? null;
  // Made by `useAuthQueryClient` (which imports QueryClient), mounted by the hooks that use it.
  const [privateQueryClient] = useState(() => createLazySlot<QueryClient>());
  const queryClientRef = useLatestRef(queryClient);
  // Read when the user changes: the private client may be made after this effect subscribed.
  const [clearedQueryClient] = useState(
    () => () => queryClientRef.current ?? privateQueryClient.peek(),
  );

  const pendingDestroy = useRef<{ cancelled: boolean } | null>(null);
  useEffect(() => {
    if (pendingDestroy.current) pendingDestroy.current.cancelled = true;
    pendingDestroy.current = null;
    session.initialize().catch(() => {
      // The engine reports storage and refresh failures through its own events and state.
    });
    return () => {
      if (!owned) return;
      const ticket = { cancelled: false };
      pendingDestroy.current = ticket;
      queueMicrotask(() => {
        if (!ticket.cancelled) session.destroy();
      });
    };
  }, [session, owned]);

  const onAuthStateChangeRef = useRef(onAuthStateChange);
  useEffect(() => {
    onAuthStateChangeRef.current = onAuthStateChange;
  });
  useEffect(
    () => session.onAuthStateChange((event) => onAuthStateChangeRef.current?.(event)),
    [session],
  );

  useClearQueriesOnSignOut(session, clearedQueryClient);

  const allowedCallbackOrigins = props.oauth?.allowedCallbackOrigins;
  const originsKey = allowedCallbackOrigins?.join('\n') ?? '';
  const value = useMemo<AuthContextValue>(
    () => ({
      client,
      session,
      queryClient,
      privateQueryClient,
      store: {
        subscribe: (listener) => session.subscribe(listener),
        getSnapshot: () => session.getSnapshot(),
        getServerSnapshot: () => session.getServerSnapshot(),
      },
      oauth: { allowedCallbackOrigins: originsKey ? originsKey.split('\n') : [] },
      oauthExchanges,
    }),
    [client, session, queryClient, privateQueryClient, originsKey, oauthExchanges],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
