/**
 * The session engine, wired from small parts: authStore (state, listeners, credentials),
 * refreshCoordinator (single-flight, lock, backoff, failure policy), tabAdoption (other tabs),
 * persistence (storage) and serverClock (every expiry decision, in the server's time). One timer
 * before expiry, paused while hidden or offline; an expired token is refreshed, never a sign-out.
 */
import type { Session } from '../credentials.js';
import { createAuthStore, type ApplyOptions, type Current } from './authStore.js';
import { createAutoRefresh } from './autoRefresh.js';
import { createPersistence, type StoredRead } from './persistence.js';
import { createRefreshCoordinator, isTransient, notSignedIn } from './refreshCoordinator.js';
import { effectiveMarginMs, REFRESH_MARGIN_MS } from './refreshScheduler.js';
import { createServerClock } from './serverClock.js';
import { decideRestore } from './restoreDecision.js';
import { resolveStorage } from './storage.js';
import { linkTabs, type TabLink } from './tabAdoption.js';
import { callWithTokenRetry } from './tokenRetry.js';
import type { AuthSession, AuthSessionOptions, SignOutReason } from './types.js';

/** Where the session is stored unless `storageKey` is given. */
export const DEFAULT_STORAGE_KEY = 'deskree-auth:session';

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
  const logger = options.logger ?? console;
  const warn = (message: string) => logger.warn(`deskree-auth: ${message}`);
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const marginMs = options.refreshMarginMs ?? REFRESH_MARGIN_MS;
  const clock = createServerClock(options.now ?? Date.now);
  const now = clock.now;
  const storage = resolveStorage(options.storage, warn);
  const persistence = createPersistence({ storage, key: storageKey, now, warn });
  // Server-rendered apps pass what the server knew, so the first render already shows it.
  const { initialSession } = options;
  if (initialSession) clock.learn(initialSession.idToken, now());
  const store = createAuthStore(initialSession, now());
  const lifetime = new AbortController();
  const destroyed = () => lifetime.signal.aborted;
  let initialization: Promise<void> | null = null;
  let tabs: TabLink | null = null;

  const dueAt = (entry: Current) =>
    clock.expiresAt(entry.session) - effectiveMarginMs(marginMs, entry.lifetimeMs);
  const isDue = (entry: Current) => clock.jumpedBack() || now() >= dueAt(entry);

  const refresher = createRefreshCoordinator({
    client: options.client,
    store,
    persistence,
    lockName: `deskree-auth:${storageKey}:refresh`,
    cancel: lifetime.signal,
    now,
    initialize,
    isDue,
    apply,
    signOut,
    reschedule: () => auto.schedule(),
  });
  const auto = createAutoRefresh({
    now,
    current: store.current,
    dueAt,
    isDue,
    retryAt: refresher.retryAt,
    refresh: refresher.refresh,
  });

  /** Makes `session` current; the storage write is returned so a refresh can await it in its lock. */
  function apply(session: Session, { event, origin, storedAt }: ApplyOptions) {
    const receivedAt = storedAt ?? now();
    clock.learn(session.idToken, receivedAt);
    refresher.reset();
    store.signIn(session, receivedAt);
    const written = origin === 'thisTab' ? persistence.write(session) : undefined;
    if (origin === 'thisTab' && event) tabs?.announceSession(event, session);
    if (event) store.emit({ type: event, session });
    auto.schedule();
    return written;
  }

  function signOut(reason: SignOutReason, { origin }: { origin: 'thisTab' | 'otherTab' }): void {
    const wasSignedOut = store.state().status === 'signedOut' && !store.current();
    refresher.reset();
    auto.cancel();
    if (origin === 'thisTab') {
      // Tell the other tabs before touching storage, so their `storage` event (which carries no
      // reason) usually arrives after the message that does.
      tabs?.announceSignOut(reason);
      void persistence.write(null);
    }
    if (wasSignedOut) return;
    store.signOut(reason);
    store.emit({ type: 'signedOut', reason });
  }

  /** The first read of storage (see restoreDecision.ts). Restoring is not a sign-in: no event. */
  function restore(stored: StoredRead): void {
    const decision = decideRestore(stored, initialSession);
    if (decision.kind === 'restoreStored')
      apply(decision.session, { event: null, origin: 'storage', storedAt: decision.storedAt });
    else if (decision.kind === 'keepInitial')
      void apply(decision.session, { event: null, origin: 'thisTab' });
    else if (decision.clearStorage) void persistence.write(null);
    else store.signOut(null);
  }

  function initialize(): Promise<void> {
    initialization ??= (async () => {
      if (destroyed()) return;
      // Listen before reading, so a change made by another tab during the read is not missed.
      // Without BroadcastChannel (feature-detected), `storage` events still carry the news.
      if (
        options.crossTab ??
        (typeof BroadcastChannel !== 'undefined' || typeof window !== 'undefined')
      )
        tabs = linkTabs({
          storageKey,
          store,
          persistence,
          apply,
          signOut: (reason) => signOut(reason, { origin: 'otherTab' }),
        });
      auto.start();
      const startRevision = store.revision();
      const stored = await persistence.read();
      // setSession/signOut/another tab decided first.
      if (destroyed() || store.revision() !== startRevision) return;
      restore(stored);
      auto.refreshIfDue();
    })();
    return initialization;
  }

  async function getIdToken(tokenOptions?: { forceRefresh?: boolean }): Promise<string> {
    await initialize();
    const entry = store.current();
    if (!entry) throw notSignedIn();
    const force = tokenOptions?.forceRefresh === true;
    if (!force && !isDue(entry)) return entry.session.idToken;
    try {
      return (await refresher.refresh()).idToken;
    } catch (error) {
      // Inside the margin the old token is still accepted: a flaky network should not fail the
      // caller's request (the retry is scheduled). Not after a clock jump: then nobody knows.
      const usable = !clock.jumpedBack() && now() < clock.expiresAt(entry.session);
      if (!force && isTransient(error) && store.current() === entry && usable)
        return entry.session.idToken;
      throw error;
    }
  }

  return {
    getSnapshot: store.state,
    getServerSnapshot: () => store.initialState,
    subscribe: store.subscribe,
    initialize,
    setSession(session, event = 'signedIn') {
      if (!destroyed()) void apply(session, { event, origin: 'thisTab' });
    },
    getIdToken,
    refresh: refresher.refresh,
    withIdToken: (operation) => callWithTokenRetry(getIdToken, operation),
    signOut(reason = 'userSignedOut') {
      if (!destroyed()) signOut(reason, { origin: 'thisTab' });
    },
    onAuthStateChange: store.onEvent,
    destroy() {
      if (destroyed()) return;
      lifetime.abort();
      auto.stop();
      tabs?.destroy();
      store.clear();
    },
  };
}
