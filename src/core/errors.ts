/**
 * Every failure the kit reports is an `AuthError` with a stable, kit-level `code`.
 * The hosted API speaks in sentences and Identity Toolkit codes inside `errors[].detail`;
 * `codeFromDetail` turns both into one vocabulary that apps and i18n tables can key on.
 */

/** Stable error codes. Apps and message tables key on these; they never change meaning. */
export const AUTH_ERROR_CODES = [
  'email_exists',
  'email_not_found',
  'invalid_password',
  'invalid_credentials',
  'weak_password',
  'user_disabled',
  'user_not_found',
  'invalid_email',
  'missing_fields',
  'invalid_oob_code',
  'expired_oob_code',
  'invalid_idp_response',
  'invalid_provider',
  'invalid_callback_uri',
  'invalid_refresh_token',
  'refresh_token_revoked',
  'token_expired',
  'unauthenticated',
  'permission_denied',
  'too_many_requests',
  'payload_too_large',
  'not_found',
  'bad_request',
  'server_error',
  'oauth_state_mismatch',
  'oauth_cancelled',
  'not_signed_in',
  'network',
  'timeout',
  'aborted',
  'invalid_response',
  'unknown',
] as const;

export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

/** Codes that describe the transport rather than the server's answer: retrying may help. */
export const RETRYABLE_CODES: ReadonlySet<AuthErrorCode> = new Set(['network', 'timeout', 'server_error', 'too_many_requests']);

export interface AuthErrorOptions {
  status?: number;
  title?: string;
  detail?: string;
  cause?: unknown;
}

const AUTH_ERROR_BRAND = Symbol.for('deskree-auth-react.AuthError');

/**
 * The one error type of the kit.
 *
 * @example
 * try { await client.signInWithEmail({ email, password }) }
 * catch (error) { if (isAuthError(error) && error.code === 'invalid_password') showHint() }
 */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  /** Kit-level code, stable across releases. */
  readonly code: AuthErrorCode;
  /** HTTP status of the response, or 0 when no response arrived. */
  readonly status: number;
  /** The API's `errors[0].title`, when there was one. */
  readonly title: string | undefined;
  /** The API's `errors[0].detail` as sent (never contains a token). */
  readonly detail: string | undefined;
  readonly [AUTH_ERROR_BRAND] = true;

  constructor(code: AuthErrorCode, message: string, options: AuthErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status ?? 0;
    this.title = options.title;
    this.detail = options.detail;
  }

  /** True when trying again later may succeed (network trouble, timeouts, 5xx, 429). */
  get retryable(): boolean {
    return RETRYABLE_CODES.has(this.code);
  }

  toJSON(): { name: string; code: AuthErrorCode; status: number; title?: string; detail?: string; message: string } {
    return { name: this.name, code: this.code, status: this.status, title: this.title, detail: this.detail, message: this.message };
  }
}

/** Works across duplicated copies of the kit in one bundle, unlike `instanceof`. */
export function isAuthError(value: unknown): value is AuthError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[AUTH_ERROR_BRAND] === true;
}

/** Identity Toolkit codes (the part before " : ") and the API's own sentences, mapped to kit codes. */
const DETAIL_CODES: Record<string, AuthErrorCode> = {
  EMAIL_EXISTS: 'email_exists',
  'the email address is already in use by another account.': 'email_exists',
  EMAIL_NOT_FOUND: 'email_not_found',
  'there is no user record corresponding to the provided identifier.': 'user_not_found',
  INVALID_PASSWORD: 'invalid_password',
  INVALID_LOGIN_CREDENTIALS: 'invalid_credentials',
  WEAK_PASSWORD: 'weak_password',
  USER_DISABLED: 'user_disabled',
  USER_NOT_FOUND: 'user_not_found',
  INVALID_EMAIL: 'invalid_email',
  INVALID_OOB_CODE: 'invalid_oob_code',
  EXPIRED_OOB_CODE: 'expired_oob_code',
  INVALID_IDP_RESPONSE: 'invalid_idp_response',
  INVALID_PROVIDER_ID: 'invalid_provider',
  INVALID_CONTINUE_URI: 'invalid_callback_uri',
  INVALID_REFRESH_TOKEN: 'invalid_refresh_token',
  TOKEN_EXPIRED: 'refresh_token_revoked',
  INVALID_ID_TOKEN: 'unauthenticated',
  CREDENTIAL_TOO_OLD_LOGIN_AGAIN: 'token_expired',
  TOO_MANY_ATTEMPTS_TRY_LATER: 'too_many_requests',
  'auth token has expired. get a fresh id token from your client app and try again.': 'token_expired',
  'no email address provided': 'missing_fields',
  'please provide a valid email and password': 'missing_fields',
  'no newpassword, uid, or oobcode provided': 'missing_fields',
};

const STATUS_CODES: Record<number, AuthErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  413: 'payload_too_large',
  422: 'missing_fields',
  429: 'too_many_requests',
};

/** The kit code for an API error, from its detail first and its HTTP status second. */
export function codeFromDetail(detail: string | undefined, status: number): AuthErrorCode {
  if (detail) {
    const trimmed = detail.trim();
    const identityToolkitCode = trimmed.split(/\s*:\s*/, 1)[0] ?? '';
    const byToolkitCode = DETAIL_CODES[identityToolkitCode];
    if (byToolkitCode) return byToolkitCode;
    const bySentence = DETAIL_CODES[trimmed.toLowerCase()];
    if (bySentence) return bySentence;
    if (/token has expired/i.test(trimmed)) return 'token_expired';
    if (/^no .* provided$/i.test(trimmed)) return 'missing_fields';
  }
  if (status >= 500) return 'server_error';
  return STATUS_CODES[status] ?? 'unknown';
}

const TOKEN_LIKE = /\b(?:eyJ[\w-]+\.[\w-]+\.[\w-]+|[A-Za-z0-9_-]{60,})\b/g;

/** Errors end up in logs and bug reports: anything shaped like a token is cut out of texts we did not write. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_LIKE, '[redacted]');
}
