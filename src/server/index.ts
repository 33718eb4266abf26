/**
 * `deskree-auth-react/server`: who is signed in, on a server. No React, no `"use client"`; Web
 * Crypto and fetch only, so it runs in Node 20, Next.js route handlers and proxy/middleware,
 * React Router loaders and actions, Hono and Workers.
 */
export { verifyIdToken, GOOGLE_JWKS_URL, DEFAULT_CLOCK_TOLERANCE_S } from './verifyIdToken';
export type { VerifyIdTokenOptions, VerifiedIdToken } from './verifyIdToken';
export { getAuthFromRequest, getInitialAuth, toInitialAuth } from './getAuthFromRequest';
export type { ServerAuth } from './getAuthFromRequest';
export { refreshAuthCookies } from './refreshAuthCookies';
export type { RefreshAuthCookiesResult } from './refreshAuthCookies';
export { sessionCookieNameFor } from './requestCredentials';
export type { RequestLike } from './requestCredentials';
export type { ServerAuthOptions } from './options';
export { AuthError, isAuthError, AUTH_ERROR_CODES } from '../core/errors';
export type { AuthErrorCode } from '../core/errors';
export type { AuthUser, IdTokenClaims } from '../core/credentials';
export type { InitialAuth } from '../core/initialAuth';
