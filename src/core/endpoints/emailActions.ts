/**
 * The emails the service sends and the codes they carry: password reset, invitation and email
 * verification. Every one of these endpoints answers "No content".
 */
import type { RequestOptions } from '../authApi.js';
import type { AuthApi } from '../authApi.js';
import { acknowledge, type AcknowledgementResult } from './acknowledge.js';

/**
 * Emails a password-reset link (`POST auth/accounts/password-reset`).
 *
 * @example
 * await sendPasswordReset(api, { email })
 */
export function sendPasswordReset(
  api: AuthApi,
  input: { email: string },
  options?: RequestOptions,
): Promise<AcknowledgementResult> {
  return acknowledge(api, { path: '/password-reset', body: { email: input.email }, ...options });
}

/**
 * Creates a disabled account and emails it an invitation (`POST auth/accounts/invite`).
 *
 * @example
 * await inviteUser(api, { email })
 */
export function inviteUser(
  api: AuthApi,
  input: { email: string },
  options?: RequestOptions,
): Promise<AcknowledgementResult> {
  return acknowledge(api, { path: '/invite', body: { email: input.email }, ...options });
}

/**
 * Accepts an invitation with the code from its email and a first password
 * (`POST auth/accounts/verify/invite`).
 *
 * @example
 * await verifyInvite(api, { oobCode, uid, newPassword })
 */
export function verifyInvite(
  api: AuthApi,
  input: { oobCode: string; uid: string; newPassword: string },
  options?: RequestOptions,
): Promise<AcknowledgementResult> {
  const { oobCode, uid, newPassword } = input;
  return acknowledge(api, {
    path: '/verify/invite',
    body: { oobCode, uid, newPassword },
    ...options,
  });
}

/**
 * Sets a new password with the code from a reset email (`POST auth/accounts/verify/password-reset`).
 *
 * @example
 * await verifyPasswordReset(api, { oobCode, newPassword })
 */
export function verifyPasswordReset(
  api: AuthApi,
  input: { oobCode: string; newPassword: string },
  options?: RequestOptions,
): Promise<AcknowledgementResult> {
  const { oobCode, newPassword } = input;
  return acknowledge(api, {
    path: '/verify/password-reset',
    body: { oobCode, newPassword },
    ...options,
  });
}

/**
 * Confirms an email address with the code from its verification email
 * (`POST auth/accounts/verify/email`).
 *
 * @example
 * await verifyEmail(api, { oobCode, uid })
 */
export function verifyEmail(
  api: AuthApi,
  input: { oobCode: string; uid: string },
  options?: RequestOptions,
): Promise<AcknowledgementResult> {
  // The spec's body table says `email`; its curl (and the service) take `{ oobCode, uid }`.
  const { oobCode, uid } = input;
  return acknowledge(api, { path: '/verify/email', body: { oobCode, uid }, ...options });
}
