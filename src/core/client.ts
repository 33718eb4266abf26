/**
 * A typed, framework-free client for the 15 endpoints of the Deskree Auth API: the standalone
 * endpoint functions (endpoints/*.ts) bound to one request core. Each method validates the
 * response against the spec's shape and returns the kit's normalized value next to the `raw`
 * payload the API sent. Code that calls a few endpoints can import those functions instead and
 * ship only them.
 */
import {
  createAuthApi,
  type AuthApi,
  type AuthClientOptions,
  type AuthenticatedRequestOptions,
  type RequestOptions,
} from './authApi.js';
import type { Session } from './credentials.js';
import type { OAuthProviderId } from './wire.js';
import { deleteAccount, updateEmail, updatePassword } from './endpoints/accountChanges.js';
import type { PasswordUpdatedResult } from './endpoints/accountChanges.js';
import type { AcknowledgementResult } from './endpoints/acknowledge.js';
import {
  sendPasswordReset,
  inviteUser,
  verifyEmail,
  verifyInvite,
  verifyPasswordReset,
} from './endpoints/emailActions.js';
import {
  signInWithEmail,
  signUp,
  type Credentials,
  type SessionResult,
} from './endpoints/emailPassword.js';
import {
  fetchEmailProviders,
  getRoles,
  type EmailProvidersResult,
  type Role,
} from './endpoints/lookups.js';
import { createOAuthUrl, type OAuthUrlResult } from './endpoints/oauthUrl.js';
import { signInWithIdp, type IdpSignInInput, type IdpSignInResult } from './endpoints/idpSignIn.js';
import { refreshToken, type RefreshResult } from './endpoints/tokenRefresh.js';

// The client's vocabulary, importable from here as before the endpoints had their own modules.
export {
  DEFAULT_AUTH_HEADER,
  DEFAULT_TIMEOUT_MS,
  resolveBaseUrl,
  type AuthApi,
  type AuthClientOptions,
  type AuthenticatedRequestOptions,
  type RequestOptions,
} from './authApi.js';
export type { AcknowledgementResult } from './endpoints/acknowledge.js';
export type { PasswordUpdatedResult } from './endpoints/accountChanges.js';
export type { Credentials, SessionResult } from './endpoints/emailPassword.js';
export type { EmailProvidersResult, Role } from './endpoints/lookups.js';
export type { OAuthUrlResult } from './endpoints/oauthUrl.js';
export type { IdpSignInInput, IdpSignInResult, OAuthProfile } from './endpoints/idpSignIn.js';
export type { RefreshResult } from './endpoints/tokenRefresh.js';

/** Every endpoint as a method: the request core plus the 15 endpoint functions bound to it. */
export interface AuthClient extends AuthApi {
  signUp(input: Credentials, options?: RequestOptions): Promise<SessionResult>;
  signInWithEmail(input: Credentials, options?: RequestOptions): Promise<SessionResult>;
  createOAuthUrl(
    input: { providerId: OAuthProviderId | (string & {}); callBackUri: string },
    options?: RequestOptions,
  ): Promise<OAuthUrlResult>;
  signInWithIdp(input: IdpSignInInput, options?: RequestOptions): Promise<IdpSignInResult>;
  sendPasswordReset(
    input: { email: string },
    options?: RequestOptions,
  ): Promise<AcknowledgementResult>;
  inviteUser(input: { email: string }, options?: RequestOptions): Promise<AcknowledgementResult>;
  verifyInvite(
    input: { oobCode: string; uid: string; newPassword: string },
    options?: RequestOptions,
  ): Promise<AcknowledgementResult>;
  verifyPasswordReset(
    input: { oobCode: string; newPassword: string },
    options?: RequestOptions,
  ): Promise<AcknowledgementResult>;
  verifyEmail(
    input: { oobCode: string; uid: string },
    options?: RequestOptions,
  ): Promise<AcknowledgementResult>;
  updateEmail(
    input: { email: string },
    options: AuthenticatedRequestOptions,
  ): Promise<AcknowledgementResult>;
  updatePassword(
    input: { oldPassword: string; newPassword: string },
    options: AuthenticatedRequestOptions,
  ): Promise<PasswordUpdatedResult>;
  fetchEmailProviders(
    input: { email: string },
    options?: RequestOptions,
  ): Promise<EmailProvidersResult>;
  /** `previous` lets profile fields the token lacks (display name, photo) carry over. */
  refreshToken(
    refreshToken: string,
    options?: RequestOptions & { previous?: Session },
  ): Promise<RefreshResult>;
  deleteAccount(options: AuthenticatedRequestOptions): Promise<AcknowledgementResult>;
  getRoles(options?: RequestOptions & { adminToken?: string }): Promise<Role[]>;
}

/** The 15 endpoint functions bound to `api`. */
function bindEndpoints(api: AuthApi): AuthClient {
  return {
    baseUrl: api.baseUrl,
    authHeaderName: api.authHeaderName,
    now: api.now,
    request: (call) => api.request(call),
    signUp: (input, options) => signUp(api, input, options),
    signInWithEmail: (input, options) => signInWithEmail(api, input, options),
    createOAuthUrl: (input, options) => createOAuthUrl(api, input, options),
    signInWithIdp: (input, options) => signInWithIdp(api, input, options),
    sendPasswordReset: (input, options) => sendPasswordReset(api, input, options),
    inviteUser: (input, options) => inviteUser(api, input, options),
    verifyInvite: (input, options) => verifyInvite(api, input, options),
    verifyPasswordReset: (input, options) => verifyPasswordReset(api, input, options),
    verifyEmail: (input, options) => verifyEmail(api, input, options),
    updateEmail: (input, options) => updateEmail(api, input, options),
    updatePassword: (input, options) => updatePassword(api, input, options),
    fetchEmailProviders: (input, options) => fetchEmailProviders(api, input, options),
    refreshToken: (token, options) => refreshToken(api, token, options),
    deleteAccount: (options) => deleteAccount(api, options),
    getRoles: (options) => getRoles(api, options),
  };
}

/** Clients already made for a bare request core, so one core always gives the same client. */
const clients = new WeakMap<AuthApi, AuthClient>();

/**
 * The full client for `api`: `api` itself when it is a client already (from `createAuthClient`,
 * or an app's own), else the endpoints bound to it, made once per api. How the React layer hands
 * out a client while its provider keeps only a bare request core.
 */
export function authClientFor(api: AuthApi): AuthClient {
  if (typeof (api as Partial<AuthClient>).signInWithEmail === 'function') return api as AuthClient;
  let client = clients.get(api);
  if (!client) clients.set(api, (client = bindEndpoints(api)));
  return client;
}

/**
 * A typed client for the 15 endpoints of the Deskree Auth API; every failure is an `AuthError`.
 * It carries every endpoint: where bundle size matters, `createAuthApi` and the standalone
 * functions (`signInWithEmail(api, …)`) ship only the endpoints a page calls.
 *
 * @example
 * const client = createAuthClient({ projectId: 'my-project' })
 * const { session } = await client.signInWithEmail({ email, password })
 */
export function createAuthClient(options: AuthClientOptions): AuthClient {
  return bindEndpoints(createAuthApi(options));
}
