/**
 * The session engine: one observable state (`loading` → `signedIn`/`signedOut`), one refresh at a
 * time per tab (single-flight) and per origin (Web Lock + re-read of storage), one timer before
 * expiry, paused while the page is hidden or offline, and tabs kept in agreement.
 *
 * Failure policy, the part users of other kits complain about most:
 * - a dead refresh token (revoked, account deleted or disabled) signs out with that reason;
 * - anything else (offline, timeout, 5xx, an odd answer) keeps the session and retries with
 *   backoff, because signing someone out for a flaky network loses their work;
 * - a token that merely expired (device asleep, tab frozen) is refreshed, never a reason to sign out.
 */
import { AuthError, isAuthError, type AuthErrorCode } from '../errors';
import { decodeClaims, type Session } from '../session';
import { channelNameFor, createCrossTab, type CrossTab, type CrossTabMessage } from './crossTab';
import {
  readPersistedSession,
  serializeSession,
  tokenLifetimeMs,
  type StoredSession,
} from './persistedSession';
import {
  backoffDelayMs,
  createTimer,
  effectiveMarginMs,
  REFRESH_MARGIN_MS,
} from './refreshScheduler';
import { withLock } from './refreshLock';
import { singleFlight } from './singleFlight';
import { resolveStorage } from './storage';
import type {
  AuthEvent,
  AuthSession,
  AuthSessionOptions,
  AuthState,
  AuthStatus,
  SignOutReason,
} from './types';
import { createActivityMonitor, type ActivityMonitor } from './visibility';

export type {
  AuthEvent,
  AuthSession,
  AuthSessionOptions,
  AuthState,
  AuthStatus,
  SignOutReason,
} from './types';

/** Where the session is stored unless `storageKey` is given. */
export const DEFAULT_STORAGE_KEY = 'deskree-auth:session';

/** Refresh failures that mean the refresh token will never work again. */
const TERMINAL_REFRESH_ERRORS: Partial<Record<AuthErrorCode, SignOutReason>> = {
  invalid_refresh_token: 'refreshTokenRevoked',
  refresh_token_revoked: 'refreshTokenRevoked',
  user_not_found: 'accountDeleted',
  user_disabled: 'userDisabled',
};

const LOADING_STATE: AuthState = Object.freeze({
  status: 'loading',
  session: null,
  user: null,
  claims: null,
  signOutReason: null,
});

type SessionEvent = 'signedIn' | 'tokenRefreshed' | 'userUpdated';

interface Current {
  session: Session;
  /** Token lifetime, for clamping the margin of short-lived tokens. */
  lifetimeMs: number | null;
}

function stateFor(
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

/** Issue time of a token (`iat`, else its expiry) for telling which of two tokens is newer. */
function issuedAt(session: Session): number {
  const { iat } = decodeClaims(session.idToken);
  return typeof iat === 'number' ? iat * 1000 : session.expiresAt;
}

/** Statuses that may mean "this id token is no longer accepted": refresh once and retry once. */
const REJECTED_TOKEN_STATUSES: ReadonlySet<number> = new Set([401, 403]);

function asPermissionDenied(error: AuthError): AuthError {
  if (error.code === 'permission_denied') return error;
  const { message, title, detail } = error;
  return new AuthError('permission_denied', message, { status: 403, title, detail, cause: error });
}

function notSignedIn(): AuthError {
  return new AuthError('not_signed_in', 'No user is signed in.');
}

/**
 * Creates the session engine. Call `initialize()` once on the client (an effect, not render) and
 * `destroy()` when done.
 *
 * @example
 * const auth = createAuthSession({ client: createAuthClient({ projectId: 'my-project' }) })
 * await auth.initialize()
 * const { session } = await client.signInWithEmail({ email, password })
 * auth.setSession(session)
 * const res = await auth.withIdToken((token) => fetch('/api/me', { headers: { authorization: `Bearer ${token}` } }))
 */
export function createAuthSession(options: AuthSessionOptions): AuthSession {
  const { client } = options;
  const now = options.now ?? Date.now;
  const logger = options.logger ?? console;
  const warn = (message: string) => logger.warn(`deskree-auth: ${message}`);
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const marginMs = options.refreshMarginMs ?? REFRESH_MARGIN_MS;
  const storage = resolveStorage(options.storage, warn);
  const crossTabEnabled = options.crossTab ?? typeof BroadcastChannel !== 'undefined';
  const lockName = `${channelNameFor(storageKey)}:refresh`;
  // Only tells this tab's own messages apart from those of other tabs.
  const tabId = Math.random().toString(36).slice(2);

  // Server-rendered apps pass what the server knew, so the first render already shows it.
  const initialSession = options.initialSession;
  const initialState: AuthState =
    initialSession === undefined
      ? LOADING_STATE
      : Object.freeze(stateFor(initialSession ? 'signedIn' : 'signedOut', initialSession, null));
  let state: AuthState = initialState;
  let current: Current | null = initialSession
    ? { session: initialSession, lifetimeMs: tokenLifetimeMs(initialSession.idToken) }
    : null;
  /** Bumped on every session change: an async read that started earlier must not overwrite it. */
  let generation = 0;
  /** Bumped when the signed-in user ends or changes: a refresh started before must be dropped. */
  let epoch = 0;
  let failures = 0;
  let retryAt: number | null = null;
  let destroyed = false;
  let initialization: Promise<void> | null = null;
  let monitor: ActivityMonitor | null = null;
  let tabs: CrossTab | null = null;
  const stateListeners = new Set<() => void>();
  const eventListeners = new Set<(event: AuthEvent) => void>();
  const lifetime = new AbortController();
  const timer = createTimer(now, onTimer);

  // ---- state and events -------------------------------------------------------------------

  function setState(
    status: AuthStatus,
    session: Session | null,
    signOutReason: SignOutReason | null,
  ): void {
    state = stateFor(status, session, signOutReason);
    for (const listener of [...stateListeners]) listener();
  }

  function emit(event: AuthEvent): void {
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
  }

  function dueAt(entry: Current): number {
    return entry.session.expiresAt - effectiveMarginMs(marginMs, entry.lifetimeMs);
  }

  function isDue(entry: Current): boolean {
    return now() >= dueAt(entry);
  }

  function schedule(): void {
    timer.cancel();
    if (!destroyed && current) timer.at(retryAt ?? dueAt(current));
  }

  function persist(session: Session | null): Promise<void> {
    const write = session
      ? storage.adapter.setItem(storageKey, serializeSession(session, now()))
      : storage.adapter.removeItem(storageKey);
    return Promise.resolve(write).catch(() => {
      // The resilient adapter already fell back to memory; a custom adapter failing is not fatal.
      warn('the session could not be written to storage.');
    });
  }

  /** A new current session (or none): whatever was pending for the old one no longer applies. */
  function replaceCurrent(next: Current | null): void {
    generation++;
    current = next;
    failures = 0;
    retryAt = null;
  }

  /**
   * Makes `session` current. `local`: the change was made in this tab, so it is stored and told to
   * the other tabs; the storage write is returned so a refresh can finish it inside its lock.
   */
  function applySession(
    session: Session,
    event: SessionEvent | null,
    local: boolean,
    lifetimeFrom = now(),
  ): Promise<void> | undefined {
    if (current?.session.user.uid !== session.user.uid) epoch++;
    replaceCurrent({
      session,
      lifetimeMs: tokenLifetimeMs(session.idToken) ?? Math.max(0, session.expiresAt - lifetimeFrom),
    });
    setState('signedIn', session, null);
    const written = local ? persist(session) : undefined;
    if (local && event) tabs?.post({ type: 'session', source: tabId, event, session });
    if (event) emit({ type: event, session });
    schedule();
    return written;
  }

  /** Ends the session. `local`: decided in this tab, so storage is cleared and the other tabs told. */
  function applySignOut(reason: SignOutReason, local: boolean): void {
    const wasSignedOut = state.status === 'signedOut' && current === null;
    epoch++;
    replaceCurrent(null);
    timer.cancel();
    if (local) {
      // Tell the other tabs before touching storage, so their `storage` event (which carries no
      // reason) usually arrives after the message that does.
      tabs?.post({ type: 'signedOut', source: tabId, reason });
      void persist(null);
    }
    if (wasSignedOut) return;
    setState('signedOut', null, reason);
    emit({ type: 'signedOut', reason });
  }

  // ---- storage ------------------------------------------------------------------------------

  /** `null`: nothing stored; `undefined`: something that is not a session of this kit. */
  type StoredRead = StoredSession | null | undefined;

  async function readStored(): Promise<StoredRead> {
    let raw: string | null;
    try {
      raw = await storage.adapter.getItem(storageKey);
    } catch {
      return null;
    }
    return interpret(raw, true);
  }

  function interpret(raw: string | null, discardInvalid: boolean): StoredRead {
    if (!raw) return null;
    const stored = readPersistedSession(raw);
    if (!stored && discardInvalid) {
      // Never quote the value: it may hold someone's tokens.
      warn(`discarded the value stored under "${storageKey}": not a session of this kit.`);
      void Promise.resolve(storage.adapter.removeItem(storageKey)).catch(() => {});
    }
    return stored ?? undefined;
  }

  // ---- refresh --------------------------------------------------------------------------------

  /**
   * After taking the lock: if another tab refreshed meanwhile (a different, still fresh token for
   * the same user is stored or was broadcast), use it instead of spending another request.
   */
  async function newerElsewhere(start: Current): Promise<Session | 'signedOut' | null> {
    const stored = await readStored();
    const sameUserNewToken = (session: Session) =>
      session.user.uid === start.session.user.uid && session.idToken !== start.session.idToken;
    if (
      stored === null &&
      storage.shared &&
      current?.session.refreshToken === start.session.refreshToken
    ) {
      // Another tab signed out and cleared the shared store; refreshing now would resurrect the session.
      return 'signedOut';
    }
    if (
      stored &&
      sameUserNewToken(stored.session) &&
      !isDue({ session: stored.session, lifetimeMs: tokenLifetimeMs(stored.session.idToken) })
    ) {
      if (current?.session.idToken !== stored.session.idToken)
        applySession(stored.session, 'tokenRefreshed', false, stored.storedAt);
      return stored.session;
    }
    return current && sameUserNewToken(current.session) && !isDue(current) ? current.session : null;
  }

  async function runRefresh(): Promise<Session> {
    await initialize();
    const start = current;
    if (destroyed || !start) throw notSignedIn();
    const startEpoch = epoch;
    try {
      return await withLock(
        lockName,
        async () => {
          const elsewhere = await newerElsewhere(start);
          if (elsewhere === 'signedOut') {
            applySignOut('otherTab', false);
            throw notSignedIn();
          }
          if (elsewhere) return elsewhere;
          const { session } = await client.refreshToken(start.session.refreshToken, {
            previous: start.session,
          });
          if (destroyed || epoch !== startEpoch) throw notSignedIn();
          // Written before the lock is released, so a tab waiting for it finds the new token.
          await applySession(session, 'tokenRefreshed', true);
          return session;
        },
        { cancel: lifetime.signal },
      );
    } catch (error) {
      if (!destroyed && epoch === startEpoch) handleRefreshError(error, start);
      throw error;
    }
  }

  function handleRefreshError(error: unknown, start: Current): void {
    const authError = isAuthError(error)
      ? error
      : new AuthError('unknown', 'The token refresh failed unexpectedly.', { cause: error });
    if (authError.code === 'not_signed_in' || authError.code === 'aborted') return;
    const reason = TERMINAL_REFRESH_ERRORS[authError.code];
    if (reason) {
      emit({ type: 'refreshFailed', error: authError, willRetry: false });
      // A tab that has meanwhile received a different refresh token keeps it.
      if (current?.session.refreshToken === start.session.refreshToken) applySignOut(reason, true);
      return;
    }
    retryAt = now() + backoffDelayMs(failures++);
    schedule();
    emit({ type: 'refreshFailed', error: authError, willRetry: true });
  }

  const refresh = singleFlight(runRefresh);

  function refreshInBackground(): void {
    // Failures are reported through `refreshFailed`/`signedOut`; nobody awaits this promise.
    refresh().catch(() => {});
  }

  function onTimer(): void {
    // Paused: the activity monitor calls `catchUp` when the page is visible and online again.
    if (!destroyed && current && monitor?.isActive() !== false) refreshInBackground();
  }

  function catchUp(): void {
    // Due while paused, or back online after failures: try now rather than waiting out a backoff.
    if (!destroyed && current && (isDue(current) || retryAt !== null)) refreshInBackground();
  }

  // ---- other tabs ---------------------------------------------------------------------------

  function adoptRemote(session: Session, event: SessionEvent): void {
    if (current && JSON.stringify(current.session) === JSON.stringify(session)) return;
    const sameUser = current?.session.user.uid === session.user.uid;
    // A late message about an older token of the same user must not replace a newer one.
    if (sameUser && event === 'tokenRefreshed' && session.expiresAt < current!.session.expiresAt)
      return;
    applySession(session, sameUser ? event : 'signedIn', false);
  }

  function onMessage(message: CrossTabMessage): void {
    if (destroyed || message.source === tabId) return;
    if (message.type === 'session') adoptRemote(message.session, message.event);
    // The tab that signed out says why; here it is "another tab" unless the account itself ended.
    else applySignOut(message.reason === 'userSignedOut' ? 'otherTab' : message.reason, false);
  }

  function onStorage(newValue: string | null, cleared: boolean): void {
    if (destroyed) return;
    const read = cleared ? null : interpret(newValue, false);
    if (read) adoptRemote(read.session, 'tokenRefreshed');
    else if (read === null) applySignOut(cleared ? 'storageCleared' : 'otherTab', false);
  }

  // ---- public API ---------------------------------------------------------------------------

  function initialize(): Promise<void> {
    initialization ??= (async () => {
      if (destroyed) return;
      // Listen before reading, so a change made by another tab during the read is not missed.
      if (crossTabEnabled)
        tabs = createCrossTab(
          storageKey,
          { onMessage, onStorage },
          { storageEvents: storage.shared },
        );
      monitor = createActivityMonitor(catchUp);
      const startGeneration = generation;
      const stored = await readStored();
      if (destroyed || generation !== startGeneration) return; // setSession/signOut/another tab decided first
      if (initialSession !== undefined) {
        reconcileInitial(stored);
      } else if (stored) {
        // Restoring is not a sign-in: no event, only the state change.
        applySession(stored.session, null, false, stored.storedAt);
        if (current && isDue(current) && monitor.isActive()) refreshInBackground();
      } else {
        generation++;
        setState('signedOut', null, null);
      }
    })();
    return initialization;
  }

  /**
   * The server rendered `initialSession`; storage may know better. A stored session of the same
   * user with a newer token wins (another tab refreshed since the server read its cookie);
   * otherwise the server's view is stored, so storage and screen agree.
   */
  function reconcileInitial(stored: StoredRead): void {
    const initial = initialSession ?? null;
    const storedWins =
      initial !== null &&
      stored &&
      stored.session.user.uid === initial.user.uid &&
      issuedAt(stored.session) > issuedAt(initial);
    if (storedWins) applySession(stored.session, null, false, stored.storedAt);
    else if (initial) void applySession(initial, null, true);
    else void persist(null);
    if (current && isDue(current) && monitor?.isActive()) refreshInBackground();
  }

  async function getIdToken(tokenOptions?: { forceRefresh?: boolean }): Promise<string> {
    await initialize();
    const entry = current;
    if (!entry) throw notSignedIn();
    const force = tokenOptions?.forceRefresh === true;
    if (!force && !isDue(entry)) return entry.session.idToken;
    try {
      return (await refresh()).idToken;
    } catch (error) {
      // Inside the margin the old token is still accepted: a flaky network should not fail the
      // caller's request. The retry is already scheduled.
      const transient =
        isAuthError(error) &&
        !TERMINAL_REFRESH_ERRORS[error.code] &&
        error.code !== 'not_signed_in';
      if (!force && transient && current === entry && now() < entry.session.expiresAt)
        return entry.session.idToken;
      throw error;
    }
  }

  async function withIdToken<T>(operation: (idToken: string) => Promise<T>): Promise<T> {
    const token = await getIdToken();
    try {
      return await operation(token);
    } catch (error) {
      if (!isAuthError(error) || !REJECTED_TOKEN_STATUSES.has(error.status)) throw error;
    }
    // The service's text for an expired id token is not documented, and its SDK refreshes on any
    // 403: so 401 and every 403 get one refresh and one retry; a second 403 is a real refusal.
    try {
      return await operation(await getIdToken({ forceRefresh: true }));
    } catch (error) {
      throw isAuthError(error) && error.status === 403 ? asPermissionDenied(error) : error;
    }
  }

  /** Adds a listener; the returned function removes it. */
  const listen = <T>(listeners: Set<T>, listener: T) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  return {
    getSnapshot: () => state,
    getServerSnapshot: () => initialState,
    subscribe: (listener) => listen(stateListeners, listener),
    initialize,
    setSession(session, event = 'signedIn') {
      if (!destroyed) void applySession(session, event, true);
    },
    getIdToken,
    refresh,
    withIdToken,
    signOut(reason = 'userSignedOut') {
      if (!destroyed) applySignOut(reason, true);
    },
    onAuthStateChange: (listener) => listen(eventListeners, listener),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      timer.cancel();
      monitor?.destroy();
      tabs?.destroy();
      lifetime.abort();
      stateListeners.clear();
      eventListeners.clear();
    },
  };
}
