/**
 * The fake OAuth providers. Each hands its credential back the way the real one does, so client
 * callback code is exercised for real: Google's implicit flow puts an `id_token` in the fragment,
 * Facebook an `access_token` in the fragment, GitHub a `code` in the query string.
 */
import type { OAuthProviderId } from './types.js';

export interface ProviderInfo {
  id: OAuthProviderId;
  label: string;
  /** Where the credential travels in the redirect. */
  transport: 'fragment' | 'query';
  /** Name of the credential parameter in the redirect. */
  param: 'id_token' | 'access_token' | 'code';
  responseType: string;
  scope: string;
}

export const PROVIDERS: Record<OAuthProviderId, ProviderInfo> = {
  'google.com': {
    id: 'google.com',
    label: 'Google',
    transport: 'fragment',
    param: 'id_token',
    responseType: 'id_token',
    scope: 'openid email profile',
  },
  'facebook.com': {
    id: 'facebook.com',
    label: 'Facebook',
    transport: 'fragment',
    param: 'access_token',
    responseType: 'token',
    scope: 'email,public_profile',
  },
  'github.com': {
    id: 'github.com',
    label: 'GitHub',
    transport: 'query',
    param: 'code',
    responseType: 'code',
    scope: 'user:email',
  },
};

export function isProviderId(value: string): value is OAuthProviderId {
  return Object.hasOwn(PROVIDERS, value);
}

export const AUTHORIZE_PATH = '/emulator/v1/oauth/authorize';

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Appends params to the callback the way the provider would (fragment or query). */
export function redirectWith(
  callBackUri: string,
  provider: ProviderInfo,
  params: Record<string, string>,
): string {
  const url = new URL(callBackUri);
  if (provider.transport === 'query') {
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.toString();
  }
  url.hash = new URLSearchParams(params).toString();
  return url.toString();
}

export function splitName(displayName: string): { firstName: string; lastName: string } {
  const parts = displayName.trim().split(/\s+/).filter(Boolean);
  return { firstName: parts[0] ?? '', lastName: parts.slice(1).join(' ') };
}
