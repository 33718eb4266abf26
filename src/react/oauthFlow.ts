/**
 * The OAuth flow after the provider URL is known, and the callback exchange. Loaded on demand by
 * `loadOAuthFlow` (never imported statically: that would put it back on every sign-in page).
 */
import { completeOAuthCallback } from '../core/oauth/completeOAuthCallback';
import { savePendingOAuth, stateFromAuthUri } from '../core/oauth/pendingOAuth';
import type { AuthApi, AuthSession, OAuthCallbackOutcome, OAuthUrlResult } from '../core';
import { waitForOAuthPopup } from './oauthPopup';
import type { OAuthPopupOptions } from './oauthPopupWindow';
import type { StartOAuthResult } from './useOAuth';

export { reportToOAuthOpener } from './oauthPopup';

export interface ContinueOAuthOptions {
  client: AuthApi;
  session: AuthSession;
  allowedCallbackOrigins: readonly string[];
  /** What `createOAuthUrl` answered. */
  url: OAuthUrlResult;
  providerId: string;
  callBackUri: string;
  /** Popup mode: the window opened in the click; `null` in redirect mode. */
  popup: Window | null;
  popupOptions?: OAuthPopupOptions;
  /** Redirect mode: leave for the provider with `navigate` (else only return the URL). */
  redirect: boolean;
  navigate: (url: string) => void;
  now: () => number;
}

/**
 * Remembers the flow in this tab (sessionStorage, keyed by the provider's `state`), then leaves
 * for the provider, or, in popup mode, sends the popup there, waits for its answer and exchanges it.
 */
export async function continueOAuth(options: ContinueOAuthOptions): Promise<StartOAuthResult> {
  const { client, session, url, callBackUri, popup, now } = options;
  const state = stateFromAuthUri(url.authUri);
  const providerId = url.providerId || options.providerId;
  savePendingOAuth(
    { sessionId: url.sessionId, providerId, callBackUri, state, createdAt: now() },
    { now },
  );
  const base = { authUri: url.authUri, sessionId: url.sessionId, providerId, callBackUri, state };
  if (popup) {
    popup.location.href = url.authUri;
    const answer = await waitForOAuthPopup(popup, state, callBackUri, options.popupOptions);
    const outcome = await completeOAuthCallback({
      client,
      url: answer,
      currentOrigin: window.location.origin,
      allowedCallbackOrigins: options.allowedCallbackOrigins,
      now,
    });
    if (outcome.status === 'signedIn') session.setSession(outcome.session, 'signedIn');
    return { ...base, redirected: false, outcome };
  }
  if (options.redirect) options.navigate(url.authUri);
  return { ...base, redirected: options.redirect };
}

/** Checks the answer in `url` against the flow this tab started, exchanges it, stores the session. */
export async function exchangeOAuthCallback(
  client: AuthApi,
  session: AuthSession,
  url: string,
  allowedCallbackOrigins: readonly string[],
): Promise<OAuthCallbackOutcome> {
  const outcome = await completeOAuthCallback({
    client,
    url,
    currentOrigin: window.location.origin,
    allowedCallbackOrigins,
  });
  if (outcome.status === 'signedIn') session.setSession(outcome.session, 'signedIn');
  return outcome;
}
