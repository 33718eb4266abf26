/**
 * One refresh at a time: per tab (single-flight) and per origin (a Web Lock, then a look at what
 * the other tabs did while this one waited). Failure policy, the part users of other kits
 * complain about most:
 * - a dead refresh token (revoked, account deleted or disabled) signs out with that reason;
 * - anything else (offline, timeout, 5xx, an odd answer) keeps the session and retries with
 *   backoff, because signing someone out for a flaky network loses their work.
 */
import type { AuthApi } from '../authApi.js';
import { refreshToken } from '../endpoints/tokenRefresh.js';
import type { Session } from '../credentials.js';
import { AuthError, isAuthError, type AuthErrorCode } from '../errors.js';
import type { ApplyOptions, AuthStore, Current } from './authStore.js';
import type { Persistence } from './persistence.js';
import { tokenLifetimeMs } from './persistedSession.js';
import { withLock } from './refreshLock.js';
import { backoffDelayMs } from './refreshScheduler.js';
import { singleFlight } from './singleFlight.js';
import type { SignOutReason } from './types.js';

/** Refresh failures that mean the refresh token will never work again. */
const TERMINAL_REFRESH_ERRORS: Partial<Record<AuthErrorCode, SignOutReason>> = {
  invalid_refresh_token: 'refreshTokenRevoked',
  refresh_token_revoked: 'refreshTokenRevoked',
  user_not_found: 'accountDeleted',
  user_disabled: 'userDisabled',
};

/** A refresh failure after which the session is kept and retried (not a dead refresh token). */
export function isTransient(error: unknown): boolean {
  return (
    isAuthError(error) && !TERMINAL_REFRESH_ERRORS[error.code] && error.code !== 'not_signed_in'
  );
}

export function notSignedIn(): AuthError {
  return new AuthError('not_signed_in', 'No user is signed in.');
}

/** What this tab finds once it holds the lock. */
type Elsewhere =
  { kind: 'signedOut' } | { kind: 'refreshed'; session: Session } | { kind: 'nothing' };

export interface RefreshDeps {
  /** The request core (a full client is one too): the engine only ever refreshes. */
  client: AuthApi;
  store: AuthStore;
  persistence: Persistence;
  lockName: string;
  /** Aborted by `destroy()`: waits end, results are dropped. */
  cancel: AbortSignal;
  now(): number;
  initialize(): Promise<void>;
  isDue(entry: Current): boolean;
  apply(session: Session, options: ApplyOptions): Promise<void> | undefined;
  signOut(reason: SignOutReason, options: { origin: 'thisTab' | 'otherTab' }): void;
  /** The retry time changed: re-arm the timer. */
  reschedule(): void;
}

export interface RefreshCoordinator {
  /** Single-flight: concurrent callers share one request. */
  refresh(): Promise<Session>;
  /** When the next retry after a transient failure is due, or `null`. */
  retryAt(): number | null;
  /** A different session is current: earlier failures no longer count. */
  reset(): void;
}

/**
 * @example
 * const refresher = createRefreshCoordinator({ client, store, persistence, lockName, ... })
 * const session = await refresher.refresh()
 */
export function createRefreshCoordinator(deps: RefreshDeps): RefreshCoordinator {
  // Destructured once: locals minify, property accesses do not.
  const { client, persistence, cancel, now, isDue, apply, signOut, reschedule } = deps;
  const { current, term, emit } = deps.store;
  let failures = 0;
  let retryAt: number | null = null;

  /**
   * After taking the lock: if another tab refreshed meanwhile (a different, still fresh token for
   * the same user is stored or was broadcast), use it instead of spending another request.
   */
  async function lookElsewhere(start: Current): Promise<Elsewhere> {
    const stored = await persistence.read();
    const sameUserNewToken = (session: Session) =>
      session.user.uid === start.session.user.uid && session.idToken !== start.session.idToken;
    const unchanged = current()?.session.refreshToken === start.session.refreshToken;
    // Another tab signed out and cleared the shared store; refreshing would resurrect the session.
    if (stored.kind === 'empty' && persistence.shared && unchanged) return { kind: 'signedOut' };
    if (stored.kind === 'session' && sameUserNewToken(stored.session)) {
      const lifetimeMs = tokenLifetimeMs(stored.session.idToken);
      if (!isDue({ session: stored.session, lifetimeMs })) {
        if (current()?.session.idToken !== stored.session.idToken)
          void apply(stored.session, {
            event: 'tokenRefreshed',
            origin: 'storage',
            storedAt: stored.storedAt,
          });
        return { kind: 'refreshed', session: stored.session };
      }
    }
    const latest = current();
    return latest && sameUserNewToken(latest.session) && !isDue(latest)
      ? { kind: 'refreshed', session: latest.session }
      : { kind: 'nothing' };
  }

  async function refreshHoldingLock(start: Current, startTerm: number): Promise<Session> {
    const elsewhere = await lookElsewhere(start);
    if (elsewhere.kind === 'signedOut') {
      signOut('otherTab', { origin: 'otherTab' });
      throw notSignedIn();
    }
    if (elsewhere.kind === 'refreshed') return elsewhere.session;
    const { session } = await refreshToken(client, start.session.refreshToken, {
      previous: start.session,
    });
    if (cancel.aborted || term() !== startTerm) throw notSignedIn();
    // Written before the lock is released, so a tab waiting for it finds the new token.
    await apply(session, { event: 'tokenRefreshed', origin: 'thisTab' });
    return session;
  }

  function onFailure(error: unknown, start: Current): void {
    const authError = isAuthError(error)
      ? error
      : new AuthError('unknown', 'The token refresh failed unexpectedly.', { cause: error });
    if (authError.code === 'not_signed_in' || authError.code === 'aborted') return;
    const reason = TERMINAL_REFRESH_ERRORS[authError.code];
    if (reason) {
      emit({ type: 'refreshFailed', error: authError, willRetry: false });
      // A tab that has meanwhile received a different refresh token keeps it.
      if (current()?.session.refreshToken === start.session.refreshToken)
        signOut(reason, { origin: 'thisTab' });
      return;
    }
    retryAt = now() + backoffDelayMs(failures++);
    reschedule();
    emit({ type: 'refreshFailed', error: authError, willRetry: true });
  }

  const refresh = singleFlight(async () => {
    await deps.initialize();
    const start = current();
    if (cancel.aborted || !start) throw notSignedIn();
    const startTerm = term();
    try {
      return await withLock(deps.lockName, () => refreshHoldingLock(start, startTerm), { cancel });
    } catch (error) {
      if (!cancel.aborted && term() === startTerm) onFailure(error, start);
      throw error;
    }
  });

  return {
    refresh,
    retryAt: () => retryAt,
    reset() {
      failures = 0;
      retryAt = null;
    },
  };
}
