/**
 * Collapses concurrent calls into one: while a call is in flight every caller gets its promise;
 * the next call after it settles starts a new one. This is what turns 100 components asking for a
 * token at the same moment into a single refresh request (the race behind random sign-outs when
 * two refreshes spend the same refresh token).
 */

/**
 * @example
 * const refreshOnce = singleFlight(() => client.refreshToken(token))
 * await Promise.all([refreshOnce(), refreshOnce()]) // one request
 */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  return () =>
    (inFlight ??= run().finally(() => {
      inFlight = null;
    }));
}
