/**
 * `SignInForm`'s own texts (identifier-first steps included).
 */
export const signInMessages = {
  'title.signIn': 'Sign in',
  'description.signIn': 'Welcome back. Sign in to continue.',
  'link.forgotPassword': 'Forgot password?',
  'link.createAccount': 'Create an account',
  'identifierFirst.useProvider': 'The account for {email} signs in with {methods}.',
  'identifierFirst.notRegistered': 'There is no account for {email} yet.',
  'notice.emailChanged': 'Your email address changed. Sign in again with your new email.',
} as const;
