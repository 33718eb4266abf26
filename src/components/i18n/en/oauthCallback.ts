/**
 * The OAuth return screens: `OAuthCallback` and `AccountExists` (needConfirmation).
 */
export const oauthCallbackMessages = {
  'title.oauthError': "We couldn't sign you in",
  'title.oauthCancelled': 'Sign-in cancelled',
  'description.oauthCancelled': 'Nothing was changed. Choose how to sign in to try again.',
  'title.needConfirmation': 'You already have an account',
  'button.signInWithPassword': 'Sign in with email and password instead',
} as const;
