import type { UseMutationResult } from '@tanstack/react-query';
import { AuthError, savePendingOAuth, stateFromAuthUri, type OAuthProviderId } from '../core';
import { useAuthMutation, type AuthMutationOptions } from './useAuthMutation';

export interface StartOAuthInput {
  providerId: OAuthProviderId | (string & {});
  /** Where the provider sends the browser back. Default: the hook option, else the current page without query and hash. */
  callBackUri?: string;
  /** `false` returns the URL instead of navigating (custom navigation, tests). Overrides the hook option. */
  redirect?: boolean;
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
}

export type UseOAuthOptions = AuthMutationOptions<StartOAuthResult, StartOAuthInput> & {
  callBackUri?: string;
  /** Default `true`. */
  redirect?: boolean;
  /** How to leave for the provider. Default `window.location.assign`. */
  navigate?: (url: string) => void;
  now?: () => number;
};
export type UseOAuthResult = UseMutationResult<StartOAuthResult, AuthError, StartOAuthInput>;

function defaultCallBackUri(): string {
  if (typeof window === 'undefined') {
    throw new AuthError('invalid_callback_uri', 'useOAuth runs in a browser: pass `callBackUri` explicitly outside one.');
  }
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * Starts an OAuth sign-in: asks the API for the provider URL, remembers the flow in this tab
 * (sessionStorage, keyed by the provider's `state`), then leaves for the provider. The page at
 * `callBackUri` finishes the flow with `useOAuthCallback`.
 * @example
 * const oauth = useOAuth({ callBackUri: `${location.origin}/auth/callback` })
 * <button onClick={() => oauth.mutate({ providerId: 'google.com' })}>Continue with Google</button>
 */
export function useOAuth(options?: UseOAuthOptions): UseOAuthResult {
  const { callBackUri: callBackUriDefault, redirect: redirectDefault = true, navigate, now = Date.now, ...mutationOptions } = options ?? {};
  return useAuthMutation(
    'useOAuth',
    'public',
    async (input: StartOAuthInput, { client }) => {
      const callBackUri = input.callBackUri ?? callBackUriDefault ?? defaultCallBackUri();
      const url = await client.createOAuthUrl({ providerId: input.providerId, callBackUri });
      const state = stateFromAuthUri(url.authUri);
      savePendingOAuth({ sessionId: url.sessionId, providerId: url.providerId || input.providerId, callBackUri, state, createdAt: now() }, { now });
      const redirect = input.redirect ?? redirectDefault;
      if (redirect) (navigate ?? ((target: string) => window.location.assign(target)))(url.authUri);
      return { authUri: url.authUri, sessionId: url.sessionId, providerId: url.providerId || input.providerId, callBackUri, state, redirected: redirect };
    },
    mutationOptions,
  );
}
