import { useCallback, useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { AuthError } from '../core/errors.js';
import type { OAuthCallbackOutcome, OAuthProviderId } from '../core/index.js';
import { loadOAuthFlow } from './loadOAuthFlow.js';
import { openOAuthPopup, type OAuthPopupOptions } from './oauthPopupWindow.js';
import type { AuthContextValue } from './AuthContext.js';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation.js';
import { useLatestRef } from './useLatestRef.js';
import { createOAuthUrl } from '../core/endpoints/oauthUrl.js';

/** `redirect`: the tab leaves for the provider. `popup`: the provider opens in a popup and this tab stays. */
export type OAuthMode = 'redirect' | 'popup';

export interface StartOAuthInput {
  providerId: OAuthProviderId | (string & {});
  /**
   * Where the provider sends the browser back: a URL, or a path (`/oauth/callback`) resolved
   * against the page when the flow starts. Default: the hook option, else the current page
   * without query and hash.
   */
  callBackUri?: string;
  /** `false` returns the URL instead of navigating (custom navigation, tests). Overrides the hook option. Ignored in popup mode. */
  redirect?: boolean;
  /** Overrides the hook option. */
  mode?: OAuthMode;
}

export interface StartOAuthResult {
  authUri: string;
  sessionId: string;
  providerId: string;
  callBackUri: string;
  /** The `state` the provider will echo back; the pending record is stored under it. */
  state: string | null;
  /** True when the browser was sent to `authUri`. */
  redirected: boolean;
  /** Popup mode only: how the sign-in ended. On `signedIn` the session is already stored. */
  outcome?: OAuthCallbackOutcome;
}

export type UseOAuthOptions = AuthMutationOptions<StartOAuthResult, StartOAuthInput> & {
  /** A URL or a path (`/oauth/callback`, resolved against the page when the flow starts). */
  callBackUri?: string;
  /** Default `true`. */
  redirect?: boolean;
  /**
   * Default `redirect`. In `popup` mode the mutation settles when the sign-in is over: resolved
   * with `outcome` (`signedIn`, session stored; or `needsConfirmation`), rejected with
   * `oauth_cancelled` (popup closed, consent refused) or `popup_blocked`. The `callBackUri` page
   * must be on this origin and render `useOAuthCallback`/`<OAuthCallback />`: inside the popup it
   * hands the answer to this tab, which checks and exchanges it.
   */
  mode?: OAuthMode;
  popup?: OAuthPopupOptions;
  /** How to leave for the provider. Default `window.location.assign`. */
  navigate?: (url: string) => void;
  now?: () => number;
};
export type UseOAuthResult = UseMutationResult<StartOAuthResult, AuthError, StartOAuthInput>;

/**
 * The absolute callback URL, decided when the flow starts (never during render, so the same code
 * renders on a server): a path such as `/oauth/callback` is resolved against the current page;
 * none means the current page without query and hash. The API refuses relative callbacks.
 */
function resolveCallBackUri(callBackUri: string | undefined): string {
  if (typeof window === 'undefined') {
    if (callBackUri && /^[a-z][a-z\d+.-]*:/i.test(callBackUri)) return callBackUri;
    throw new AuthError(
      'invalid_callback_uri',
      'useOAuth runs in a browser: outside one, pass an absolute `callBackUri`.',
    );
  }
  if (callBackUri === undefined) return `${window.location.origin}${window.location.pathname}`;
  try {
    return new URL(callBackUri, window.location.href).href;
  } catch (cause) {
    throw new AuthError('invalid_callback_uri', `"${callBackUri}" is not a usable callBackUri.`, {
      cause,
    });
  }
}

/**
 * Starts an OAuth sign-in: asks the API for the provider URL, remembers the flow in this tab
 * (sessionStorage, keyed by the provider's `state`), then leaves for the provider — or, with
 * `mode: 'popup'`, opens it in a popup and finishes the sign-in in this tab when the popup reports.
 * The page at `callBackUri` finishes the flow with `useOAuthCallback`.
 * @example
 * const oauth = useOAuth({ callBackUri: '/auth/callback' })
 * <button onClick={() => oauth.mutate({ providerId: 'google.com' })}>Continue with Google</button>
 * @example
 * const oauth = useOAuth({ mode: 'popup', callBackUri: '/auth/callback', onSuccess: ({ outcome }) => … })
 */
export function useOAuth(options?: UseOAuthOptions): UseOAuthResult {
  const {
    callBackUri: callBackUriDefault,
    redirect: redirectDefault = true,
    mode: modeDefault = 'redirect',
    popup: popupOptions,
    navigate,
    now = Date.now,
    ...mutationOptions
  } = options ?? {};
  // Popups opened by this hook's `mutate` in the click handler, by the variables object handed to
  // the mutation (`null`: the browser blocked it). Per hook instance: nothing shared across providers.
  const [openedPopups] = useState(() => new WeakMap<object, Window | null>());
  const mutation = useAuthMutation(
    'useOAuth',
    'public',
    (input: StartOAuthInput, context) => {
      const popupMode = (input.mode ?? modeDefault) === 'popup';
      return startOAuth(
        {
          providerId: input.providerId,
          callBackUri: input.callBackUri ?? callBackUriDefault,
          redirect: input.redirect ?? redirectDefault,
          // Opened by `mutate` in the click handler; opened here only when that did not happen.
          popup: popupMode
            ? openedPopups.has(input)
              ? openedPopups.get(input)!
              : openOAuthPopup(popupOptions)
            : undefined,
          popupOptions,
          navigate,
          now,
        },
        context,
      );
    },
    mutationOptions,
  );

  const { mutate, mutateAsync } = mutation;
  // Read at click time, so an inline `popup={{…}}` does not change `mutate`'s identity.
  const latest = useLatestRef({ modeDefault, popupOptions });
  // Popup mode opens the window now, synchronously inside the click, before react-query's first `await`.
  const prepare = useCallback(
    (input: StartOAuthInput): StartOAuthInput => {
      if ((input.mode ?? latest.current.modeDefault) !== 'popup' || typeof window === 'undefined')
        return input;
      const variables = { ...input };
      openedPopups.set(variables, openOAuthPopup(latest.current.popupOptions));
      return variables;
    },
    [openedPopups, latest],
  );
  const wrappedMutate = useCallback<UseOAuthResult['mutate']>(
    (input, callbacks) => mutate(prepare(input), callbacks),
    [mutate, prepare],
  );
  const wrappedMutateAsync = useCallback<UseOAuthResult['mutateAsync']>(
    (input, callbacks) => mutateAsync(prepare(input), callbacks),
    [mutateAsync, prepare],
  );
  return { ...mutation, mutate: wrappedMutate, mutateAsync: wrappedMutateAsync } as UseOAuthResult;
}

/** One OAuth start, as `useOAuth` and `OAuthButtons` describe it. */
export interface OAuthStart {
  providerId: string;
  /** A URL or a path (resolved against the page when the flow starts). Default: the current page without query and hash. */
  callBackUri?: string;
  /** Redirect mode: leave for the provider (else only return its URL). */
  redirect: boolean;
  /**
   * Popup mode: the window opened synchronously in the click (`null`: the browser blocked it).
   * `undefined`: redirect mode.
   */
  popup?: Window | null;
  popupOptions?: OAuthPopupOptions;
  /** How to leave for the provider. Default `window.location.assign`. */
  navigate?: (url: string) => void;
  now?: () => number;
}

/**
 * What `useOAuth` runs (and `OAuthButtons`, without react-query): asks the API for the provider
 * URL while the flow code loads, then hands over to the flow (see loadOAuthFlow.ts). Only what
 * the request needs is decided here; the rest of the flow is in the lazy chunk.
 */
export async function startOAuth(
  start: OAuthStart,
  context: AuthContextValue,
): Promise<StartOAuthResult> {
  const { popup } = start;
  try {
    if (popup === null)
      throw new AuthError('popup_blocked', 'The browser blocked the sign-in popup.');
    const callBackUri = resolveCallBackUri(start.callBackUri);
    if (popup && new URL(callBackUri).origin !== window.location.origin) {
      throw new AuthError('invalid_callback_uri', 'A popup callBackUri must be on this origin.');
    }
    const [{ continueOAuth }, url] = await Promise.all([
      loadOAuthFlow(),
      // The flow code loads while the API answers (see loadOAuthFlow.ts).
      createOAuthUrl(context.client, { providerId: start.providerId, callBackUri }),
    ]);
    return await continueOAuth(start, context, { ...url, callBackUri });
  } catch (error) {
    if (popup && !popup.closed) popup.close();
    throw error;
  }
}
