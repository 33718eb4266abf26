/**
 * One function sends every request and turns every failure into an `AuthError`:
 * no response (network), too slow (timeout), cancelled (aborted), an unreadable body
 * (invalid_response), or the API's `{ errors: [...] }` envelope (mapped by its detail).
 */
import type * as z from 'zod/mini';
import { AuthError, codeFromDetail, redactTokens } from './errors';
import { errorEnvelopeSchema } from './wire';

export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export interface HttpConfig {
  baseUrl: string;
  fetch: FetchLike;
  timeoutMs: number;
  headers: Record<string, string>;
}

export interface HttpRequest<T> {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the base URL, e.g. `auth/accounts/signup`. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Validates the whole success body, `{ data: ... }` included. */
  schema: z.ZodMiniType<T>;
}

export async function sendRequest<T>(config: HttpConfig, request: HttpRequest<T>): Promise<T> {
  const where = `${request.method} ${request.path}`;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), config.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;

  let response: Response;
  try {
    response = await config.fetch(new URL(request.path, config.baseUrl).toString(), {
      method: request.method,
      headers: {
        accept: 'application/json',
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...config.headers,
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
    });
  } catch (cause) {
    clearTimeout(timer);
    if (request.signal?.aborted) throw new AuthError('aborted', `Request was aborted: ${where}`, { cause });
    if (timeout.signal.aborted) {
      throw new AuthError('timeout', `No response within ${config.timeoutMs} ms: ${where}`, { cause });
    }
    throw new AuthError('network', `Network error, the server could not be reached: ${where}`, { cause });
  }

  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    const code = request.signal?.aborted ? 'aborted' : timeout.signal.aborted ? 'timeout' : 'network';
    throw new AuthError(code, `The response body could not be read: ${where}`, { status: response.status, cause });
  } finally {
    clearTimeout(timer);
  }

  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    if (!response.ok) throw errorFromStatus(response.status, where, cause);
    throw new AuthError('invalid_response', `The server answered with something other than JSON (HTTP ${response.status}): ${where}`, {
      status: response.status,
      cause,
    });
  }

  if (!response.ok) {
    const envelope = errorEnvelopeSchema.safeParse(json);
    const first = envelope.success ? envelope.data.errors[0] : undefined;
    if (!first) throw errorFromStatus(response.status, where);
    const detail = first.detail === undefined ? undefined : redactTokens(first.detail);
    const title = first.title;
    const code = codeFromDetail(detail, response.status);
    throw new AuthError(code, `${detail ?? title ?? 'Request failed'} (HTTP ${response.status}): ${where}`, {
      status: response.status,
      title,
      detail,
    });
  }

  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    throw new AuthError('invalid_response', `The response did not have the expected shape (HTTP ${response.status}): ${where}`, {
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

function errorFromStatus(status: number, where: string, cause?: unknown): AuthError {
  const code = codeFromDetail(undefined, status);
  return new AuthError(code === 'unknown' ? 'invalid_response' : code, `HTTP ${status} without an error envelope: ${where}`, {
    status,
    cause,
  });
}
