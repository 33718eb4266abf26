/**
 * A typed, framework-free client for the 15 endpoints of the Deskree Auth API.
 * Each method validates the response against the spec's shape and returns the kit's
 * normalized value next to the `raw` payload the API sent.
 */
import { AuthError } from './errors';
import { sendRequest, type FetchLike, type HttpConfig } from './http';
import {
  sessionFromIdp,
  sessionFromPasswordUpdate,
  sessionFromRefresh,
  sessionFromSignIn,
  type Session,
} from './session';
import {
  acknowledgementDataSchema,
  dataEnvelope,
  emailProvidersDataSchema,
  idpSignInDataSchema,
  oauthUrlDataSchema,
  passwordUpdatedDataSchema,
  refreshDataSchema,
  rolesDataSchema,
  sessionDataSchema,
  type AcknowledgementData,
  type EmailProvidersData,
  type IdpSignInData,
  type OAuthProviderId,
  type OAuthUrlData,
  type PasswordUpdatedData,
  type RefreshData,
  type RoleData,
  type SessionData,
} from './wire';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_AUTH_HEADER = 'x-authorization';

export interface AuthClientOptions {
  /** Your Deskree project id: the base URL becomes `https://{projectId}.api.deskree.com/api/v1/`. */
  projectId?: string;
  /** Overrides the base URL, e.g. the emulator's `http://127.0.0.1:9099/api/v1/`. */
  baseUrl?: string;
  /** A custom fetch (tests pass the emulator's in-process `fetch`). */
  fetch?: FetchLike;
  /** The `deskree-admin` token for `getRoles`. Server side only: never ship it to a browser. */
  adminToken?: string;
  /** Milliseconds before a request fails with `timeout`. Default 15000. */
  timeoutMs?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Header that carries the id token. The spec says `x-authorization`; Deskree's JS SDK sends `authorization`. */
  authHeaderName?: string;
  /** Clock used to turn `expiresIn` into `expiresAt`. */
  now?: () => number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface AuthenticatedRequestOptions extends RequestOptions {
  /** A valid id token of the signed-in user. */
  idToken: string;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface SessionResult {
  session: Session;
  raw: SessionData;
}

export interface OAuthUrlResult {
  authUri: string;
  providerId: string;
  sessionId: string;
  raw: OAuthUrlData;
}

export interface IdpSignInInput {
  providerId: OAuthProviderId | (string & {});
  sessionId: string;
  callBackUri: string;
  /** Google's id token or Facebook's access token from the callback. */
  token?: string;
  /** The authorization code from the callback (GitHub). */
  code?: string;
}

export interface OAuthProfile {
  email: string;
  emailVerified: boolean;
  providerId: string;
  firstName: string | null;
  lastName: string | null;
  fullName: string | null;
  displayName: string | null;
  photoUrl: string | null;
}

/**
 * `needsConfirmation`: an account with this email already exists under another sign-in method;
 * no session was created.
 */
export type IdpSignInResult =
  | { status: 'signedIn'; session: Session; profile: OAuthProfile; raw: IdpSignInData }
  | { status: 'needsConfirmation'; email: string; providerId: string; profile: OAuthProfile; raw: IdpSignInData };

export interface EmailProvidersResult {
  registered: boolean;
  signInMethods: string[];
  allProviders: string[];
  raw: EmailProvidersData;
}

export interface Role {
  uid: string;
  name: string;
}

export interface AcknowledgementResult {
  raw: AcknowledgementData;
}

export interface PasswordUpdatedResult {
  /** A password change revokes every older refresh token: this is the new session. */
  session: Session;
  raw: PasswordUpdatedData;
}

export interface RefreshResult {
  session: Session;
  raw: RefreshData;
}

export interface AuthClient {
  readonly baseUrl: string;
  readonly authHeaderName: string;
  signUp(input: Credentials, options?: RequestOptions): Promise<SessionResult>;
  signInWithEmail(input: Credentials, options?: RequestOptions): Promise<SessionResult>;
  createOAuthUrl(input: { providerId: OAuthProviderId | (string & {}); callBackUri: string }, options?: RequestOptions): Promise<OAuthUrlResult>;
  signInWithIdp(input: IdpSignInInput, options?: RequestOptions): Promise<IdpSignInResult>;
  sendPasswordReset(input: { email: string }, options?: RequestOptions): Promise<AcknowledgementResult>;
  inviteUser(input: { email: string }, options?: RequestOptions): Promise<AcknowledgementResult>;
  verifyInvite(input: { oobCode: string; uid: string; newPassword: string }, options?: RequestOptions): Promise<AcknowledgementResult>;
  verifyPasswordReset(input: { oobCode: string; newPassword: string }, options?: RequestOptions): Promise<AcknowledgementResult>;
  verifyEmail(input: { oobCode: string; uid: string }, options?: RequestOptions): Promise<AcknowledgementResult>;
  updateEmail(input: { email: string }, options: AuthenticatedRequestOptions): Promise<AcknowledgementResult>;
  updatePassword(input: { oldPassword: string; newPassword: string }, options: AuthenticatedRequestOptions): Promise<PasswordUpdatedResult>;
  fetchEmailProviders(input: { email: string }, options?: RequestOptions): Promise<EmailProvidersResult>;
  /** `previous` lets profile fields the token lacks (display name, photo) carry over. */
  refreshToken(refreshToken: string, options?: RequestOptions & { previous?: Session }): Promise<RefreshResult>;
  deleteAccount(options: AuthenticatedRequestOptions): Promise<AcknowledgementResult>;
  getRoles(options?: RequestOptions & { adminToken?: string }): Promise<Role[]>;
}

/** Resolves the base URL from `baseUrl` or `projectId`, always with a trailing slash. */
export function resolveBaseUrl(options: Pick<AuthClientOptions, 'projectId' | 'baseUrl'>): string {
  if (options.baseUrl) return options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  if (options.projectId) {
    if (!/^[a-z0-9-]+$/i.test(options.projectId)) {
      throw new TypeError(`createAuthClient: "${options.projectId}" is not a Deskree project id (letters, digits and dashes).`);
    }
    return `https://${options.projectId}.api.deskree.com/api/v1/`;
  }
  throw new TypeError('createAuthClient needs either `projectId` (your Deskree project) or `baseUrl` (e.g. the emulator).');
}

const ack = dataEnvelope(acknowledgementDataSchema);

/**
 * @example
 * const client = createAuthClient({ projectId: 'my-project' })
 * const { session } = await client.signInWithEmail({ email, password })
 */
export function createAuthClient(options: AuthClientOptions): AuthClient {
  const now = options.now ?? Date.now;
  const authHeaderName = options.authHeaderName ?? DEFAULT_AUTH_HEADER;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const http: HttpConfig = {
    baseUrl: resolveBaseUrl(options),
    fetch: fetchImpl,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: options.headers ?? {},
  };
  const bearer = (idToken: string) => ({ [authHeaderName]: `Bearer ${idToken}` });

  async function signInLike(path: string, input: Credentials, requestOptions?: RequestOptions): Promise<SessionResult> {
    const { data } = await sendRequest(http, {
      method: 'POST',
      path,
      body: { email: input.email, password: input.password },
      signal: requestOptions?.signal,
      schema: dataEnvelope(sessionDataSchema),
    });
    return { session: sessionFromSignIn(data, now()), raw: data };
  }

  async function acknowledge(path: string, body: unknown, requestOptions?: RequestOptions, headers?: Record<string, string>) {
    const { data } = await sendRequest(http, { method: 'POST', path, body, headers, signal: requestOptions?.signal, schema: ack });
    return { raw: data };
  }

  return {
    baseUrl: http.baseUrl,
    authHeaderName,

    signUp: (input, requestOptions) => signInLike('auth/accounts/signup', input, requestOptions),

    signInWithEmail: (input, requestOptions) => signInLike('auth/accounts/sign-in/email', input, requestOptions),

    async createOAuthUrl(input, requestOptions) {
      const { data } = await sendRequest(http, {
        method: 'POST',
        path: 'auth/accounts/sign-in/auth-url',
        body: { providerId: input.providerId, callBackUri: input.callBackUri },
        signal: requestOptions?.signal,
        schema: dataEnvelope(oauthUrlDataSchema),
      });
      return { authUri: data.authUri, providerId: data.providerId, sessionId: data.sessionId, raw: data };
    },

    async signInWithIdp(input, requestOptions) {
      const body: Record<string, string> = {
        sessionId: input.sessionId,
        providerId: input.providerId,
        callBackUri: input.callBackUri,
      };
      if (input.token !== undefined) body.token = input.token;
      if (input.code !== undefined) body.code = input.code;
      const { data } = await sendRequest(http, {
        method: 'POST',
        path: 'auth/accounts/sign-in/idp',
        body,
        signal: requestOptions?.signal,
        schema: dataEnvelope(idpSignInDataSchema),
      });
      const profile: OAuthProfile = {
        email: data.email,
        emailVerified: data.emailVerified,
        providerId: data.providerId,
        firstName: data.firstName || null,
        lastName: data.lastName || null,
        fullName: data.fullName || null,
        displayName: data.displayName || null,
        photoUrl: data.photoUrl || null,
      };
      if (data.needConfirmation) {
        return { status: 'needsConfirmation', email: data.email, providerId: data.providerId, profile, raw: data };
      }
      return { status: 'signedIn', session: sessionFromIdp(data, now()), profile, raw: data };
    },

    sendPasswordReset: (input, requestOptions) =>
      acknowledge('auth/accounts/password-reset', { email: input.email }, requestOptions),

    inviteUser: (input, requestOptions) => acknowledge('auth/accounts/invite', { email: input.email }, requestOptions),

    verifyInvite: (input, requestOptions) =>
      acknowledge(
        'auth/accounts/verify/invite',
        { oobCode: input.oobCode, uid: input.uid, newPassword: input.newPassword },
        requestOptions,
      ),

    verifyPasswordReset: (input, requestOptions) =>
      acknowledge('auth/accounts/verify/password-reset', { oobCode: input.oobCode, newPassword: input.newPassword }, requestOptions),

    // The spec's body table says `email`; its curl (and the service) take `{ oobCode, uid }`.
    verifyEmail: (input, requestOptions) =>
      acknowledge('auth/accounts/verify/email', { oobCode: input.oobCode, uid: input.uid }, requestOptions),

    updateEmail: (input, requestOptions) =>
      acknowledge('auth/accounts/update-email', { email: input.email }, requestOptions, bearer(requestOptions.idToken)),

    async updatePassword(input, requestOptions) {
      const { data } = await sendRequest(http, {
        method: 'POST',
        path: 'auth/accounts/update-password',
        body: { oldPassword: input.oldPassword, newPassword: input.newPassword },
        headers: bearer(requestOptions.idToken),
        signal: requestOptions.signal,
        schema: dataEnvelope(passwordUpdatedDataSchema),
      });
      return { session: sessionFromPasswordUpdate(data, now()), raw: data };
    },

    async fetchEmailProviders(input, requestOptions) {
      const { data } = await sendRequest(http, {
        method: 'POST',
        path: 'auth/accounts/email-providers',
        body: { email: input.email },
        signal: requestOptions?.signal,
        schema: dataEnvelope(emailProvidersDataSchema),
      });
      return {
        registered: data.registered,
        signInMethods: data.signinMethods ?? [],
        allProviders: data.allProviders ?? [],
        raw: data,
      };
    },

    async refreshToken(refreshToken, requestOptions) {
      const { data } = await sendRequest(http, {
        method: 'POST',
        path: 'auth/accounts/token/refresh',
        body: { refresh_token: refreshToken },
        signal: requestOptions?.signal,
        schema: dataEnvelope(refreshDataSchema),
      });
      return { session: sessionFromRefresh(data, now(), requestOptions?.previous), raw: data };
    },

    async deleteAccount(requestOptions) {
      const { data } = await sendRequest(http, {
        method: 'DELETE',
        path: 'auth/accounts',
        headers: bearer(requestOptions.idToken),
        signal: requestOptions.signal,
        schema: ack,
      });
      return { raw: data };
    },

    async getRoles(requestOptions) {
      const adminToken = requestOptions?.adminToken ?? options.adminToken;
      if (!adminToken) {
        throw new AuthError(
          'permission_denied',
          'getRoles needs the deskree-admin token: pass `adminToken` to createAuthClient on a server (never in a browser).',
        );
      }
      const { data } = await sendRequest(http, {
        method: 'GET',
        path: 'auth/accounts/roles',
        headers: { 'deskree-admin': adminToken },
        signal: requestOptions?.signal,
        schema: dataEnvelope(rolesDataSchema),
      });
      return data.map((role: RoleData) => ({ uid: role.uid, name: role.name }));
    },
  };
}
