/**
 * Words the sign-in form shares with other screens (field labels, the sign-in button, progress).
 * Kept out of any one screen's slice so each screen pulls these few instead of another's table.
 */
export const commonMessages = {
  'label.email': 'Email',
  'label.password': 'Password',
  'button.continue': 'Continue',
  'button.signIn': 'Sign in',
  'button.useDifferentEmail': 'Use a different email',
  'divider.or': 'or',
  'loading.signingIn': 'Signing in…',
} as const;
