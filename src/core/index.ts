export { createAuthClient, resolveBaseUrl, DEFAULT_AUTH_HEADER, DEFAULT_TIMEOUT_MS } from './client';
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
export { AuthError, isAuthError, codeFromDetail, redactTokens, AUTH_ERROR_CODES, RETRYABLE_CODES } from './errors';
export type { AuthErrorCode, AuthErrorOptions } from './errors';
export type { FetchLike } from './http';
export { decodeClaims } from './session';
export type { AuthUser, IdTokenClaims, Session } from './session';
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
