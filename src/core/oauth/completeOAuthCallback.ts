/**
 * Finishing an OAuth redirect, without React: read the provider's answer from the URL, match it
 * to a flow this tab started, and exchange it at `sign-in/idp`. Storing the session is the
 * caller's job, so this stays usable with any store.
 */
import type { AuthApi } from '../authApi.js';
import { fetchEmailProviders } from '../endpoints/lookups.js';
import { signInWithIdp, type IdpSignInResult, type OAuthProfile } from '../endpoints/idpSignIn.js';
import { AuthError } from '../errors.js';
import { parseOAuthCallback } from '../links.js';
import type { Session } from '../credentials.js';
import {
  assertCallbackAllowed,
  consumePendingOAuth,
  type PendingOAuthOptions,
} from './pendingOAuth.js';

export type OAuthCallbackOutcome =
  | {
      status: 'signedIn';
      session: Session;
      providerId: string;
      profile: OAuthProfile;
      raw: IdpSignInResult['raw'];
    }
  | {
      /** An account with this email exists under other sign-in methods; no session was created. */
      status: 'needsConfirmation';
      email: string;
      providerId: string;
      profile: OAuthProfile;
      /** The methods the existing account can sign in with (`password`, `google.com`...); empty if that lookup failed. */
      signInMethods: string[];
      raw: IdpSignInResult['raw'];
    };

export interface CompleteOAuthCallbackOptions extends PendingOAuthOptions {
  /** `createAuthClient(…)` or `createAuthApi(…)`. */
  client: AuthApi;
  /** The URL the provider sent the browser to (query or fragment). */
  url: string | URL;
  /** The page's origin; the stored `callBackUri` must be on it unless listed in `allowedCallbackOrigins`. */
  currentOrigin: string;
  allowedCallbackOrigins?: readonly string[];
  signal?: AbortSignal;
}

/**
 * Checks an OAuth callback URL against this tab's pending flow and exchanges it once, without React.
 *
 * @example
 * const outcome = await completeOAuthCallback({ client, url: location.href, currentOrigin: location.origin })
 * if (outcome.status === 'signedIn') session.setSession(outcome.session, 'signedIn')
 */
export async function completeOAuthCallback(
  options: CompleteOAuthCallbackOptions,
): Promise<OAuthCallbackOutcome> {
  const {
    client,
    url,
    currentOrigin,
    allowedCallbackOrigins = [],
    signal,
    ...pendingOptions
  } = options;
  const { error, errorDescription, state, token, code } = parseOAuthCallback(url);

  if (error) {
    // The flow is over either way: drop its record so it cannot be replayed.
    consumePendingOAuth(state, pendingOptions);
    const cancelled = error === 'access_denied';
    throw new AuthError(
      cancelled ? 'oauth_cancelled' : 'invalid_idp_response',
      cancelled
        ? 'The sign-in was cancelled at the provider.'
        : `The provider refused the sign-in (${error}).`,
      { detail: errorDescription ?? error },
    );
  }
  if (!token && !code)
    throw new AuthError('invalid_idp_response', 'This URL carries no OAuth answer.');

  const pending = consumePendingOAuth(state, pendingOptions);
  if (!pending) {
    throw new AuthError(
      'oauth_state_mismatch',
      'No sign-in of this tab matches this answer (expired or already used). Start again.',
    );
  }
  assertCallbackAllowed(pending.callBackUri, currentOrigin, allowedCallbackOrigins);

  const { providerId, sessionId, callBackUri } = pending;
  const result = await signInWithIdp(
    client,
    { providerId, sessionId, callBackUri, token: token ?? undefined, code: code ?? undefined },
    { signal },
  );
  const { profile, raw } = result;
  if (result.status === 'signedIn') {
    return {
      status: 'signedIn',
      session: result.session,
      providerId: profile.providerId || providerId,
      profile,
      raw,
    };
  }

  let signInMethods: string[] = [];
  try {
    signInMethods = (await fetchEmailProviders(client, { email: result.email }, { signal }))
      .signInMethods;
  } catch {
    // The lookup only improves the message; the outcome is still "needs confirmation".
  }
  return {
    status: 'needsConfirmation',
    email: result.email,
    providerId: result.providerId,
    profile,
    signInMethods,
    raw,
  };
}
