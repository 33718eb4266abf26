export {
  createAuthClient,
  resolveBaseUrl,
  DEFAULT_AUTH_HEADER,
  DEFAULT_TIMEOUT_MS,
} from './client.js';
export type {
  AuthClient,
  AuthClientOptions,
  AuthenticatedRequestOptions,
  AcknowledgementResult,
  Credentials,
  EmailProvidersResult,
  IdpSignInInput,
  IdpSignInResult,
  OAuthProfile,
  OAuthUrlResult,
  PasswordUpdatedResult,
  RefreshResult,
  RequestOptions,
  Role,
  SessionResult,
} from './client.js';
export {
  AuthError,
  isAuthError,
  codeFromDetail,
  redactTokens,
  AUTH_ERROR_CODES,
  RETRYABLE_CODES,
} from './errors.js';
export type { AuthErrorCode, AuthErrorOptions } from './errors.js';
export type { FetchLike } from './http.js';
export { decodeClaims } from './credentials.js';
export type { AuthUser, IdTokenClaims, Session } from './credentials.js';
export {
  parseEmailActionLink,
  parseOAuthCallback,
  hasOAuthCallbackParams,
  stripOAuthParams,
  stripEmailActionParams,
} from './links.js';
export type { EmailActionParams, OAuthCallbackParams } from './links.js';
export { OAUTH_PROVIDERS } from './wire.js';
export type { OAuthProviderId } from './wire.js';
export {
  savePendingOAuth,
  readPendingOAuth,
  consumePendingOAuth,
  clearPendingOAuth,
  assertCallbackAllowed,
  stateFromAuthUri,
  PENDING_OAUTH_TTL_MS,
} from './oauth/pendingOAuth.js';
export type {
  PendingOAuth,
  PendingOAuthOptions,
  PendingOAuthStorage,
} from './oauth/pendingOAuth.js';
export {
  createAuthSession,
  DEFAULT_STORAGE_KEY,
  REFRESH_MARGIN_MS,
  localStorageAdapter,
  sessionStorageAdapter,
  memoryStorageAdapter,
} from './session/index.js';
export { cookieStorageAdapter } from './session/cookieStorage.js';
export type { CookieStorageOptions } from './session/cookieStorage.js';
export type { InitialAuth } from './initialAuth.js';
export type {
  AuthEvent,
  AuthSession,
  AuthSessionOptions,
  AuthState,
  AuthStatus,
  SignOutReason,
  StorageAdapter,
} from './session/index.js';
export { createAuthFetch } from './authFetch.js';
export type { AuthFetchOptions } from './authFetch.js';
export { completeOAuthCallback } from './oauth/completeOAuthCallback.js';
export type {
  CompleteOAuthCallbackOptions,
  OAuthCallbackOutcome,
} from './oauth/completeOAuthCallback.js';
