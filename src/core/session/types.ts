/**
 * The public vocabulary of the session engine. Kept apart from the implementation so the small
 * modules (cross-tab messages, the React layer) can import types without importing the engine.
 */
import type { AuthApi } from '../authApi.js';
import type { AuthError } from '../errors.js';
import type { AuthUser, IdTokenClaims, Session } from '../credentials.js';
import type { StorageAdapter } from './storage.js';

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut';

/**
 * Why the session ended. `otherTab`: the user signed out in another tab of this origin.
 * `storageCleared`: site data was cleared (`localStorage.clear()`) while the page was open.
 * `emailChanged`: the email changed and the session could not be renewed (no password to sign
 * in with, e.g. an OAuth user): the user signs in again with the new email.
 */
export type SignOutReason =
  | 'userSignedOut'
  | 'refreshTokenRevoked'
  | 'accountDeleted'
  | 'userDisabled'
  | 'otherTab'
  | 'storageCleared'
  | 'emailChanged';

export interface AuthState {
  status: AuthStatus;
  session: Session | null;
  user: AuthUser | null;
  claims: IdTokenClaims | null;
  /** Set when a signed-in session ended; `null` while loading and when nobody had signed in. */
  signOutReason: SignOutReason | null;
}

export type AuthEvent =
  | { type: 'signedIn'; session: Session }
  | { type: 'signedOut'; reason: SignOutReason }
  | { type: 'tokenRefreshed'; session: Session }
  | { type: 'userUpdated'; session: Session }
  /**
   * `willRetry: true`: a transient failure (network, timeout, 5xx, 429...); the session is kept and
   * retried with backoff. `willRetry: false`: the refresh token is dead; a `signedOut` follows.
   */
  | { type: 'refreshFailed'; error: AuthError; willRetry: boolean };

export interface AuthSessionOptions {
  /**
   * `createAuthClient(…)` or, to ship only the refresh endpoint, `createAuthApi(…)`: the engine calls
   * nothing but `refreshToken`.
   */
  client: AuthApi;
  /** Default: `'local'` in browsers, `'memory'` where `window`/`localStorage` is missing or throws. */
  storage?: 'local' | 'session' | 'memory' | StorageAdapter;
  /** Default `'deskree-auth:session'`. Also names the BroadcastChannel and the Web Lock. */
  storageKey?: string;
  /** Refresh this long before expiry. Default 5 min, at most half the token's lifetime. */
  refreshMarginMs?: number;
  /**
   * Keep tabs in agreement. Default: true in browsers (BroadcastChannel, and `storage` events
   * where it is missing) and wherever BroadcastChannel exists.
   */
  crossTab?: boolean;
  /**
   * The device's clock. Default `Date.now`. Expiry decisions combine it with the server's clock,
   * learned from each token's `iat` at receipt (see serverClock.ts).
   */
  now?: () => number;
  /**
   * What the server knew when it rendered the page (server-rendered apps). Given a session, the
   * engine starts `signedIn` with it, and `null` starts `signedOut`: no loading state, and
   * `getServerSnapshot()` agrees. `initialize()` then reconciles with storage: a stored session
   * of the same user with a newer token wins; otherwise this value is written to storage.
   * Default: not given, start `loading` and read storage.
   */
  initialSession?: Session | null;
  /** Default `console`. Messages never contain tokens. */
  logger?: Pick<Console, 'warn'>;
}

export interface AuthSession {
  /** Same object until the state changes (suitable for `useSyncExternalStore`). */
  getSnapshot(): AuthState;
  /**
   * The state the server rendered: loading, or the `initialSession` state when that option was
   * given. Server and first client render agree.
   */
  getServerSnapshot(): AuthState;
  subscribe(listener: () => void): () => void;
  /** Reads storage once (repeated calls share one promise) and starts timers and listeners. */
  initialize(): Promise<void>;
  setSession(session: Session, event?: 'signedIn' | 'tokenRefreshed' | 'userUpdated'): void;
  /** A token valid for at least the margin, refreshing first when needed. Throws `not_signed_in` when signed out. */
  getIdToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** Single-flight: concurrent callers share one request (and one per origin across tabs). */
  refresh(): Promise<Session>;
  /**
   * Runs `operation` with a token; when it fails with a 401 or any 403 `AuthError`, refreshes once
   * (single-flight) and retries once. A 403 on the retry is thrown as `permission_denied`.
   */
  withIdToken<T>(operation: (idToken: string) => Promise<T>): Promise<T>;
  /** Clears storage and the refresh timer, and tells the other tabs. */
  signOut(reason?: SignOutReason): void;
  onAuthStateChange(listener: (event: AuthEvent) => void): () => void;
  /** Stops everything: timers, listeners, channels. The instance is inert afterwards. */
  destroy(): void;
}
