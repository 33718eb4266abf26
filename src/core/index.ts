export { createAuthClient } from './client';
export { createAuthApi, resolveBaseUrl, DEFAULT_AUTH_HEADER, DEFAULT_TIMEOUT_MS } from './authApi';
export type { AuthApi, AuthApiRequest } from './authApi';
// Each endpoint as a standalone function over an `AuthApi` (or a client): a bundle ships only those
// it imports. `createAuthClient` binds all 15.
export { signUp, signInWithEmail } from './endpoints/emailPassword';
export { refreshToken } from './endpoints/tokenRefresh';
export { createOAuthUrl } from './endpoints/oauthUrl';
export { signInWithIdp } from './endpoints/idpSignIn';
export {
  sendPasswordReset,
  inviteUser,
  verifyInvite,
  verifyPasswordReset,
  verifyEmail,
} from './endpoints/emailActions';
export { updateEmail, updatePassword, deleteAccount } from './endpoints/accountChanges';
export { fetchEmailProviders, getRoles } from './endpoints/lookups';
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
} from './client';
export {
  AuthError,
  isAuthError,
  codeFromDetail,
  redactTokens,
  AUTH_ERROR_CODES,
  RETRYABLE_CODES,
} from './errors';
export type { AuthErrorCode, AuthErrorOptions } from './errors';
export type { FetchLike } from './http';
export { decodeClaims } from './credentials';
export type { AuthUser, IdTokenClaims, Session } from './credentials';
export {
  parseEmailActionLink,
  parseOAuthCallback,
  hasOAuthCallbackParams,
  stripOAuthParams,
  stripEmailActionParams,
} from './links';
export type { EmailActionParams, OAuthCallbackParams } from './links';
export { OAUTH_PROVIDERS } from './wire';
export type { OAuthProviderId } from './wire';
export {
  savePendingOAuth,
  readPendingOAuth,
  consumePendingOAuth,
  clearPendingOAuth,
  assertCallbackAllowed,
  stateFromAuthUri,
  PENDING_OAUTH_TTL_MS,
} from './oauth/pendingOAuth';
export type { PendingOAuth, PendingOAuthOptions, PendingOAuthStorage } from './oauth/pendingOAuth';
export {
  createAuthSession,
  DEFAULT_STORAGE_KEY,
  REFRESH_MARGIN_MS,
  localStorageAdapter,
  sessionStorageAdapter,
  memoryStorageAdapter,
} from './session';
export { cookieStorageAdapter } from './session/cookieStorage';
export type { CookieStorageOptions } from './session/cookieStorage';
export type { InitialAuth } from './initialAuth';
export type {
  AuthEvent,
  AuthSession,
  AuthSessionOptions,
  AuthState,
  AuthStatus,
  SignOutReason,
  StorageAdapter,
} from './session';
export { createAuthFetch } from './authFetch';
export type { AuthFetchOptions } from './authFetch';
export { completeOAuthCallback } from './oauth/completeOAuthCallback';
export type {
  CompleteOAuthCallbackOptions,
  OAuthCallbackOutcome,
} from './oauth/completeOAuthCallback';
