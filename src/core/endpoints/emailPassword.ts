/** Email and password: creating an account and signing in, both answered with a session. */
import { requestData, type AuthApi, type RequestOptions } from '../authApi.js';
import { sessionFromSignIn, type Session } from '../credentials.js';
import { sessionDataSchema, type SessionData } from '../wire.js';

export interface Credentials {
  email: string;
  password: string;
}

export interface SessionResult {
  session: Session;
  raw: SessionData;
}

async function signInAt(
  api: AuthApi,
  path: string,
  input: Credentials,
  options?: RequestOptions,
): Promise<SessionResult> {
  const raw = await requestData(api, {
    path,
    body: { email: input.email, password: input.password },
    data: sessionDataSchema,
    signal: options?.signal,
  });
  return { session: sessionFromSignIn(raw, api.now()), raw };
}

/**
 * Creates an email/password account and signs it in (`POST auth/accounts/signup`).
 *
 * @example
 * const { session } = await signUp(api, { email, password })
 */
export function signUp(
  api: AuthApi,
  input: Credentials,
  options?: RequestOptions,
): Promise<SessionResult> {
  return signInAt(api, '/signup', input, options);
}

/**
 * Signs in with email and password (`POST auth/accounts/sign-in/email`).
 *
 * @example
 * const { session } = await signInWithEmail(api, { email, password })
 */
export function signInWithEmail(
  api: AuthApi,
  input: Credentials,
  options?: RequestOptions,
): Promise<SessionResult> {
  return signInAt(api, '/sign-in/email', input, options);
}
