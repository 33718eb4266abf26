/** The first step of OAuth sign-in: the provider's authorization URL. */
import { requestData, type AuthApi, type RequestOptions } from '../authApi.js';
import { oauthUrlDataSchema, type OAuthProviderId, type OAuthUrlData } from '../wire.js';

export interface OAuthUrlResult {
  authUri: string;
  providerId: string;
  sessionId: string;
  raw: OAuthUrlData;
}

/**
 * The provider's authorization URL and the OAuth session id to keep until the callback
 * (`POST auth/accounts/sign-in/auth-url`).
 *
 * @example
 * const { authUri, sessionId } = await createOAuthUrl(api, { providerId: 'google.com', callBackUri })
 */
export async function createOAuthUrl(
  api: AuthApi,
  input: { providerId: OAuthProviderId | (string & {}); callBackUri: string },
  options?: RequestOptions,
): Promise<OAuthUrlResult> {
  const raw = await requestData(api, {
    path: '/sign-in/auth-url',
    body: { providerId: input.providerId, callBackUri: input.callBackUri },
    data: oauthUrlDataSchema,
    signal: options?.signal,
  });
  return { authUri: raw.authUri, providerId: raw.providerId, sessionId: raw.sessionId, raw };
}
