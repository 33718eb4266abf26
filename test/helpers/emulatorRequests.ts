/** Small request helpers for emulator tests: JSON in, `{ status, body, headers }` out. */
import type { Emulator } from '../../src/emulator';

export const AUTH = 'http://emulator.test/api/v1/auth/accounts';
export const CONTROL = 'http://emulator.test/emulator/v1';

export interface JsonResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

// Tests read nested fields freely; the shape itself is what the assertions check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export async function call(
  emulator: Emulator,
  method: string,
  pathOrUrl: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResult<Loose>> {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${AUTH}${pathOrUrl}`;
  const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await emulator.fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Loose) : undefined,
  };
}

export const post = (
  emulator: Emulator,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => call(emulator, 'POST', path, body, headers);

export function bearer(idToken: string): Record<string, string> {
  return { 'x-authorization': `Bearer ${idToken}` };
}

/** Asserts the error envelope and returns its detail. */
export function expectError(result: JsonResult<Loose>, status: number, detail: string): void {
  expect(result.headers.get('content-type')).toMatch(/^application\/json/);
  expect(result.body).toEqual({
    errors: [{ code: String(status), title: expect.any(String), detail }],
  });
  expect(result.status).toBe(status);
}

export interface SignedUp {
  uid: string;
  email: string;
  idToken: string;
  refreshToken: string;
}

export async function signUp(
  emulator: Emulator,
  email = 'user@example.com',
  password = 'qwerty12345',
): Promise<SignedUp> {
  const result = await post(emulator, '/signup', { email, password });
  if (result.status !== 200) throw new Error(`signup failed: ${JSON.stringify(result.body)}`);
  return result.body.data as SignedUp;
}
