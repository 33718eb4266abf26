/**
 * The record an OAuth redirect must carry across the round trip to the provider.
 *
 * The API's `sessionId` guards against session fixation only if the app checks, on return, that
 * the answer belongs to a flow *this tab* started. The record lives in sessionStorage (per tab,
 * survives the redirect, gone when the tab closes) under a key that includes the provider's
 * `state`, so two flows started in one tab cannot overwrite each other and a callback whose
 * `state` we never issued finds nothing. Where sessionStorage is missing or throws (SSR, Safari
 * private mode, sandboxed iframes) a module-level map keeps popup and same-page flows working.
 */
import { AuthError } from '../errors.js';
import { webStorage } from '../session/storage.js';

/** What `useOAuth` saves before leaving for the provider. */
export interface PendingOAuth {
  sessionId: string;
  providerId: string;
  callBackUri: string;
  /** The `state` parameter of the `authUri`; the provider echoes it back. `null` if the URL had none. */
  state: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** Records older than this are ignored: a consent screen left open for longer is a stale flow. */
export const PENDING_OAUTH_TTL_MS = 10 * 60 * 1000;

/** sessionStorage key prefix of pending OAuth flows (one per `state`). */
export const PENDING_OAUTH_KEY_PREFIX = 'deskree-auth:oauth:';

/** Some providers (or a misconfigured app) give no `state`; such a flow gets one slot per tab. */
const NO_STATE_KEY = '~no-state~';

/** The storage surface we need; `sessionStorage` satisfies it. */
export interface PendingOAuthStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

const memory = new Map<string, string>();
const memoryStorage: PendingOAuthStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
  get length() {
    return memory.size;
  },
  key: (index) => [...memory.keys()][index] ?? null,
};

function defaultStorage(): PendingOAuthStorage {
  return webStorage('sessionStorage') ?? memoryStorage;
}

export interface PendingOAuthOptions {
  storage?: PendingOAuthStorage;
  now?: () => number;
}

function keyFor(state: string | null): string {
  return `${PENDING_OAUTH_KEY_PREFIX}${state ?? NO_STATE_KEY}`;
}

/**
 * A stored record, or `null` when it is not one (not JSON, a field missing or of another type).
 * Checked by hand, not with a zod schema: this code is in the lazy OAuth chunk, and zod in it would
 * split zod out of the sign-in page's first chunk into a shared one, which gzips worse (+0.3 kB).
 * A `state` that is missing or not a string means "no state", not a broken record.
 */
function parse(text: string | null): PendingOAuth | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text ?? '');
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const { sessionId, providerId, callBackUri, state, createdAt } = raw as Record<string, unknown>;
  if (
    typeof sessionId !== 'string' ||
    typeof providerId !== 'string' ||
    typeof callBackUri !== 'string' ||
    typeof createdAt !== 'number'
  )
    return null;
  return {
    sessionId,
    providerId,
    callBackUri,
    state: typeof state === 'string' ? state : null,
    createdAt,
  };
}

/** Drops every expired record, so abandoned flows do not pile up in a long-lived tab. */
function sweep(storage: PendingOAuthStorage, now: number): void {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(PENDING_OAUTH_KEY_PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    const record = parse(storage.getItem(key));
    if (!record || now - record.createdAt > PENDING_OAUTH_TTL_MS) storage.removeItem(key);
  }
}

/** The `state` query (or fragment) parameter of a provider's authorization URL. */
export function stateFromAuthUri(authUri: string): string | null {
  try {
    const url = new URL(authUri);
    return (
      url.searchParams.get('state') || new URLSearchParams(url.hash.slice(1)).get('state') || null
    );
  } catch {
    return null;
  }
}

/**
 * Remembers a flow this tab started, right before leaving for the provider.
 * @example savePendingOAuth({ sessionId, providerId: 'google.com', callBackUri, state: stateFromAuthUri(authUri), createdAt: Date.now() })
 */
export function savePendingOAuth(record: PendingOAuth, options: PendingOAuthOptions = {}): void {
  const storage = options.storage ?? defaultStorage();
  sweep(storage, (options.now ?? Date.now)());
  storage.setItem(keyFor(record.state), JSON.stringify(record));
}

/**
 * The unexpired record for this `state`, left in place (for UIs that only want to show progress).
 * @example readPendingOAuth(parseOAuthCallback(location.href).state)
 */
export function readPendingOAuth(
  state: string | null,
  options: PendingOAuthOptions = {},
): PendingOAuth | null {
  const storage = options.storage ?? defaultStorage();
  const record = parse(storage.getItem(keyFor(state)));
  if (!record) return null;
  if ((options.now ?? Date.now)() - record.createdAt > PENDING_OAUTH_TTL_MS) {
    storage.removeItem(keyFor(state));
    return null;
  }
  return record;
}

/**
 * Reads and removes the record in one step, so a callback can be answered once only.
 * @example const pending = consumePendingOAuth(state); if (!pending) throw new AuthError('oauth_state_mismatch', '...')
 */
export function consumePendingOAuth(
  state: string | null,
  options: PendingOAuthOptions = {},
): PendingOAuth | null {
  const storage = options.storage ?? defaultStorage();
  const record = readPendingOAuth(state, { ...options, storage });
  storage.removeItem(keyFor(state));
  return record;
}

/** Forgets every pending flow of this tab (e.g. on "start over"). */
export function clearPendingOAuth(options: PendingOAuthOptions = {}): void {
  const storage = options.storage ?? defaultStorage();
  sweep(storage, Number.POSITIVE_INFINITY);
}

/**
 * Refuses a `callBackUri` on a foreign origin: a stored record pointing elsewhere means the flow
 * was not started by this app (or was tampered with), and the API would mint tokens for it.
 * Throws `AuthError('invalid_callback_uri')`.
 *
 * @example assertCallbackAllowed(pending.callBackUri, window.location.origin, ['https://auth.example.com'])
 */
export function assertCallbackAllowed(
  callBackUri: string,
  currentOrigin: string,
  allowedOrigins: readonly string[] = [],
): void {
  const origin = originOf(callBackUri);
  const allowed = [currentOrigin, ...allowedOrigins].map((value) => originOf(value) ?? value);
  if (!origin || origin === 'null' || !allowed.includes(origin)) {
    throw new AuthError(
      'invalid_callback_uri',
      `OAuth callBackUri "${callBackUri}" is not on this page's origin nor in allowedCallbackOrigins.`,
    );
  }
}

/** The origin of an absolute URL, or `null`. */
function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
