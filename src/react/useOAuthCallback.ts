import { useEffect, useState } from 'react';
import { hasOAuthCallbackParams, stripOAuthParams } from '../core/links.js';
import type { AuthError, OAuthCallbackOutcome } from '../core/index.js';
import { useAuthContext, type AuthContextValue } from './AuthContext.js';
import { loadOAuthFlow } from './loadOAuthFlow.js';
import { createOAuthExchanges } from './oauthExchanges.js';
import { canReportToOAuthOpener } from './oauthPopupWindow.js';
import { toAuthError } from './toAuthError.js';

export type OAuthCallbackStatus =
  'idle' | 'exchanging' | 'signedIn' | 'needsConfirmation' | 'error';

export interface UseOAuthCallbackOptions {
  /** The callback URL to read. Default: the current `window.location.href` (read in an effect, never during render). */
  url?: string;
  /** Default `true`. Set `false` to wait (e.g. until a router is ready). */
  enabled?: boolean;
  /**
   * Remove the OAuth parameters from the address bar with `history.replaceState`, so a reload or
   * a shared link does not carry a used code. Default: `true` when reading the current URL.
   */
  replaceUrl?: boolean;
  /** Extra origins the stored `callBackUri` may have. Default: the provider's `oauth.allowedCallbackOrigins`. */
  allowedCallbackOrigins?: readonly string[];
  /**
   * Inside a popup opened by `useOAuth({ mode: 'popup' })` (same-origin opener), hand the answer to
   * the opening tab, which checks and exchanges it, and close; `status` stays `exchanging`.
   * Default `true`; `false` always exchanges here.
   */
  popup?: boolean;
}

export interface UseOAuthCallbackResult {
  /**
   * `idle`: nothing to do (no OAuth parameters), or the effect has not run yet (first render, server).
   * `needsConfirmation`: the email already has an account with another method; no session was created.
   */
  status: OAuthCallbackStatus;
  result: OAuthCallbackOutcome | null;
  error: AuthError | null;
}

function run(
  context: AuthContextValue,
  url: string,
  allowedCallbackOrigins: readonly string[],
): Promise<OAuthCallbackOutcome> {
  const { client, session } = context;
  const oauthExchanges = context.oauthExchanges.get(createOAuthExchanges);
  // Registered synchronously (the flow code then loads): a second effect run, or a second hook,
  // shares this exchange even before the code has arrived. The session is stored inside the
  // single flight, so it is set once however many hooks wait.
  return oauthExchanges.exchangeOnce(url, () =>
    loadOAuthFlow().then(({ exchangeOAuthCallback }) =>
      exchangeOAuthCallback(client, session, url, allowedCallbackOrigins),
    ),
  );
}

/**
 * Finishes an OAuth sign-in on the `callBackUri` page: checks the answer against the flow this
 * tab started (`oauth_state_mismatch` otherwise), exchanges it exactly once, stores the session,
 * and cleans the address bar. A cancelled consent gives `oauth_cancelled`.
 *
 * @example
 * function OAuthCallbackPage() {
 *   const { status, result, error } = useOAuthCallback()
 *   if (status === 'signedIn') return <Navigate to="/" />
 *   if (status === 'needsConfirmation') return <p>{result.email} already signs in with {result.signInMethods.join(', ')}.</p>
 *   if (status === 'error') return <p>{error.message}</p>
 *   return <Spinner />
 * }
 */
export function useOAuthCallback(options: UseOAuthCallbackOptions = {}): UseOAuthCallbackResult {
  const context = useAuthContext('useOAuthCallback');
  const { url: givenUrl, enabled = true, popup = true } = options;
  const replaceUrl = options.replaceUrl ?? givenUrl === undefined;
  const allowed = options.allowedCallbackOrigins ?? context.oauth.allowedCallbackOrigins;
  const allowedKey = allowed.join('\n');
  // With an explicit URL the first render already knows there is work (no window needed).
  const [state, setState] = useState<UseOAuthCallbackResult>(() => ({
    status:
      enabled && givenUrl !== undefined && hasOAuthCallbackParams(givenUrl) ? 'exchanging' : 'idle',
    result: null,
    error: null,
  }));

  useEffect(() => {
    if (!enabled) return;
    const url =
      givenUrl ??
      context.oauthExchanges.get(createOAuthExchanges).callbackUrl(window.location.href);
    // The address bar is read here, after mount, so the server and the first client render agree;
    // the status it implies can only be set now (one extra render, once per URL).
    if (!hasOAuthCallbackParams(url)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
      setState((previous) =>
        previous.status === 'idle' ? previous : { status: 'idle', result: null, error: null },
      );
      return;
    }
    let active = true;
    setState((previous) =>
      previous.status === 'exchanging'
        ? previous
        : { status: 'exchanging', result: null, error: null },
    );
    // In an OAuth popup: the opener exchanges (its sessionStorage has the flow); this window only reports and closes.
    const handedOver = popup && canReportToOAuthOpener();
    if (handedOver)
      loadOAuthFlow().then(
        ({ reportToOAuthOpener }) => reportToOAuthOpener(url),
        (error: unknown) => {
          if (active) setState({ status: 'error', result: null, error: toAuthError(error) });
        },
      );
    const pending = handedOver ? null : run(context, url, allowedKey ? allowedKey.split('\n') : []);
    // Cleaned before the answer arrives: a reload mid-exchange must not replay the code.
    if (replaceUrl && typeof history !== 'undefined') {
      const cleaned = stripOAuthParams(window.location.href);
      if (cleaned !== window.location.href) {
        context.oauthExchanges
          .get(createOAuthExchanges)
          .rememberCleaned(window.location.href, cleaned);
        history.replaceState(history.state, '', cleaned);
      }
    }
    pending?.then(
      (result) => {
        if (active) setState({ status: result.status, result, error: null });
      },
      (error: unknown) => {
        if (active) setState({ status: 'error', result: null, error: toAuthError(error) });
      },
    );
    return () => {
      active = false;
    };
  }, [context, givenUrl, enabled, replaceUrl, allowedKey, popup]);

  return state;
}
