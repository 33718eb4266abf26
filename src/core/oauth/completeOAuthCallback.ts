/**
 * Finishing an OAuth redirect, without React: read the provider's answer from the URL, match it
 * to a flow this tab started, and exchange it at `sign-in/idp`. Storing the session is the
 * caller's job, so this stays usable with any store.
 */
import type { AuthClient, IdpSignInResult, OAuthProfile } from '../client';
import { AuthError } from '../errors';
import { parseOAuthCallback } from '../links';
import type { Session } from '../session';
import { assertCallbackAllowed, consumePendingOAuth, type PendingOAuthOptions } from './pendingOAuth';

export type OAuthCallbackOutcome =
  | { status: 'signedIn'; session: Session; providerId: string; profile: OAuthProfile; raw: IdpSignInResult['raw'] }
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
  client: AuthClient;
  /** The URL the provider sent the browser to (query or fragment). */
  url: string | URL;
  /** The page's origin; the stored `callBackUri` must be on it unless listed in `allowedCallbackOrigins`. */
  currentOrigin: string;
  allowedCallbackOrigins?: readonly string[];
  signal?: AbortSignal;
}

/**
 * @example
 * const outcome = await completeOAuthCallback({ client, url: location.href, currentOrigin: location.origin })
 * if (outcome.status === 'signedIn') session.setSession(outcome.session, 'signedIn')
 */
export async function completeOAuthCallback(options: CompleteOAuthCallbackOptions): Promise<OAuthCallbackOutcome> {
  const { client, url, currentOrigin, allowedCallbackOrigins = [], signal, ...pendingOptions } = options;
  const params = parseOAuthCallback(url);

  if (params.error) {
    // The flow is over either way: drop its record so it cannot be replayed.
    consumePendingOAuth(params.state, pendingOptions);
    if (params.error === 'access_denied') {
      throw new AuthError('oauth_cancelled', 'The sign-in was cancelled at the provider.', { detail: params.errorDescription ?? params.error });
    }
    throw new AuthError('invalid_idp_response', `The provider refused the sign-in (${params.error}).`, {
      detail: params.errorDescription ?? params.error,
    });
  }
  if (!params.token && !params.code) {
    throw new AuthError('invalid_idp_response', 'This URL carries no OAuth answer (no id_token, access_token or code).');
  }

  const pending = consumePendingOAuth(params.state, pendingOptions);
  if (!pending) {
    throw new AuthError(
      'oauth_state_mismatch',
      'This sign-in was not started in this tab (or it is older than 10 minutes, or was already completed). Start the sign-in again.',
    );
  }
  assertCallbackAllowed(pending.callBackUri, currentOrigin, allowedCallbackOrigins);

  const result = await client.signInWithIdp(
    {
      providerId: pending.providerId,
      sessionId: pending.sessionId,
      callBackUri: pending.callBackUri,
      ...(params.token ? { token: params.token } : {}),
      ...(params.code ? { code: params.code } : {}),
    },
    { signal },
  );
  if (result.status === 'signedIn') {
    return { status: 'signedIn', session: result.session, providerId: result.profile.providerId || pending.providerId, profile: result.profile, raw: result.raw };
  }

  let signInMethods: string[] = [];
  try {
    signInMethods = (await client.fetchEmailProviders({ email: result.email }, { signal })).signInMethods;
  } catch {
    // The lookup only improves the message; the outcome is still "needs confirmation".
  }
  return { status: 'needsConfirmation', email: result.email, providerId: result.providerId, profile: result.profile, signInMethods, raw: result.raw };
}
