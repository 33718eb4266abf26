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
  kind: 'local' | 'session' | 'memory' | 'custom';
}

const PROBE_KEY = 'deskree-auth:probe';

function webStorage(which: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    const storage = window[which];
    // Safari private mode (old versions) and full quotas only fail on write: probe one.
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}

function adapterFor(storage: Storage): StorageAdapter {
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
  };
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
    setItem: (key, value) => {
      values.set(key, value);
    },
    removeItem: (key) => {
      values.delete(key);
    },
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
  const storage = webStorage('localStorage');
  if (!storage) throw new Error('localStorage is not available in this environment.');
  return adapterFor(storage);
}

/**
 * `window.sessionStorage`: one session per tab, gone when the tab closes. Throws when it is
 * unavailable; `createAuthSession({ storage: 'session' })` falls back to memory instead.
 *
 * @example
 * createAuthSession({ client, storage: sessionStorageAdapter(), crossTab: false })
 */
export function sessionStorageAdapter(): StorageAdapter {
  const storage = webStorage('sessionStorage');
  if (!storage) throw new Error('sessionStorage is not available in this environment.');
  return adapterFor(storage);
}

/**
 * Wraps an adapter so that a store which starts throwing later (quota exceeded, storage
 * disabled mid-session) degrades to memory with one warning instead of breaking sign-in.
 */
function resilient(inner: StorageAdapter, warn: (message: string) => void): StorageAdapter {
  let fallback: StorageAdapter | null = null;
  const fallBack = (operation: string): StorageAdapter => {
    if (!fallback) {
      warn(`deskree-auth: storage ${operation} failed; keeping the session in memory for this page.`);
      fallback = memoryStorageAdapter();
    }
    return fallback;
  };
  const guard = async <T>(operation: string, run: (store: StorageAdapter) => T | Promise<T>): Promise<T> => {
    if (fallback) return run(fallback);
    try {
      return await run(inner);
    } catch {
      return run(fallBack(operation));
    }
  };
  return {
    getItem: (key) => guard('read', (store) => store.getItem(key)),
    setItem: (key, value) => guard('write', (store) => store.setItem(key, value)),
    removeItem: (key) => guard('remove', (store) => store.removeItem(key)),
  };
}

/**
 * Turns the `storage` option into an adapter. The default is `localStorage` in browsers and
 * memory on servers or wherever Web Storage is missing or throws.
 */
export function resolveStorage(option: StorageOption | undefined, warn: (message: string) => void): ResolvedStorage {
  if (typeof option === 'object') return { adapter: resilient(option, warn), shared: false, kind: 'custom' };
  if (option === 'memory') return { adapter: memoryStorageAdapter(), shared: false, kind: 'memory' };
  const which = option === 'session' ? 'sessionStorage' : 'localStorage';
  const storage = webStorage(which);
  if (!storage) {
    // No warning on servers: memory is the expected store there, not a degradation.
    if (typeof window !== 'undefined') warn(`deskree-auth: ${which} is unavailable; the session is kept in memory only.`);
    return { adapter: memoryStorageAdapter(), shared: false, kind: 'memory' };
  }
  return {
    adapter: resilient(adapterFor(storage), warn),
    shared: which === 'localStorage',
    kind: which === 'localStorage' ? 'local' : 'session',
  };
}
