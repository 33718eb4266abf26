/**
 * A `fetch` for the app's own API that carries the signed-in user's id token. It asks the session
 * for a token (refreshing first when one is due), and on a 401 or 403 refreshes once and retries
 * once, the rule `withIdToken` follows: the token may have been revoked or expired (by the
 * server's clock) between the check and the server reading it.
 */
import type { FetchLike } from './http.js';
import type { AuthSession } from './session/types.js';

export interface AuthFetchOptions {
  /** The underlying fetch. Default: the global `fetch`. */
  fetch?: FetchLike;
  /** Header that carries `Bearer <idToken>`. Default `authorization`, what most APIs read. */
  headerName?: string;
}

function withToken(
  input: Request | string | URL,
  init: RequestInit | undefined,
  headerName: string,
  idToken: string,
): [Request | string | URL, RequestInit] {
  const headers = new Headers(input instanceof Request ? input.headers : undefined);
  new Headers(init?.headers).forEach((value, key) => headers.set(key, value));
  headers.set(headerName, `Bearer ${idToken}`);
  return [input, { ...init, headers }];
}

/**
 * A `fetch` for your own API that adds `Authorization: Bearer <fresh id token>` and retries once after a refresh on 401/403.
 *
 * @example
 * const authFetch = createAuthFetch(auth)
 * const res = await authFetch('/api/projects') // Authorization: Bearer <fresh id token>
 */
export function createAuthFetch(session: AuthSession, options: AuthFetchOptions = {}): FetchLike {
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const headerName = options.headerName ?? 'authorization';

  return async (input, init) => {
    // A Request body can be read once: keep a copy for the retry before the first attempt uses it.
    const spare = input instanceof Request ? input.clone() : input;
    const first = await fetchImpl(
      ...withToken(input, init, headerName, await session.getIdToken()),
    );
    // A streamed body cannot be replayed; hand the answer back rather than send an empty body.
    const rejected = first.status === 401 || first.status === 403;
    if (!rejected || init?.body instanceof ReadableStream) return first;
    const idToken = await session.getIdToken({ forceRefresh: true });
    // The first answer is dropped; release its body so the connection can be reused.
    await first.body?.cancel().catch(() => {});
    return fetchImpl(...withToken(spare, init, headerName, idToken));
  };
}
