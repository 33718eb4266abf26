/**
 * Changes the signed-in user makes to their own account: email, password, deletion. Each needs the
 * user's id token; each answers "No content" on the hosted service.
 */
import type { AuthApi, AuthenticatedRequestOptions } from '../authApi.js';
import { sessionFromAccountTokens, type Session } from '../credentials.js';
import { accountTokensSchema } from '../wire.js';
import { acknowledge, type AcknowledgementResult } from './acknowledge.js';

export interface PasswordUpdatedResult extends AcknowledgementResult {
  /**
   * The new session, only when the answer carried tokens. The hosted service sends none, and the
   * change revokes every older refresh token: sign in again with the new password
   * (`useUpdatePassword` does).
   */
  session: Session | null;
}

/**
 * Changes the signed-in user's email (`POST auth/accounts/update-email`).
 *
 * @example
 * await updateEmail(api, { email: 'new@example.com' }, { idToken })
 */
export function updateEmail(
  api: AuthApi,
  input: { email: string },
  options: AuthenticatedRequestOptions,
): Promise<AcknowledgementResult> {
  return acknowledge(api, { path: '/update-email', body: { email: input.email }, ...options });
}

/**
 * Changes the signed-in user's password (`POST auth/accounts/update-password`).
 *
 * @example
 * const { session } = await updatePassword(api, { oldPassword, newPassword }, { idToken })
 */
export async function updatePassword(
  api: AuthApi,
  input: { oldPassword: string; newPassword: string },
  options: AuthenticatedRequestOptions,
): Promise<PasswordUpdatedResult> {
  const { oldPassword, newPassword } = input;
  const { raw } = await acknowledge(api, {
    path: '/update-password',
    body: { oldPassword, newPassword },
    ...options,
  });
  const tokens = accountTokensSchema.safeParse(raw);
  return {
    raw,
    session: tokens.success ? sessionFromAccountTokens(tokens.data, api.now()) : null,
  };
}

/**
 * Deletes the signed-in user's account (`DELETE auth/accounts`).
 *
 * @example
 * await deleteAccount(api, { idToken })
 */
export function deleteAccount(
  api: AuthApi,
  options: AuthenticatedRequestOptions,
): Promise<AcknowledgementResult> {
  return acknowledge(api, { method: 'DELETE', path: '', ...options });
}
