/**
 * The React layer: a provider over the core session engine, hooks over react-query, and
 * control components. Re-exports the core names React users need, so one import suffices.
 */
export { AuthProvider } from './AuthProvider';
export type { AuthProviderProps } from './AuthProvider';
export { useAuth } from './useAuth';
export type { UseAuthResult } from './useAuth';
export { useUser } from './useUser';
export { useAuthClient } from './useAuthClient';
export { useAuthSession } from './useAuthSession';
export { authKeys, isAuthenticatedQueryKey } from './authKeys';
export { useClearQueriesOnSignOut } from './useClearQueriesOnSignOut';
export type { AuthMutationOptions } from './useAuthMutation';

export { useSignUp } from './useSignUp';
export type { UseSignUpOptions, UseSignUpResult } from './useSignUp';
export { useSignIn } from './useSignIn';
export type { UseSignInOptions, UseSignInResult } from './useSignIn';
export { useOAuth } from './useOAuth';
export type {
  OAuthMode,
  StartOAuthInput,
  StartOAuthResult,
  UseOAuthOptions,
  UseOAuthResult,
} from './useOAuth';
export { OAUTH_POPUP_MESSAGE_TYPE, OAUTH_POPUP_NAME_PREFIX } from './oauthPopupWindow';
export type { OAuthPopupMessage, OAuthPopupOptions } from './oauthPopupWindow';
export { useOAuthCallback } from './useOAuthCallback';
export type {
  OAuthCallbackStatus,
  UseOAuthCallbackOptions,
  UseOAuthCallbackResult,
} from './useOAuthCallback';
export { usePasswordReset } from './usePasswordReset';
export type {
  PasswordResetInput,
  UsePasswordResetOptions,
  UsePasswordResetResult,
} from './usePasswordReset';
export { useVerifyPasswordReset } from './useVerifyPasswordReset';
export type {
  VerifyPasswordResetInput,
  UseVerifyPasswordResetOptions,
  UseVerifyPasswordResetResult,
} from './useVerifyPasswordReset';
export { useInvite } from './useInvite';
export type { InviteInput, UseInviteOptions, UseInviteResult } from './useInvite';
export { useInviteAccept } from './useInviteAccept';
export type {
  InviteAcceptInput,
  InviteAcceptResult,
  UseInviteAcceptOptions,
  UseInviteAcceptResult,
} from './useInviteAccept';
export { useVerifyEmail } from './useVerifyEmail';
export type {
  VerifyEmailInput,
  UseVerifyEmailOptions,
  UseVerifyEmailResult,
} from './useVerifyEmail';
export { useUpdateEmail } from './useUpdateEmail';
export type {
  UpdateEmailInput,
  UseUpdateEmailOptions,
  UseUpdateEmailResult,
} from './useUpdateEmail';
export { useUpdatePassword } from './useUpdatePassword';
export type {
  UpdatePasswordInput,
  UseUpdatePasswordOptions,
  UseUpdatePasswordResult,
} from './useUpdatePassword';
export { useEmailProviders } from './useEmailProviders';
export type { UseEmailProvidersOptions } from './useEmailProviders';
export { useDeleteAccount } from './useDeleteAccount';
export type { UseDeleteAccountOptions, UseDeleteAccountResult } from './useDeleteAccount';
export { useRoles } from './useRoles';
export type { UseRolesOptions } from './useRoles';
export { useSignOut } from './useSignOut';

export { SignedIn, SignedOut, AuthLoading, RequireAuth } from './controlComponents';
export type { ControlComponentProps, RequireAuthProps } from './controlComponents';

// From their own modules, not the `../core` barrel: a bundler that follows every re-export of a
// barrel (esbuild) would otherwise put the lazily loaded OAuth flow back into the first load.
export { AuthError, isAuthError, AUTH_ERROR_CODES } from '../core/errors';
export { createAuthClient } from '../core/client';
export { createAuthSession } from '../core/session/index';
export { cookieStorageAdapter } from '../core/session/cookieStorage';
export {
  parseEmailActionLink,
  parseOAuthCallback,
  stripOAuthParams,
  stripEmailActionParams,
} from '../core/links';
export { OAUTH_PROVIDERS } from '../core/wire';
export type {
  AuthClient,
  AuthClientOptions,
  AuthErrorCode,
  AuthEvent,
  AuthSession,
  AuthSessionOptions,
  AuthState,
  AuthStatus,
  AuthUser,
  Credentials,
  EmailProvidersResult,
  IdTokenClaims,
  InitialAuth,
  OAuthCallbackOutcome,
  OAuthProfile,
  OAuthProviderId,
  Role,
  Session,
  SessionResult,
  SignOutReason,
  StorageAdapter,
} from '../core';
