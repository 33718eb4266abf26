/**
 * Refreshing without being asked: one timer for the current token's due time (or for the retry
 * after a failure), never a polling interval. Paused while the page is hidden or offline; when
 * it comes back, a token that fell due meanwhile is refreshed at once.
 */
import type { Current } from './authStore.js';
import { createTimer } from './refreshScheduler.js';
import { createActivityMonitor, type ActivityMonitor } from './visibility.js';

export interface AutoRefreshDeps {
  now(): number;
  current(): Current | null;
  dueAt(entry: Current): number;
  isDue(entry: Current): boolean;
  /** When the retry after a transient failure is due, or `null`. */
  retryAt(): number | null;
  /** Failures are reported by the refresher's events; the promise is only caught here. */
  refresh(): Promise<unknown>;
}

export interface AutoRefresh {
  /** (Re)arms the timer for the current token; nothing when signed out. */
  schedule(): void;
  cancel(): void;
  /** Listens to visibility and connectivity (client side only, from `initialize()`). */
  start(): void;
  /** Refreshes now if the current token is due and the page is active. */
  refreshIfDue(): void;
  stop(): void;
}

/**
 * @example
 * const auto = createAutoRefresh({ now, current, dueAt, isDue, retryAt, refresh })
 * auto.start()
 * auto.schedule()
 */
export function createAutoRefresh(deps: AutoRefreshDeps): AutoRefresh {
  // Destructured once: locals minify, property accesses do not.
  const { now, current: currentEntry, dueAt, isDue, retryAt: retryTime, refresh } = deps;
  let monitor: ActivityMonitor | null = null;
  let stopped = false;
  const timer = createTimer(now, onTimer);
  const refreshInBackground = () => void refresh().catch(() => {});

  function schedule(): void {
    timer.cancel();
    const current = currentEntry();
    if (!stopped && current) timer.at(retryTime() ?? dueAt(current));
  }

  function onTimer(): void {
    const current = currentEntry();
    if (stopped || !current) return;
    const retryAt = retryTime();
    // Early (a hop of a long wait): wait on. Paused: `catchUp` runs when the page is back.
    if (!isDue(current) && (retryAt === null || now() < retryAt)) schedule();
    else if (monitor?.isActive() !== false) refreshInBackground();
  }

  function catchUp(): void {
    // Due while paused, or back online after failures: try now rather than waiting out a backoff.
    const current = currentEntry();
    if (!stopped && current && (isDue(current) || retryTime() !== null)) refreshInBackground();
  }

  return {
    schedule,
    cancel: () => timer.cancel(),
    start() {
      monitor ??= createActivityMonitor(catchUp);
    },
    refreshIfDue() {
      const current = currentEntry();
      if (!stopped && current && isDue(current) && monitor?.isActive() !== false)
        refreshInBackground();
    },
    stop() {
      stopped = true;
      timer.cancel();
      monitor?.destroy();
    },
  };
}
