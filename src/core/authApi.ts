/**
 * The request core every endpoint function runs on: the resolved base URL, the clock, the header
 * names and one `request` function. The endpoint functions (`signInWithEmail(api, …)`, see
 * endpoints/) take it as their first argument, so a bundle carries only the endpoints it calls;
 * `createAuthClient` binds all 15 of them to one for apps that prefer an object.
 */
import type * as z from 'zod/mini';
import { AuthError } from './errors.js';
import { sendRequest, type FetchLike, type HttpConfig } from './http.js';
import { dataEnvelope } from './wire.js';

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

/** One call to an endpoint under `auth/accounts`, as the endpoint functions describe it. */
export interface AuthApiRequest<T> {
  /** Default `POST`. */
  method?: 'GET' | 'POST' | 'DELETE';
  /** Below `auth/accounts`, e.g. `/sign-in/email`; `''` is the accounts resource itself. */
  path: string;
  /** Sent as JSON; `undefined` sends no body. */
  body?: unknown;
  /** Validates the whole success body, `{ data: … }` included (see `dataEnvelope`). */
  schema: z.ZodMiniType<T>;
  /** Sent as `Bearer` in the client's `authHeaderName`. */
  idToken?: string;
  /**
   * Sends the `deskree-admin` header: this token, else the one the api was created with; with
   * neither, the call fails with `permission_denied` before anything is sent.
   */
  admin?: { token?: string };
  signal?: AbortSignal;
}

/**
 * The request core: what every endpoint function needs, and nothing of the endpoints themselves.
 * Made by `createAuthApi`; an `AuthClient` is one too, so every endpoint function accepts either.
 */
export interface AuthApi {
  /** Absolute, with a trailing slash (a path on this site while no page resolves it). */
  readonly baseUrl: string;
  readonly authHeaderName: string;
  /** The clock that turns `expiresIn` into `expiresAt`. */
  readonly now: () => number;
  /** Sends one request and returns the validated body; every failure is an `AuthError`. */
  request<T>(call: AuthApiRequest<T>): Promise<T>;
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
 * The request core the endpoint functions run on: the same options as `createAuthClient`, none of
 * its methods. Use it with the standalone endpoint functions so a bundle carries only those it calls.
 *
 * @example
 * const api = createAuthApi({ projectId: 'my-project' })
 * const { session } = await signInWithEmail(api, { email, password })
 */
export function createAuthApi(options: AuthClientOptions): AuthApi {
  const authHeaderName = options.authHeaderName ?? DEFAULT_AUTH_HEADER;
  const http: HttpConfig = {
    baseUrl: resolveBaseUrl(options),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: options.headers ?? {},
  };
  return {
    baseUrl: http.baseUrl,
    authHeaderName,
    now: options.now ?? Date.now,
    async request({ method = 'POST', path, body, schema, idToken, admin, signal }) {
      if (http.baseUrl.startsWith('/')) {
        throw new TypeError(
          `createAuthClient: the relative baseUrl "${http.baseUrl}" needs a page to resolve against; ` +
            'on a server, give an absolute URL.',
        );
      }
      // The admin token stays in this closure: neither the api nor a client exposes it.
      const adminToken = admin && (admin.token ?? options.adminToken);
      if (admin && !adminToken) {
        throw new AuthError(
          'permission_denied',
          'getRoles needs the deskree-admin token (server side only).',
        );
      }
      return sendRequest(http, {
        method,
        path: `auth/accounts${path}`,
        body,
        headers: adminToken
          ? { 'deskree-admin': adminToken }
          : idToken
            ? { [authHeaderName]: `Bearer ${idToken}` }
            : {},
        signal,
        schema,
      });
    },
  };
}

/** Sends one request whose success body is `{ data }` and returns that validated `data`. */
export async function requestData<S extends z.core.$ZodType>(
  api: AuthApi,
  call: Omit<AuthApiRequest<unknown>, 'schema'> & { data: S },
): Promise<z.infer<S>> {
  const { data, ...rest } = call;
  const answer = await api.request({ ...rest, schema: dataEnvelope(data) });
  return (answer as { data: z.infer<S> }).data;
}
