/**
 * A typed, framework-free client for the 15 endpoints of the Deskree Auth API.
 * Each method validates the response against the spec's shape and returns the kit's
 * normalized value next to the `raw` payload the API sent.
 */
import { AuthError } from './errors.js';
import type * as z from 'zod/mini';
import { sendRequest, type FetchLike, type HttpConfig, type HttpRequest } from './http.js';
import {
  sessionFromAccountTokens,
  sessionFromIdp,
  sessionFromRefresh,
  sessionFromSignIn,
  type Session,
} from './credentials.js';
import {
  accountTokensSchema,
  dataEnvelope,
  emailProvidersDataSchema,
  idpSignInDataSchema,
  noContentSchema,
  oauthUrlDataSchema,
  refreshDataSchema,
  rolesDataSchema,
  sessionDataSchema,
  type AcknowledgementData,
  type EmailProvidersData,
  type IdpSignInData,
  type OAuthProviderId,
  type OAuthUrlData,
  type RefreshData,
  type RoleData,
  type SessionData,
} from './wire.js';

/** Milliseconds before a request fails with `timeout`. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The header that carries the id token, as the spec says. */
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
  | {
      status: 'needsConfirmation';
      email: string;
      providerId: string;
      profile: OAuthProfile;
      raw: IdpSignInData;
    };

export interface EmailProvidersResult {
  registered: boolean;
  /** `signinMethods`, or `allProviders` when the answer lacks it (the SDK's docs show only that). */
  signInMethods: string[];
  allProviders: string[];
  raw: EmailProvidersData;
}

export interface Role {
  uid: string;
  name: string;
}

/**
 * The answer of an endpoint the service documents as "No content": an empty body, 204, `{}` or
 * `{ data: {...} }` all succeed. `raw` is the `data` object when one was sent, else `null`; no
 * field in it is promised.
 */
export interface AcknowledgementResult {
  raw: AcknowledgementData | null;
}

export interface PasswordUpdatedResult extends AcknowledgementResult {
  /**
   * The new session, only when the answer carried tokens. The hosted service sends none, and the
   * change revokes every older refresh token: sign in again with the new password
   * (`useUpdatePassword` does).
   */
  session: Session | null;
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

/** The page a relative `baseUrl` is resolved against: `location.href` on http(s) pages, else none. */
function pageUrl(): string | undefined {
  return typeof location !== 'undefined' && /^https?:$/.test(location.protocol)
    ? location.href
    : undefined;
}

/**
 * Resolves the base URL from `baseUrl` or `projectId`, always absolute with a trailing slash. A
 * path (`/api/v1/`, as behind the emulator's Vite plugin) is resolved against the page; where there
 * is no page (a server render) it is kept as is, and a request made with it there fails with a
 * message saying so. Anything else that is not an http(s) URL throws a `TypeError` here, at creation.
 */
export function resolveBaseUrl(options: Pick<AuthClientOptions, 'projectId' | 'baseUrl'>): string {
  if (options.baseUrl !== undefined) {
    const raw = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    const page = pageUrl();
    if (page === undefined && raw.startsWith('/') && !raw.startsWith('//')) return raw;
    let url: URL | null = null;
    try {
      // Only absolute URLs and paths from the site root: `api/v1` would depend on the page's path.
      url = new URL(raw, raw.startsWith('/') ? page : undefined);
    } catch {
      // Reported below with the fix.
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new TypeError(
        `createAuthClient: baseUrl "${options.baseUrl}" is not usable. Give an http(s) URL ` +
          '("https://my-project.api.deskree.com/api/v1/", "http://127.0.0.1:9099/api/v1/") or a path ' +
          'on this site ("/api/v1/").',
      );
    }
    return url.href;
  }
  if (options.projectId) {
    if (!/^[a-z0-9-]+$/i.test(options.projectId)) {
      throw new TypeError(`createAuthClient: "${options.projectId}" is not a Deskree project id.`);
    }
    return `https://${options.projectId}.api.deskree.com/api/v1/`;
  }
  throw new TypeError('createAuthClient needs `projectId` or `baseUrl`.');
}

/**
 * A typed client for the 15 endpoints of the Deskree Auth API; every failure is an `AuthError`.
 *
 * @example
 * const client = createAuthClient({ projectId: 'my-project' })
 * const { session } = await client.signInWithEmail({ email, password })
 */
export function createAuthClient(options: AuthClientOptions): AuthClient {
  const now = options.now ?? Date.now;
  const authHeaderName = options.authHeaderName ?? DEFAULT_AUTH_HEADER;
  const http: HttpConfig = {
    baseUrl: resolveBaseUrl(options),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: options.headers ?? {},
  };

  const bearer = (requestOptions: { idToken?: string } | undefined): Record<string, string> =>
    requestOptions?.idToken ? { [authHeaderName]: `Bearer ${requestOptions.idToken}` } : {};

  /** Sends one request to `auth/accounts{path}` and returns the validated `data` of the answer. `idToken` adds the bearer header. */
  async function call<S extends z.core.$ZodType>(
    path: string,
    dataSchema: S,
    body: unknown,
    requestOptions: (RequestOptions & { idToken?: string }) | undefined,
    method: HttpRequest<unknown>['method'] = 'POST',
    headers: Record<string, string> = bearer(requestOptions),
  ): Promise<z.infer<S>> {
    if (http.baseUrl.startsWith('/')) {
      throw new TypeError(
        `createAuthClient: the relative baseUrl "${http.baseUrl}" needs a page to resolve against; ` +
          'on a server, give an absolute URL.',
      );
    }
    const answer = await sendRequest(http, {
      method,
      path: `auth/accounts${path}`,
      body,
      headers,
      signal: requestOptions?.signal,
      schema: dataEnvelope(dataSchema),
    });
    return (answer as { data: z.infer<S> }).data;
  }

  /** A "No content" endpoint: any success answer counts (see `noContentSchema`). */
  const acknowledge = async (
    path: string,
    body: unknown,
    requestOptions: (RequestOptions & { idToken?: string }) | undefined,
    method: 'POST' | 'DELETE' = 'POST',
  ): Promise<AcknowledgementResult> => {
    const answer = await sendRequest(http, {
      method,
      path: `auth/accounts${path}`,
      body,
      headers: bearer(requestOptions),
      signal: requestOptions?.signal,
      schema: noContentSchema,
    });
    return { raw: answer?.data ?? null };
  };

  const signInLike = async (path: string, input: Credentials, requestOptions?: RequestOptions) => {
    const raw = await call(
      path,
      sessionDataSchema,
      { email: input.email, password: input.password },
      requestOptions,
    );
    return { session: sessionFromSignIn(raw, now()), raw };
  };

  return {
    baseUrl: http.baseUrl,
    authHeaderName,

    signUp: (input, requestOptions) => signInLike('/signup', input, requestOptions),

    signInWithEmail: (input, requestOptions) => signInLike('/sign-in/email', input, requestOptions),

    async createOAuthUrl(input, requestOptions) {
      const raw = await call(
        '/sign-in/auth-url',
        oauthUrlDataSchema,
        { providerId: input.providerId, callBackUri: input.callBackUri },
        requestOptions,
      );
      return { authUri: raw.authUri, providerId: raw.providerId, sessionId: raw.sessionId, raw };
    },

    async signInWithIdp(input, requestOptions) {
      // JSON leaves out the carrier (`token` or `code`) that is undefined.
      const { sessionId, providerId, callBackUri, token, code } = input;
      const raw = await call(
        '/sign-in/idp',
        idpSignInDataSchema,
        { sessionId, providerId, callBackUri, token, code },
        requestOptions,
      );
      const profile: OAuthProfile = {
        email: raw.email,
        emailVerified: raw.emailVerified,
        providerId: raw.providerId,
        firstName: raw.firstName || null,
        lastName: raw.lastName || null,
        fullName: raw.fullName || null,
        displayName: raw.displayName || null,
        photoUrl: raw.photoUrl || null,
      };
      return raw.needConfirmation
        ? {
            status: 'needsConfirmation',
            email: raw.email,
            providerId: raw.providerId,
            profile,
            raw,
          }
        : { status: 'signedIn', session: sessionFromIdp(raw, now()), profile, raw };
    },

    sendPasswordReset: (input, requestOptions) =>
      acknowledge('/password-reset', { email: input.email }, requestOptions),

    inviteUser: (input, requestOptions) =>
      acknowledge('/invite', { email: input.email }, requestOptions),

    verifyInvite: (input, requestOptions) =>
      acknowledge(
        '/verify/invite',
        { oobCode: input.oobCode, uid: input.uid, newPassword: input.newPassword },
        requestOptions,
      ),

    verifyPasswordReset: (input, requestOptions) =>
      acknowledge(
        '/verify/password-reset',
        { oobCode: input.oobCode, newPassword: input.newPassword },
        requestOptions,
      ),

    // The spec's body table says `email`; its curl (and the service) take `{ oobCode, uid }`.
    verifyEmail: (input, requestOptions) =>
      acknowledge('/verify/email', { oobCode: input.oobCode, uid: input.uid }, requestOptions),

    updateEmail: (input, requestOptions) =>
      acknowledge('/update-email', { email: input.email }, requestOptions),

    async updatePassword(input, requestOptions) {
      const { raw } = await acknowledge(
        '/update-password',
        { oldPassword: input.oldPassword, newPassword: input.newPassword },
        requestOptions,
      );
      const tokens = accountTokensSchema.safeParse(raw);
      return { raw, session: tokens.success ? sessionFromAccountTokens(tokens.data, now()) : null };
    },

    async fetchEmailProviders(input, requestOptions) {
      const raw = await call(
        '/email-providers',
        emailProvidersDataSchema,
        { email: input.email },
        requestOptions,
      );
      return {
        registered: raw.registered,
        signInMethods: raw.signinMethods ?? raw.allProviders ?? [],
        allProviders: raw.allProviders ?? [],
        raw,
      };
    },

    async refreshToken(refreshToken, requestOptions) {
      const raw = await call(
        '/token/refresh',
        refreshDataSchema,
        { refresh_token: refreshToken },
        requestOptions,
      );
      return { session: sessionFromRefresh(raw, now(), requestOptions?.previous), raw };
    },

    deleteAccount: (requestOptions) => acknowledge('', undefined, requestOptions, 'DELETE'),

    async getRoles(requestOptions) {
      const adminToken = requestOptions?.adminToken ?? options.adminToken;
      if (!adminToken) {
        throw new AuthError(
          'permission_denied',
          'getRoles needs the deskree-admin token (server side only).',
        );
      }
      const roles = await call('/roles', rolesDataSchema, undefined, requestOptions, 'GET', {
        'deskree-admin': adminToken,
      });
      return roles.map((role: RoleData) => ({ uid: role.uid, name: role.name }));
    },
  };
}
