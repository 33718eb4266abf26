/**
 * Where the session is kept between page loads. Browsers can refuse storage outright (Safari
 * private mode throws on `setItem`, sandboxed iframes throw on the `localStorage` getter), so the
 * engine never touches Web Storage directly: it goes through an adapter that is probed once and
 * falls back to memory when the real thing is missing or throws.
 */

/** A synchronous or asynchronous key/value store (Web Storage, React Native AsyncStorage, ...). */
export interface StorageAdapter {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

/** Where the storage option points: a built-in store or a custom adapter. */
export type StorageOption = 'local' | 'session' | 'memory' | StorageAdapter;

/** The store the engine ended up with, and whether other tabs of the origin can see it. */
export interface ResolvedStorage {
  adapter: StorageAdapter;
  /** `localStorage` only: `storage` events and re-reads after a lock then mean something. */
  shared: boolean;
}

type WebStorageName = 'localStorage' | 'sessionStorage';

const PROBE_KEY = 'deskree-auth:probe';

/** The Web Storage area if it exists and accepts writes, else `null`. A `Storage` is itself an adapter. */
export function webStorage(which: WebStorageName): Storage | null {
  try {
    // Where there is no `window` (servers, workers) this throws a ReferenceError: no storage.
    const storage = window[which];
    // Safari private mode (old versions) and full quotas only fail on write: probe one.
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}

function requireWebStorage(which: WebStorageName): StorageAdapter {
  const storage = webStorage(which);
  if (!storage) throw new Error(`${which} is not available in this environment.`);
  return storage;
}

/**
 * A fresh in-memory store: the session lasts as long as the page (or the server request).
 *
 * @example
 * createAuthSession({ client, storage: memoryStorageAdapter() })
 */
export function memoryStorageAdapter(): StorageAdapter {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/**
 * `window.localStorage`, shared by every tab of the origin. Throws when it is unavailable;
 * `createAuthSession({ storage: 'local' })` falls back to memory instead.
 *
 * @example
 * createAuthSession({ client, storage: localStorageAdapter() })
 */
export function localStorageAdapter(): StorageAdapter {
  return requireWebStorage('localStorage');
}

/**
 * `window.sessionStorage`: one session per tab, gone when the tab closes. Throws when it is
 * unavailable; `createAuthSession({ storage: 'session' })` falls back to memory instead.
 *
 * @example
 * createAuthSession({ client, storage: sessionStorageAdapter(), crossTab: false })
 */
export function sessionStorageAdapter(): StorageAdapter {
  return requireWebStorage('sessionStorage');
}

/**
 * Wraps an adapter so that a store which starts throwing later (quota exceeded, storage
 * disabled mid-session) degrades to memory with one warning instead of breaking sign-in.
 */
function resilient(inner: StorageAdapter, warn: (message: string) => void): StorageAdapter {
  let fallback: StorageAdapter | null = null;
  const guard = async <T>(run: (store: StorageAdapter) => T | Promise<T>): Promise<T> => {
    if (fallback) return run(fallback);
    try {
      return await run(inner);
    } catch {
      warn('storage failed; keeping the session in memory for this page.');
      return run((fallback = memoryStorageAdapter()));
    }
  };
  return {
    getItem: (key) => guard((store) => store.getItem(key)),
    setItem: (key, value) => guard((store) => store.setItem(key, value)),
    removeItem: (key) => guard((store) => store.removeItem(key)),
  };
}

/**
 * Turns the `storage` option into an adapter. The default is `localStorage` in browsers and
 * memory on servers or wherever Web Storage is missing or throws. `warn` adds its own prefix.
 */
export function resolveStorage(
  option: StorageOption | undefined,
  warn: (message: string) => void,
): ResolvedStorage {
  if (typeof option === 'object') return { adapter: resilient(option, warn), shared: false };
  // A typo or the removed `storage="cookie"` must not quietly land the session in localStorage.
  if (option !== undefined && option !== 'local' && option !== 'session' && option !== 'memory')
    throw new TypeError(
      `Unknown storage "${option}": for cookies use <CookieAuthProvider> or cookieStorageAdapter().`,
    );
  const which = option === 'session' ? 'sessionStorage' : 'localStorage';
  const storage = option === 'memory' ? null : webStorage(which);
  if (!storage) {
    // No warning on servers: memory is the expected store there, not a degradation.
    if (option !== 'memory' && typeof window !== 'undefined')
      warn(`${which} is unavailable; the session is kept in memory only.`);
    return { adapter: memoryStorageAdapter(), shared: false };
  }
  return { adapter: resilient(storage, warn), shared: which === 'localStorage' };
}
