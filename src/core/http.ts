/**
 * One function sends every request and turns every failure into an `AuthError`:
 * no response (network), too slow (timeout), cancelled (aborted), an unreadable body
 * (invalid_response), or the API's `{ errors: [...] }` envelope (mapped by its detail).
 */
import type * as z from 'zod/mini';
import { anySignal, timeoutSignal } from './abort.js';
import {
  AuthError,
  codeFromDetail,
  developerHint,
  redactTokens,
  type AuthErrorCode,
  type AuthErrorOptions,
} from './errors.js';
import { firstApiError } from './wire.js';

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
  const timeout = timeoutSignal(config.timeoutMs);
  const combined = anySignal([request.signal, timeout.signal]);
  const hasBody = request.body !== undefined;
  let status = 0;
  const fail = (code: AuthErrorCode, message: string, options?: AuthErrorOptions) =>
    new AuthError(code, `${message}${status ? ` (HTTP ${status})` : ''}: ${where}`, {
      status,
      ...options,
    });

  let text: string;
  let response: Response;
  try {
    response = await config.fetch(new URL(request.path, config.baseUrl).toString(), {
      method: request.method,
      headers: {
        accept: 'application/json',
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
        ...config.headers,
        ...request.headers,
      },
      body: hasBody ? JSON.stringify(request.body) : undefined,
      signal: combined.signal,
    });
    status = response.status;
    text = await response.text();
  } catch (cause) {
    // No response, or its body could not be read: whose signal fired tells which.
    if (request.signal?.aborted) throw fail('aborted', 'Request aborted', { cause });
    if (timeout.signal.aborted)
      throw fail('timeout', `No response within ${config.timeoutMs} ms`, { cause });
    throw fail('network', 'Network error', { cause });
  } finally {
    timeout.dispose();
    combined.dispose();
  }

  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    throw response.ok ? fail('invalid_response', 'Not JSON', { cause }) : errorFromStatus(cause);
  }

  if (!response.ok) {
    // Flat (the spec) or nested (the SDK's recorded answers): see wire.ts.
    const first = firstApiError(json);
    if (!first) throw errorFromStatus();
    const detail = first.detail === undefined ? undefined : redactTokens(first.detail);
    const { title } = first;
    const code = codeFromDetail(detail, status);
    throw fail(code, `${detail ?? title ?? 'Request failed'}${developerHint(code)}`, {
      title,
      detail,
    });
  }

  const parsed = request.schema.safeParse(json);
  if (!parsed.success)
    throw fail('invalid_response', 'Unexpected response shape', { cause: parsed.error });
  return parsed.data;

  function errorFromStatus(cause?: unknown): AuthError {
    const code = codeFromDetail(undefined, status);
    return fail(code === 'unknown' ? 'invalid_response' : code, 'No error envelope', { cause });
  }
}
