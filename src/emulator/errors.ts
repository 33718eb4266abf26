/**
 * The hosted API answers every failure with one envelope; clients key their handling on `detail`
 * (a sentence or an Identity Toolkit code), so the emulator builds all errors in this one place.
 */

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The HTTP reason phrase the hosted API puts in `errors[].title` for a status. */
export function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}

/** The hosted API's own sentence for unexpected failures (shown in the spec's DELETE example). */
export const INTERNAL_ERROR_DETAIL = 'Error processing your request';
/** The hosted service's exact detail for an expired id token (answered with 403). */
export const EXPIRED_ID_TOKEN_DETAIL =
  'Auth token has expired. Get a fresh ID token from your client app and try again.';
export const INVALID_EMAIL_OR_PASSWORD = 'Please provide a valid email and password';
export const WEAK_PASSWORD = 'WEAK_PASSWORD : Password should be at least 6 characters';
export const NO_EMAIL_PROVIDED = 'No email address provided';

export interface ErrorEnvelope {
  errors: { code: string; title: string; detail: string }[];
}

/** Thrown by handlers; turned into the envelope by the app's error handler. */
export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, headers: Record<string, string> = {}) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
    this.headers = headers;
  }
}

/** Signals "drop the connection" for a network fault; never turned into a response. */
export class NetworkFaultError extends TypeError {
  constructor() {
    super('fetch failed (network fault injected by the Deskree Auth emulator)');
    this.name = 'NetworkFaultError';
  }
}

/** The spec's error body: `{ errors: [{ code: "<status>", title, detail }] }`. */
export function errorEnvelope(status: number, detail: string): ErrorEnvelope {
  return { errors: [{ code: String(status), title: reasonPhrase(status), detail }] };
}

export function errorResponse(
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(errorEnvelope(status, detail)), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
