/** Trading a refresh token for a new id token: the one endpoint the session engine calls. */
import { requestData, type AuthApi, type RequestOptions } from '../authApi.js';
import { sessionFromRefresh, type Session } from '../credentials.js';
import { refreshDataSchema, type RefreshData } from '../wire.js';

export interface RefreshResult {
  session: Session;
  raw: RefreshData;
}

/**
 * New tokens for a refresh token (`POST auth/accounts/token/refresh`). `previous` lets profile
 * fields the token lacks (display name, photo) carry over.
 *
 * @example
 * const { session } = await refreshToken(api, current.refreshToken, { previous: current })
 */
export async function refreshToken(
  api: AuthApi,
  token: string,
  options?: RequestOptions & { previous?: Session },
): Promise<RefreshResult> {
  const raw = await requestData(api, {
    path: '/token/refresh',
    body: { refresh_token: token },
    data: refreshDataSchema,
    signal: options?.signal,
  });
  return { session: sessionFromRefresh(raw, api.now(), options?.previous), raw };
}
