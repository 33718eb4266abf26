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
  'popup_blocked',
  'not_signed_in',
  'network',
  'timeout',
  'aborted',
  'invalid_response',
  'unknown',
] as const;

export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

/** Codes that describe the transport rather than the server's answer: retrying may help. */
export const RETRYABLE_CODES: ReadonlySet<AuthErrorCode> = new Set([
  'network',
  'timeout',
  'server_error',
  'too_many_requests',
]);

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
  // Declared, not initialized as class fields: assigned in the constructor, which bundles smaller.
  /** Kit-level code, stable across releases. */
  declare readonly code: AuthErrorCode;
  /** HTTP status of the response, or 0 when no response arrived. */
  declare readonly status: number;
  /** The API's `errors[0].title`, when there was one (tokens cut out). */
  declare readonly title: string | undefined;
  /** The API's `errors[0].detail` (tokens cut out). */
  declare readonly detail: string | undefined;
  declare readonly [AUTH_ERROR_BRAND]: true;

  constructor(code: AuthErrorCode, message: string, options: AuthErrorOptions = {}) {
    // Redacted before `super`: the stack is written from the message there and then.
    super(
      redactTokens(message),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    const { title, detail } = options;
    Object.assign(this, {
      name: 'AuthError',
      code,
      status: options.status ?? 0,
      title: title === undefined ? undefined : redactTokens(title),
      detail: detail === undefined ? undefined : redactTokens(detail),
      [AUTH_ERROR_BRAND]: true,
    });
  }

  /** True when trying again later may succeed (network trouble, timeouts, 5xx, 429). */
  get retryable(): boolean {
    return RETRYABLE_CODES.has(this.code);
  }

  toJSON(): {
    name: string;
    code: AuthErrorCode;
    status: number;
    title?: string;
    detail?: string;
    message: string;
  } {
    const { name, code, status, title, detail, message } = this;
    return { name, code, status, title, detail, message };
  }
}

/** Works across duplicated copies of the kit in one bundle, unlike `instanceof`. */
export function isAuthError(value: unknown): value is AuthError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[AUTH_ERROR_BRAND] === true
  );
}

/**
 * Identity Toolkit codes (the part before " : ") whose kit code is not simply the lowercased
 * Toolkit code (`EMAIL_EXISTS` → `email_exists` needs no entry).
 */
const TOOLKIT_CODES: Record<string, AuthErrorCode> = {
  INVALID_LOGIN_CREDENTIALS: 'invalid_credentials',
  INVALID_PROVIDER_ID: 'invalid_provider',
  INVALID_CONTINUE_URI: 'invalid_callback_uri',
  TOKEN_EXPIRED: 'refresh_token_revoked',
  INVALID_ID_TOKEN: 'unauthenticated',
  CREDENTIAL_TOO_OLD_LOGIN_AGAIN: 'token_expired',
  TOO_MANY_ATTEMPTS_TRY_LATER: 'too_many_requests',
};

/** The API's own sentences (lowercased), checked in order. */
const SENTENCE_CODES: Array<[RegExp, AuthErrorCode]> = [
  [/^the email address is already in use/, 'email_exists'],
  [/^there is no user record/, 'user_not_found'],
  [/token has expired/, 'token_expired'],
  [/^no .* provided$|^please provide a valid email and password/, 'missing_fields'],
];

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
  const trimmed = detail?.trim() ?? '';
  const toolkitCode = /^[A-Z_]+(?=\s*(:|$))/.exec(trimmed)?.[0] ?? '';
  const lowercased = toolkitCode.toLowerCase() as AuthErrorCode;
  const bySentence = SENTENCE_CODES.find(([pattern]) => pattern.test(trimmed.toLowerCase()));
  return (
    TOOLKIT_CODES[toolkitCode] ??
    (AUTH_ERROR_CODES.includes(lowercased) ? lowercased : undefined) ??
    bySentence?.[1] ??
    (status >= 500 ? 'server_error' : (STATUS_CODES[status] ?? 'unknown'))
  );
}

/**
 * Token shapes: JWTs; any run of 40+ URL-safe characters (refresh tokens, Google's 54-char
 * oobCodes); and runs of 16-39 that mix digits and letters or both cases (the API's 25-43 char
 * oobCodes, 27-29 char OAuth session ids, 28-char uids, OAuth codes). Words, emails' domains and
 * Identity Toolkit codes (`TOO_MANY_ATTEMPTS_TRY_LATER`) are single-case letters and survive.
 */
const TOKEN_LIKE = /\beyJ[\w-]+\.[\w-]+\.[\w-]+|[\w-]{16,}/g;
const LONG_RUN = 40;

function looksLikeToken(run: string): boolean {
  if (run.startsWith('eyJ') || run.length >= LONG_RUN) return true;
  return /\d/.test(run) ? /[a-z]/i.test(run) : /[a-z]/.test(run) && /[A-Z]/.test(run);
}

/** Token values in use right now, cut out wherever they appear whatever their shape. */
const liveTokens = new Map<string, number>();

/**
 * Adds the exact `values` (the current id and refresh token) to what `redactTokens` cuts out;
 * the returned function takes them off again. The session engine calls it for its tokens.
 */
export function protectTokenValues(values: readonly string[]): () => void {
  const kept = values.filter((value) => value.length > 0);
  for (const value of kept) liveTokens.set(value, (liveTokens.get(value) ?? 0) + 1);
  return () => {
    for (const value of kept) {
      const count = (liveTokens.get(value) ?? 1) - 1;
      if (count > 0) liveTokens.set(value, count);
      else liveTokens.delete(value);
    }
  };
}

/**
 * Errors end up in logs and bug reports: tokens are cut out of every `AuthError` text.
 * Every text of an `AuthError` (message, title, detail) goes through this, so nothing shaped like a
 * token, and none of the current token values, survives.
 *
 * @example
 * redactTokens('bad token eyJhbGciOi.eyJzdWIi.c2ln') // 'bad token [redacted]'
 */
export function redactTokens(text: string): string {
  let result = text;
  for (const value of liveTokens.keys()) result = result.split(value).join('[redacted]');
  return result.replace(TOKEN_LIKE, (run) => (looksLikeToken(run) ? '[redacted]' : run));
}
