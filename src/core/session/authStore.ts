/**
 * The engine's store: the observable state (`loading` → `signedIn`/`signedOut`), the current
 * credentials, and the listeners. It decides nothing; the engine tells it what happened. Two
 * counters let asynchronous work find out whether it is still relevant:
 * - `revision` moves on every change: a storage read that started earlier must not overwrite it;
 * - `term` moves when the signed-in user ends or changes: a refresh begun in an earlier term is
 *   dropped, while one begun in this term survives the token changes it causes.
 */
import { protectTokenValues } from '../errors.js';
import { decodeClaims, type Session } from '../credentials.js';
import { tokenLifetimeMs } from './persistedSession.js';
import type { AuthEvent, AuthState, AuthStatus, SignOutReason } from './types.js';

export type SessionChange = 'signedIn' | 'tokenRefreshed' | 'userUpdated';

/** How a session became current, when the engine applies it. */
export interface ApplyOptions {
  /** The event to emit; `null` for a restore, which is not news. */
  event: SessionChange | null;
  /**
   * `thisTab`: obtained here, so it is stored and announced to the other tabs; `otherTab`: news
   * from another tab; `storage`: read back from storage. Only `thisTab` writes or announces.
   */
  origin: 'thisTab' | 'otherTab' | 'storage';
  /** For a session read from storage: when it was written (local time). */
  storedAt?: number;
}

/** The signed-in credentials and the token lifetime used to clamp the refresh margin. */
export interface Current {
  session: Session;
  lifetimeMs: number | null;
}

export interface AuthStore {
  /** The state before anything happened: what the server rendered. */
  readonly initialState: AuthState;
  state(): AuthState;
  current(): Current | null;
  revision(): number;
  term(): number;
  /** `receivedAt` (local time) bounds the lifetime of tokens that do not state it. */
  signIn(session: Session, receivedAt: number): void;
  /** `reason: null` is "nobody had signed in" (the first read found nothing). */
  signOut(reason: SignOutReason | null): void;
  subscribe(listener: () => void): () => void;
  onEvent(listener: (event: AuthEvent) => void): () => void;
  emit(event: AuthEvent): void;
  /** Drops every listener and lets go of the token values (redaction). */
  clear(): void;
}

export function stateFor(
  status: AuthStatus,
  session: Session | null,
  signOutReason: SignOutReason | null,
): AuthState {
  return {
    status,
    session,
    user: session && session.user,
    claims: session && decodeClaims(session.idToken),
    signOutReason,
  };
}

const LOADING_STATE: AuthState = Object.freeze(stateFor('loading', null, null));

/** The credentials with the lifetime used to clamp the margin (from the token, else its expiry). */
function currentOf(session: Session, receivedAt: number): Current {
  const lifetimeMs =
    tokenLifetimeMs(session.idToken) ?? Math.max(0, session.expiresAt - receivedAt);
  return { session, lifetimeMs };
}

/** Adds a listener to a set; the returned function removes it. */
function listen<T>(listeners: Set<T>, listener: T): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * `initialSession`: what a server rendered (`null`: nobody), which is then the first state;
 * without it the store starts `loading`.
 *
 * @example
 * const store = createAuthStore(undefined, Date.now())
 * store.subscribe(() => render(store.state()))
 */
export function createAuthStore(
  initialSession: Session | null | undefined,
  now: number,
): AuthStore {
  const initialState =
    initialSession === undefined
      ? LOADING_STATE
      : Object.freeze(stateFor(initialSession ? 'signedIn' : 'signedOut', initialSession, null));
  let state = initialState;
  let current: Current | null = null;
  let revision = 0;
  let term = 0;
  // Errors cut the current token values out of their texts while they are in use.
  let releaseTokens = () => {};
  const stateListeners = new Set<() => void>();
  const eventListeners = new Set<(event: AuthEvent) => void>();

  const setCurrent = (next: Current | null) => {
    if (current?.session.user.uid !== next?.session.user.uid || !next) term++;
    revision++;
    current = next;
    releaseTokens();
    releaseTokens = next
      ? protectTokenValues([next.session.idToken, next.session.refreshToken])
      : () => {};
  };
  const publish = (next: AuthState) => {
    state = next;
    for (const listener of [...stateListeners]) listener();
  };
  if (initialSession) setCurrent(currentOf(initialSession, now));

  return {
    initialState,
    state: () => state,
    current: () => current,
    revision: () => revision,
    term: () => term,
    signIn(session, receivedAt) {
      setCurrent(currentOf(session, receivedAt));
      publish(stateFor('signedIn', session, null));
    },
    signOut(reason) {
      setCurrent(null);
      publish(stateFor('signedOut', null, reason));
    },
    subscribe: (listener) => listen(stateListeners, listener),
    onEvent: (listener) => listen(eventListeners, listener),
    emit(event) {
      for (const listener of [...eventListeners]) {
        try {
          listener(event);
        } catch (error) {
          // One broken listener must not stop the others or the engine; the app still sees it.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    clear() {
      stateListeners.clear();
      eventListeners.clear();
      releaseTokens();
    },
  };
}
