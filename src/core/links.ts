/**
 * Reading the links the API mails and the URLs OAuth providers redirect back to.
 * Parameters may sit in the query or in the fragment (Google and Facebook put tokens in the
 * fragment so they never reach a server log), so both are read.
 */

export interface EmailActionParams {
  oobCode: string | null;
  uid: string | null;
}

export interface OAuthCallbackParams {
  /** Google's `id_token` or Facebook's `access_token`. */
  token: string | null;
  /** GitHub's authorization `code`. */
  code: string | null;
  state: string | null;
  /** `access_denied` and the like, when the user cancelled or the provider refused. */
  error: string | null;
  errorDescription: string | null;
}

const OAUTH_PARAMS = [
  'id_token',
  'access_token',
  'code',
  'state',
  'error',
  'error_description',
  'scope',
  'authuser',
  'prompt',
];
const EMAIL_ACTION_PARAMS = ['oobCode', 'uid', 'mode', 'apiKey', 'lang', 'continueUrl'];

function toUrl(url: string | URL): URL {
  // A copy even of a URL object: the strip functions edit it.
  return new URL(url, 'http://localhost/');
}

/** The query's parameters, then the fragment's (the query wins when both have one). */
function paramsOf(url: string | URL): { get(name: string): string | null } {
  const { search, hash } = toUrl(url);
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.slice(1));
  // `|| null`: an empty value counts as missing.
  return { get: (name) => (query.has(name) ? query.get(name) : fragment.get(name)) || null };
}

/**
 * `oobCode` and `uid` from a verify-email, reset-password or invite link.
 * @example parseEmailActionLink(window.location.href) // { oobCode: 'abc', uid: 'u1' }
 */
export function parseEmailActionLink(url: string | URL): EmailActionParams {
  const params = paramsOf(url);
  return { oobCode: params.get('oobCode'), uid: params.get('uid') };
}

/**
 * What an OAuth provider sent back to `callBackUri`.
 * @example parseOAuthCallback('https://app.test/cb#id_token=t&state=s') // { token: 't', state: 's', ... }
 */
export function parseOAuthCallback(url: string | URL): OAuthCallbackParams {
  const params = paramsOf(url);
  return {
    token: params.get('id_token') ?? params.get('access_token'),
    code: params.get('code'),
    state: params.get('state'),
    error: params.get('error'),
    errorDescription: params.get('error_description'),
  };
}

/** True when the URL carries an OAuth answer (a token, a code or an error). */
export function hasOAuthCallbackParams(url: string | URL): boolean {
  const { token, code, error } = parseOAuthCallback(url);
  return Boolean(token || code || error);
}

function withoutParams(url: string | URL, names: string[]): string {
  const copy = toUrl(url);
  for (const name of names) copy.searchParams.delete(name);
  if (copy.hash) {
    const fragment = new URLSearchParams(copy.hash.slice(1));
    const hadParams = names.some((name) => fragment.has(name));
    if (hadParams) {
      for (const name of names) fragment.delete(name);
      const rest = fragment.toString();
      copy.hash = rest ? `#${rest}` : '';
    }
  }
  return copy.toString();
}

/** The URL without OAuth parameters: what to put back in the address bar after the exchange. */
export function stripOAuthParams(url: string | URL): string {
  return withoutParams(url, OAUTH_PARAMS);
}

/** The URL without email-link parameters, so a used code does not linger in history. */
export function stripEmailActionParams(url: string | URL): string {
  return withoutParams(url, EMAIL_ACTION_PARAMS);
}
