/**
 * `deskree-auth-react/server`: who is signed in, on a server. No React, no `"use client"`; Web
 * Crypto and fetch only, so it runs in Node 20, Next.js route handlers and proxy/middleware,
 * React Router loaders and actions, Hono and Workers.
 */
export { verifyIdToken, GOOGLE_JWKS_URL, DEFAULT_CLOCK_TOLERANCE_S } from './verifyIdToken.js';
export type { VerifyIdTokenOptions, VerifiedIdToken } from './verifyIdToken.js';
export { getAuthFromRequest, getInitialAuth, toInitialAuth } from './getAuthFromRequest.js';
export type { ServerAuth } from './getAuthFromRequest.js';
export { refreshAuthCookies } from './refreshAuthCookies.js';
export type { RefreshAuthCookiesResult } from './refreshAuthCookies.js';
export { sessionCookieNameFor } from './requestCredentials.js';
export type { RequestLike } from './requestCredentials.js';
export type { ServerAuthOptions } from './options.js';
export { AuthError, isAuthError, AUTH_ERROR_CODES } from '../core/errors.js';
export type { AuthErrorCode } from '../core/errors.js';
export type { AuthUser, IdTokenClaims } from '../core/credentials.js';
export type { InitialAuth } from '../core/initialAuth.js';
