/**
 * The OAuth flow after the provider URL is known, and the callback exchange. Loaded on demand by
 * `loadOAuthFlow` (never imported statically: that would put it back on every sign-in page).
 */
import { completeOAuthCallback } from '../core/oauth/completeOAuthCallback.js';
import { savePendingOAuth, stateFromAuthUri } from '../core/oauth/pendingOAuth.js';
import type { AuthApi, AuthSession, OAuthCallbackOutcome, OAuthUrlResult } from '../core/index.js';
import type { AuthContextValue } from './AuthContext.js';
import { waitForOAuthPopup } from './oauthPopup.js';
import type { OAuthStart, StartOAuthResult } from './useOAuth.js';

export { reportToOAuthOpener } from './oauthPopup.js';

/**
 * Remembers the flow in this tab (sessionStorage, keyed by the provider's `state`), then leaves
 * for the provider, or, in popup mode, sends the popup there, waits for its answer and exchanges it.
 * `url` is what `createOAuthUrl` answered, with the absolute `callBackUri` it was asked with.
 */
export async function continueOAuth(
  start: OAuthStart,
  { client, session, oauth }: AuthContextValue,
  url: OAuthUrlResult & { callBackUri: string },
): Promise<StartOAuthResult> {
  const { popup, now = Date.now } = start;
  const { callBackUri } = url;
  const state = stateFromAuthUri(url.authUri);
  const providerId = url.providerId || start.providerId;
  savePendingOAuth(
    { sessionId: url.sessionId, providerId, callBackUri, state, createdAt: now() },
    { now },
  );
  const base = { authUri: url.authUri, sessionId: url.sessionId, providerId, callBackUri, state };
  if (popup) {
    popup.location.href = url.authUri;
    const answer = await waitForOAuthPopup(popup, state, callBackUri, start.popupOptions);
    const outcome = await completeOAuthCallback({
      client,
      url: answer,
      currentOrigin: window.location.origin,
      allowedCallbackOrigins: oauth.allowedCallbackOrigins,
      now,
    });
    if (outcome.status === 'signedIn') session.setSession(outcome.session, 'signedIn');
    return { ...base, redirected: false, outcome };
  }
  if (start.redirect) (start.navigate ?? ((target) => window.location.assign(target)))(url.authUri);
  return { ...base, redirected: start.redirect };
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
