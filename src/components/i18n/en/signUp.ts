/**
 * `SignUpForm`'s own texts (and `AuthDialog`'s sign-up view title).
 */
export const signUpMessages = {
  'title.signUp': 'Create an account',
  'description.signUp': 'Enter your email and choose a password.',
  'button.signUp': 'Sign up',
  'link.haveAccount': 'Already have an account? Sign in',
  'loading.signingUp': 'Creating account…',
  'title.checkInbox': 'Check your inbox',
} as const;
