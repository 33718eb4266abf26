/**
 * The React layer: a provider over the core session engine, hooks over react-query, and
 * control components. Re-exports the core names React users need, so one import suffices.
 */
export { AuthProvider } from './AuthProvider.js';
export type { AuthProviderProps } from './AuthProvider.js';
export { CookieAuthProvider } from './CookieAuthProvider.js';
export type { CookieAuthProviderProps } from './CookieAuthProvider.js';
export { useAuth } from './useAuth.js';
export type { UseAuthResult } from './useAuth.js';
export { useUser } from './useUser.js';
export { useAuthClient } from './useAuthClient.js';
export { useAuthSession } from './useAuthSession.js';
export { authKeys, isAuthenticatedQueryKey } from './authKeys.js';
export { useClearQueriesOnSignOut } from './useClearQueriesOnSignOut.js';
export type { AuthMutationOptions } from './useAuthMutation.js';

export { useSignUp } from './useSignUp.js';
export type { UseSignUpOptions, UseSignUpResult } from './useSignUp.js';
export { useSignIn } from './useSignIn.js';
export type { UseSignInOptions, UseSignInResult } from './useSignIn.js';
export { useOAuth } from './useOAuth.js';
export type {
  OAuthMode,
  StartOAuthInput,
  StartOAuthResult,
  UseOAuthOptions,
  UseOAuthResult,
} from './useOAuth.js';
export { OAUTH_POPUP_MESSAGE_TYPE, OAUTH_POPUP_NAME_PREFIX } from './oauthPopupWindow.js';
export type { OAuthPopupMessage, OAuthPopupOptions } from './oauthPopupWindow.js';
export { useOAuthCallback } from './useOAuthCallback.js';
export type {
  OAuthCallbackStatus,
  UseOAuthCallbackOptions,
  UseOAuthCallbackResult,
} from './useOAuthCallback.js';
export { usePasswordReset } from './usePasswordReset.js';
export type {
  PasswordResetInput,
  UsePasswordResetOptions,
  UsePasswordResetResult,
} from './usePasswordReset.js';
export { useVerifyPasswordReset } from './useVerifyPasswordReset.js';
export type {
  VerifyPasswordResetInput,
  UseVerifyPasswordResetOptions,
  UseVerifyPasswordResetResult,
} from './useVerifyPasswordReset.js';
export { useInvite } from './useInvite.js';
export type { InviteInput, UseInviteOptions, UseInviteResult } from './useInvite.js';
export { useInviteAccept } from './useInviteAccept.js';
export type {
  InviteAcceptInput,
  InviteAcceptResult,
  UseInviteAcceptOptions,
  UseInviteAcceptResult,
} from './useInviteAccept.js';
export { useVerifyEmail } from './useVerifyEmail.js';
export type {
  VerifyEmailInput,
  UseVerifyEmailOptions,
  UseVerifyEmailResult,
} from './useVerifyEmail.js';
export { useUpdateEmail } from './useUpdateEmail.js';
export type {
  UpdateEmailInput,
  UpdateEmailResult,
  UseUpdateEmailOptions,
  UseUpdateEmailResult,
} from './useUpdateEmail.js';
export { useUpdatePassword } from './useUpdatePassword.js';
export type {
  UpdatePasswordInput,
  UseUpdatePasswordOptions,
  UseUpdatePasswordResult,
} from './useUpdatePassword.js';
export { useEmailProviders } from './useEmailProviders.js';
export type { UseEmailProvidersOptions } from './useEmailProviders.js';
export { useDeleteAccount } from './useDeleteAccount.js';
export type {
  DeleteAccountInput,
  UseDeleteAccountOptions,
  UseDeleteAccountResult,
} from './useDeleteAccount.js';
export { useRoles } from './useRoles.js';
export type { UseRolesOptions } from './useRoles.js';
export { useSignOut } from './useSignOut.js';

export { SignedIn, SignedOut, AuthLoading, RequireAuth } from './controlComponents.js';
export type { ControlComponentProps, RequireAuthProps } from './controlComponents.js';

// From their own modules, not the `../core` barrel: a bundler that follows every re-export of a
// barrel (esbuild) would otherwise put the lazily loaded OAuth flow back into the first load.
export { AuthError, isAuthError, AUTH_ERROR_CODES } from '../core/errors.js';
export { createAuthClient } from '../core/client.js';
export { createAuthSession } from '../core/session/index.js';
export { cookieStorageAdapter } from '../core/session/cookieStorage.js';
export {
  parseEmailActionLink,
  parseOAuthCallback,
  stripOAuthParams,
  stripEmailActionParams,
} from '../core/links.js';
export { OAUTH_PROVIDERS } from '../core/wire.js';
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
} from '../core/index.js';
