/**
 * Public signing keys, fetched once and kept as long as the response's `Cache-Control: max-age`
 * says (Google sends several hours; keys rotate with overlap). A token with a `kid` the cache does
 * not know triggers one early re-fetch, at most every `UNKNOWN_KID_REFETCH_MS`, so a rotation is
 * picked up without letting forged `kid`s turn every request into a JWKS download.
 */
import { importJWK, type CryptoKey, type JWK } from 'jose';
import { AuthError } from '../core/errors.js';
import type { FetchLike } from '../core/http.js';

/** Used when the JWKS response carries no usable `max-age` (the emulator sends none). */
export const DEFAULT_JWKS_MAX_AGE_MS = 5 * 60 * 1000;
/** The least time between two fetches caused by unknown `kid`s. */
export const UNKNOWN_KID_REFETCH_MS = 30 * 1000;

interface KeySet {
  keys: Map<string, JWK>;
  fetchedAt: number;
  expiresAt: number;
}

interface Entry {
  current: KeySet | null;
  pending: Promise<KeySet> | null;
  imported: Map<string, Promise<CryptoKey>>;
}

/** Keyed by fetch function (tests pass their own) and then by URL. */
const caches = new WeakMap<FetchLike | typeof globalThis.fetch, Map<string, Entry>>();

/** `max-age` in ms, `0` for `no-store`/`no-cache`, `null` when the header does not say. */
export function maxAgeMs(cacheControl: string | null): number | null {
  if (!cacheControl) return null;
  if (/(?:^|,)\s*(?:no-store|no-cache)\b/i.test(cacheControl)) return 0;
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  return match ? Number(match[1]) * 1000 : null;
}

async function download(url: string, fetchImpl: FetchLike, now: number): Promise<KeySet> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' } });
    body = await response.json();
  } catch (cause) {
    throw new AuthError('network', 'The signing keys could not be fetched.', { cause });
  }
  const list = (body as { keys?: unknown } | null)?.keys;
  if (!response.ok || !Array.isArray(list)) {
    throw new AuthError(
      'invalid_response',
      `The signing keys answer is not a JWKS (HTTP ${response.status}).`,
      {
        status: response.status,
      },
    );
  }
  const keys = new Map<string, JWK>();
  for (const key of list as JWK[]) if (key && typeof key.kid === 'string') keys.set(key.kid, key);
  const maxAge = maxAgeMs(response.headers.get('cache-control')) ?? DEFAULT_JWKS_MAX_AGE_MS;
  return { keys, fetchedAt: now, expiresAt: now + maxAge };
}

/**
 * The RS256 public key for `kid`, or `null` when the key set (fresh, or re-fetched once) has none.
 */
export async function keyFor(
  url: string,
  kid: string,
  fetchImpl: FetchLike | undefined,
  now: number,
): Promise<CryptoKey | null> {
  const fetcher = fetchImpl ?? globalThis.fetch;
  let byUrl = caches.get(fetcher);
  if (!byUrl) caches.set(fetcher, (byUrl = new Map()));
  let entry = byUrl.get(url);
  if (!entry) byUrl.set(url, (entry = { current: null, pending: null, imported: new Map() }));
  const cache = entry;

  const refetch = (): Promise<KeySet> => {
    cache.pending ??= download(url, (input, init) => fetcher(input, init), now)
      .then((set) => {
        cache.current = set;
        cache.imported.clear();
        return set;
      })
      .finally(() => {
        cache.pending = null;
      });
    return cache.pending;
  };

  let set = cache.current && now < cache.current.expiresAt ? cache.current : await refetch();
  if (!set.keys.has(kid) && now - set.fetchedAt >= UNKNOWN_KID_REFETCH_MS) set = await refetch();
  const jwk = set.keys.get(kid);
  if (!jwk) return null;
  let imported = cache.imported.get(kid);
  if (!imported) {
    imported = importJWK(jwk, 'RS256') as Promise<CryptoKey>;
    cache.imported.set(kid, imported);
    imported.catch(() => cache.imported.delete(kid));
  }
  return imported;
}
