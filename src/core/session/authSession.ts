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
import { parsePersistedSession, serializeSession, tokenLifetimeMs, trustedExpiresAt } from './persistedSession';
import { backoffDelayMs, createTimer, effectiveMarginMs, REFRESH_MARGIN_MS } from './refreshScheduler';
import { withLock } from './refreshLock';
import { singleFlight } from './singleFlight';
import { resolveStorage } from './storage';
import type { AuthEvent, AuthSession, AuthSessionOptions, AuthState, SignOutReason } from './types';
import { createActivityMonitor, type ActivityMonitor } from './visibility';

export type { AuthEvent, AuthSession, AuthSessionOptions, AuthState, AuthStatus, SignOutReason } from './types';

export const DEFAULT_STORAGE_KEY = 'deskree-auth:session';

/** Refresh failures that mean the refresh token will never work again. */
const TERMINAL_REFRESH_ERRORS: Partial<Record<AuthErrorCode, SignOutReason>> = {
  invalid_refresh_token: 'refreshTokenRevoked',
  refresh_token_revoked: 'refreshTokenRevoked',
  user_not_found: 'accountDeleted',
  user_disabled: 'userDisabled',
};

const LOADING_STATE: AuthState = Object.freeze({ status: 'loading', session: null, user: null, claims: null, signOutReason: null });

type SessionEvent = 'signedIn' | 'tokenRefreshed' | 'userUpdated';

interface Current {
  session: Session;
  /** Token lifetime, for clamping the margin of short-lived tokens. */
  lifetimeMs: number | null;
}

function notSignedIn(): AuthError {
  return new AuthError('not_signed_in', 'No user is signed in.');
}

function newTabId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function sameSession(a: Session, b: Session): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
  const warn = (message: string) => logger.warn(message);
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const marginMs = options.refreshMarginMs ?? REFRESH_MARGIN_MS;
  const storage = resolveStorage(options.storage, warn);
  const crossTabEnabled = options.crossTab ?? typeof BroadcastChannel !== 'undefined';
  const lockName = `${channelNameFor(storageKey)}:refresh`;
  const tabId = newTabId();

  let state: AuthState = LOADING_STATE;
  let current: Current | null = null;
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

  function setState(next: AuthState): void {
    state = next;
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
    if (destroyed || !current) return;
    timer.at(retryAt ?? dueAt(current));
  }

  function persist(session: Session | null): Promise<void> {
    const write = session === null ? storage.adapter.removeItem(storageKey) : storage.adapter.setItem(storageKey, serializeSession(session, now()));
    return Promise.resolve(write).catch(() => {
      // The resilient adapter already fell back to memory; a custom adapter failing is not fatal.
      warn('deskree-auth: the session could not be written to storage.');
    });
  }

  /** Makes `session` current; returns the storage write so a refresh can finish it inside its lock. */
  function applySession(
    session: Session,
    event: SessionEvent | null,
    how: { persist: boolean; broadcast: boolean; lifetimeFrom?: number },
  ): Promise<void> {
    if (!current || current.session.user.uid !== session.user.uid) epoch++;
    generation++;
    failures = 0;
    retryAt = null;
    const lifetimeMs = tokenLifetimeMs(session.idToken) ?? Math.max(0, session.expiresAt - (how.lifetimeFrom ?? now()));
    current = { session, lifetimeMs };
    setState({ status: 'signedIn', session, user: session.user, claims: decodeClaims(session.idToken), signOutReason: null });
    const written = how.persist ? persist(session) : Promise.resolve();
    if (how.broadcast && event) tabs?.post({ type: 'session', source: tabId, event, session });
    if (event) emit({ type: event, session });
    schedule();
    return written;
  }

  function applySignOut(reason: SignOutReason, how: { clearStorage: boolean; broadcast: boolean }): void {
    const wasSignedOut = state.status === 'signedOut' && current === null;
    generation++;
    epoch++;
    current = null;
    failures = 0;
    retryAt = null;
    timer.cancel();
    // Tell the other tabs before touching storage, so their `storage` event (which carries no
    // reason) usually arrives after the message that does.
    if (how.broadcast) tabs?.post({ type: 'signedOut', source: tabId, reason });
    if (how.clearStorage) void persist(null);
    if (wasSignedOut) return;
    setState({ status: 'signedOut', session: null, user: null, claims: null, signOutReason: reason });
    emit({ type: 'signedOut', reason });
  }

  // ---- storage ------------------------------------------------------------------------------

  type StoredRead = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'session'; session: Session; storedAt: number };

  async function readStored(): Promise<StoredRead> {
    let raw: string | null;
    try {
      raw = await storage.adapter.getItem(storageKey);
    } catch {
      return { kind: 'empty' };
    }
    return interpret(raw, true);
  }

  function interpret(raw: string | null, discardInvalid: boolean): StoredRead {
    if (raw === null || raw === '') return { kind: 'empty' };
    const parsed = parsePersistedSession(raw);
    if (!parsed.ok) {
      if (discardInvalid) {
        // Never quote the value: it may hold someone's tokens.
        warn(`deskree-auth: discarded the value stored under "${storageKey}" (${parsed.reason === 'json' ? 'not JSON' : 'not a session of this kit'}).`);
        void Promise.resolve(storage.adapter.removeItem(storageKey)).catch(() => {});
      }
      return { kind: 'invalid' };
    }
    const { value } = parsed;
    return { kind: 'session', session: { ...value.session, expiresAt: trustedExpiresAt(value) }, storedAt: value.storedAt };
  }

  // ---- refresh --------------------------------------------------------------------------------

  /**
   * After taking the lock: if another tab refreshed meanwhile (a different, still fresh token for
   * the same user is stored or was broadcast), use it instead of spending another request.
   */
  async function newerElsewhere(start: Current): Promise<Session | 'signedOut' | null> {
    const stored = await readStored();
    if (stored.kind === 'empty' && storage.shared && current?.session.refreshToken === start.session.refreshToken) {
      // Another tab signed out and cleared the shared store; refreshing now would resurrect the session.
      return 'signedOut';
    }
    if (stored.kind === 'session' && stored.session.user.uid === start.session.user.uid && stored.session.idToken !== start.session.idToken) {
      const candidate: Current = { session: stored.session, lifetimeMs: tokenLifetimeMs(stored.session.idToken) };
      if (!isDue(candidate)) {
        if (!current || current.session.idToken !== stored.session.idToken) {
          applySession(stored.session, 'tokenRefreshed', { persist: false, broadcast: false, lifetimeFrom: stored.storedAt });
        }
        return stored.session;
      }
    }
    if (current && current.session.idToken !== start.session.idToken && current.session.user.uid === start.session.user.uid && !isDue(current)) {
      return current.session;
    }
    return null;
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
            applySignOut('otherTab', { clearStorage: false, broadcast: false });
            throw notSignedIn();
          }
          if (elsewhere) return elsewhere;
          const { session } = await client.refreshToken(start.session.refreshToken, { previous: start.session });
          if (destroyed || epoch !== startEpoch) throw notSignedIn();
          // Written before the lock is released, so a tab waiting for it finds the new token.
          await applySession(session, 'tokenRefreshed', { persist: true, broadcast: true });
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
      if (current && current.session.refreshToken === start.session.refreshToken) {
        applySignOut(reason, { clearStorage: true, broadcast: true });
      }
      return;
    }
    retryAt = now() + backoffDelayMs(failures);
    failures++;
    schedule();
    emit({ type: 'refreshFailed', error: authError, willRetry: true });
  }

  const refresh = singleFlight(runRefresh);

  function refreshInBackground(): void {
    // Failures are reported through `refreshFailed`/`signedOut`; nobody awaits this promise.
    refresh().catch(() => {});
  }

  function onTimer(): void {
    if (destroyed || !current) return;
    // Paused: the activity monitor calls `catchUp` when the page is visible and online again.
    if (monitor && !monitor.isActive()) return;
    refreshInBackground();
  }

  function catchUp(): void {
    if (destroyed || !current) return;
    // Due while paused, or back online after failures: try now rather than waiting out a backoff.
    if (isDue(current) || retryAt !== null) refreshInBackground();
  }

  // ---- other tabs ---------------------------------------------------------------------------

  function adoptRemote(session: Session, event: SessionEvent): void {
    if (current && sameSession(current.session, session)) return;
    // A late message about an older token of the same user must not replace a newer one.
    if (current && current.session.user.uid === session.user.uid && session.expiresAt < current.session.expiresAt && event === 'tokenRefreshed') return;
    const effective: SessionEvent = !current || current.session.user.uid !== session.user.uid ? 'signedIn' : event;
    applySession(session, effective, { persist: false, broadcast: false });
  }

  function onRemoteSignOut(reason: SignOutReason): void {
    if (!current && state.status === 'signedOut') return;
    applySignOut(reason, { clearStorage: false, broadcast: false });
  }

  function onMessage(message: CrossTabMessage): void {
    if (destroyed || message.source === tabId) return;
    if (message.type === 'session') adoptRemote(message.session, message.event);
    // The tab that signed out says why; here it is "another tab" unless the account itself ended.
    else onRemoteSignOut(message.reason === 'userSignedOut' ? 'otherTab' : message.reason);
  }

  function onStorage(newValue: string | null, cleared: boolean): void {
    if (destroyed) return;
    if (cleared) return onRemoteSignOut('storageCleared');
    const read = interpret(newValue, false);
    if (read.kind === 'empty') onRemoteSignOut('otherTab');
    else if (read.kind === 'session') adoptRemote(read.session, 'tokenRefreshed');
  }

  // ---- public API ---------------------------------------------------------------------------

  function initialize(): Promise<void> {
    initialization ??= (async () => {
      if (destroyed) return;
      // Listen before reading, so a change made by another tab during the read is not missed.
      if (crossTabEnabled) tabs = createCrossTab(storageKey, { onMessage, onStorage }, { storageEvents: storage.shared });
      monitor = createActivityMonitor(catchUp);
      const startGeneration = generation;
      const stored = await readStored();
      if (destroyed || generation !== startGeneration) return; // setSession/signOut/another tab decided first
      if (stored.kind === 'session') {
        // Restoring is not a sign-in: no event, only the state change.
        applySession(stored.session, null, { persist: false, broadcast: false, lifetimeFrom: stored.storedAt });
        if (current && isDue(current) && monitor.isActive()) refreshInBackground();
      } else {
        generation++;
        setState({ status: 'signedOut', session: null, user: null, claims: null, signOutReason: null });
      }
    })();
    return initialization;
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
      const transient = isAuthError(error) && !TERMINAL_REFRESH_ERRORS[error.code] && error.code !== 'not_signed_in';
      if (!force && transient && current === entry && now() < entry.session.expiresAt) return entry.session.idToken;
      throw error;
    }
  }

  async function withIdToken<T>(operation: (idToken: string) => Promise<T>): Promise<T> {
    const token = await getIdToken();
    try {
      return await operation(token);
    } catch (error) {
      // Deskree answers an expired token with 403 + "Auth token has expired" (token_expired); a
      // second failure after a fresh token is a real permission error and is thrown as is.
      if (!isAuthError(error) || (error.status !== 401 && error.code !== 'token_expired')) throw error;
      const fresh = await getIdToken({ forceRefresh: true });
      return operation(fresh);
    }
  }

  return {
    getSnapshot: () => state,
    getServerSnapshot: () => LOADING_STATE,
    subscribe(listener) {
      stateListeners.add(listener);
      return () => {
        stateListeners.delete(listener);
      };
    },
    initialize,
    setSession(session, event = 'signedIn') {
      if (destroyed) return;
      void applySession(session, event, { persist: true, broadcast: true });
    },
    getIdToken,
    refresh,
    withIdToken,
    signOut(reason = 'userSignedOut') {
      if (destroyed) return;
      applySignOut(reason, { clearStorage: true, broadcast: true });
    },
    onAuthStateChange(listener) {
      eventListeners.add(listener);
      return () => {
        eventListeners.delete(listener);
      };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      timer.cancel();
      monitor?.destroy();
      tabs?.destroy();
      monitor = null;
      tabs = null;
      lifetime.abort();
      stateListeners.clear();
      eventListeners.clear();
    },
  };
}
