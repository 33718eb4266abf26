/**
 * One refresher per origin: tabs take a Web Lock before refreshing. Locks are also how other
 * kits ended up deadlocked (a tab frozen while holding one), so every wait here has a deadline
 * after which the lock is stolen: at worst two tabs refresh, which the server tolerates, rather
 * than every tab waiting forever.
 */
import { anySignal, timeoutSignal } from '../abort.js';

/** Longer than a refresh request's own timeout (15 s by default), so a slow refresh is not stolen. */
export const LOCK_TIMEOUT_MS = 20_000;

interface LockManagerLike {
  request<T>(
    name: string,
    options: { signal?: AbortSignal; steal?: boolean },
    callback: () => Promise<T>,
  ): Promise<T>;
}

/**
 * Runs `task` holding the named lock, or without it where Web Locks do not exist (older
 * browsers, jsdom, servers: a single-tab world where in-tab single-flight suffices).
 * `cancel` aborts the wait (used by `destroy()`); it rejects with an AbortError then.
 *
 * @example
 * await withLock('deskree-auth:session:refresh', () => refreshNow(), { timeoutMs: 20_000 })
 */
export async function withLock<T>(
  name: string,
  task: () => Promise<T>,
  options: { timeoutMs?: number; cancel?: AbortSignal } = {},
): Promise<T> {
  // Feature-detected: no `navigator` in Node 20, no Web Locks before Safari 15.4 / Chrome 69.
  // eslint-disable-next-line compat/compat
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManagerLike }) | undefined)
    ?.locks;
  if (typeof locks?.request !== 'function') return task();
  const deadline = timeoutSignal(options.timeoutMs ?? LOCK_TIMEOUT_MS);
  const wait = anySignal([deadline.signal, options.cancel]);
  let started = false;
  try {
    return await locks.request(name, { signal: wait.signal }, () => {
      started = true;
      // Holding the lock: the wait is over, its timer and listeners with it.
      deadline.dispose();
      wait.dispose();
      return task();
    });
  } catch (error) {
    // Only a wait that ran out of time steals; a cancelled wait or a failing task just fails.
    // (The wait rejects with the deadline's TimeoutError; nothing else fails before the task starts.)
    if (!started && deadline.signal.aborted && !options.cancel?.aborted) {
      return locks.request(name, { steal: true }, task);
    }
    throw error;
  } finally {
    deadline.dispose();
    wait.dispose();
  }
}
