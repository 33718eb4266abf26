/**
 * `OAuthButtons` and the sign-in method names: the buttons sit on the sign-in and sign-up forms, and
 * `formatSignInMethods` names the methods in the identifier-first and needConfirmation texts.
 */
export const oauthButtonMessages = {
  'button.continueWithGoogle': 'Continue with Google',
  'button.continueWithFacebook': 'Continue with Facebook',
  'button.continueWithGithub': 'Continue with GitHub',
  'button.continueWithProvider': 'Continue with {provider}',
  'label.signInWith': 'Sign in with',
  'loading.redirecting': 'Redirecting…',
  'needConfirmation.description':
    'An account already exists for {email} — sign in with {methods} instead.',
  'needConfirmation.methodsSeparator': ', ',
  'needConfirmation.methodsLastSeparator': ' or ',
  'method.password': 'email and password',
  'method.google': 'Google',
  'method.facebook': 'Facebook',
  'method.github': 'GitHub',
} as const;
