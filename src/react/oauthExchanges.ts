/**
 * One AuthProvider's memory of OAuth callback exchanges. Held by the provider (see AuthContext),
 * never by the module: two providers on one page (two apps, two sessions) must not answer with each
 * other's exchange or read each other's cleaned address bar.
 */
import { hasOAuthCallbackParams, parseOAuthCallback } from '../core/links.js';
import type { OAuthCallbackOutcome } from '../core/index.js';

const MAX_REMEMBERED_EXCHANGES = 20;
const CLEANED_URL_MEMORY_MS = 60_000;

export interface OAuthExchanges {
  /**
   * The exchange of the answer in `url`, started by `start` the first time. StrictMode runs effects
   * twice, and a remounted callback page runs them again; an OAuth code or token is single-use, so
   * every run for the same answer shares the first exchange (and its result).
   */
  exchangeOnce(
    url: string,
    start: () => Promise<OAuthCallbackOutcome>,
  ): Promise<OAuthCallbackOutcome>;
  /**
   * The callback URL to read for the address bar `href`: `href` itself, or, when this provider has
   * just cleaned it, the answer it carried, so a second consumer (or the second StrictMode effect
   * run) shares the exchange instead of reporting `idle`.
   */
  callbackUrl(href: string): string;
  /** Notes that the address bar carrying `original` now reads `cleaned`. */
  rememberCleaned(original: string, cleaned: string): void;
}

export function createOAuthExchanges(now: () => number = Date.now): OAuthExchanges {
  const exchanges = new Map<string, Promise<OAuthCallbackOutcome>>();
  let lastCleaned: { cleaned: string; original: string; at: number } | null = null;

  return {
    exchangeOnce(url, start) {
      const key = keyOf(url);
      const existing = exchanges.get(key);
      if (existing) return existing;
      const promise = start();
      exchanges.set(key, promise);
      while (exchanges.size > MAX_REMEMBERED_EXCHANGES) {
        const oldest = exchanges.keys().next().value;
        if (oldest === undefined) break;
        exchanges.delete(oldest);
      }
      return promise;
    },
    callbackUrl(href) {
      if (hasOAuthCallbackParams(href) || !lastCleaned) return href;
      const fresh = now() - lastCleaned.at < CLEANED_URL_MEMORY_MS;
      return fresh && lastCleaned.cleaned === href && exchanges.has(keyOf(lastCleaned.original))
        ? lastCleaned.original
        : href;
    },
    rememberCleaned(original, cleaned) {
      lastCleaned = { cleaned, original, at: now() };
    },
  };
}

function keyOf(url: string): string {
  const params = parseOAuthCallback(url);
  return [params.state ?? '', params.code ?? '', params.token ?? '', params.error ?? ''].join(
    '\u0000',
  );
}
