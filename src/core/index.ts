export { createAuthClient } from './client.js';
export {
  createAuthApi,
  resolveBaseUrl,
  DEFAULT_AUTH_HEADER,
  DEFAULT_TIMEOUT_MS,
} from './authApi.js';
export type { AuthApi, AuthApiRequest } from './authApi.js';
// Each endpoint as a standalone function over an `AuthApi` (or a client): a bundle ships only those
// it imports. `createAuthClient` binds all 15.
export { signUp, signInWithEmail } from './endpoints/emailPassword.js';
export { refreshToken } from './endpoints/tokenRefresh.js';
export { createOAuthUrl } from './endpoints/oauthUrl.js';
export { signInWithIdp } from './endpoints/idpSignIn.js';
export {
  sendPasswordReset,
  inviteUser,
  verifyInvite,
  verifyPasswordReset,
  verifyEmail,
} from './endpoints/emailActions.js';
export { updateEmail, updatePassword, deleteAccount } from './endpoints/accountChanges.js';
export { fetchEmailProviders, getRoles } from './endpoints/lookups.js';
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
