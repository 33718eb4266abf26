/**
 * When to refresh: one timer set for `expiresAt - margin` (like oidc-client-ts's
 * AccessTokenEvents), never a polling interval. Timers that fire late, after the device slept,
 * simply fire; the engine then looks at the clock and refreshes, it does not sign out.
 */

/** Default lead time: refresh five minutes before the id token expires. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/** Browsers fire timers longer than 2^31-1 ms immediately; longer waits are done in hops. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The margin actually used for a token of this lifetime: at most half of it, so a 60 s token is
 * refreshed after 30 s rather than immediately and forever.
 */
export function effectiveMarginMs(marginMs: number, lifetimeMs: number | null): number {
  const margin = Math.max(0, marginMs);
  if (lifetimeMs === null || lifetimeMs <= 0) return margin;
  return Math.min(margin, lifetimeMs / 2);
}

/** Retry delays after transient refresh failures: 1 s, 2 s, 4 s ... capped at `maxMs`. */
export function backoffDelayMs(attempt: number, baseMs = 1_000, maxMs = 60_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
}

export interface Timer {
  /** (Re)arms the timer for an absolute local time; a time in the past fires on the next tick. */
  at(time: number): void;
  cancel(): void;
}

/**
 * One re-armable timer bound to a clock. It may fire before `time`: a very long wait is done in
 * hops, and a clock set back makes the wait look shorter than it was. The owner re-checks the
 * clock when it fires and re-arms if it is early, so that decision sits in one place.
 *
 * @example
 * const timer = createTimer(Date.now, () => (isDue() ? refresh() : reschedule()))
 * timer.at(session.expiresAt - 60_000)
 */
export function createTimer(now: () => number, onFire: () => void): Timer {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(handle);
  return {
    at(time) {
      cancel();
      handle = setTimeout(onFire, Math.min(Math.max(0, time - now()), MAX_TIMER_MS));
    },
    cancel,
  };
}
