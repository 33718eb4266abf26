/**
 * What forms store as an error's message key and translate at render (`FormMessage`,
 * `FormRootError`): every `validation.*` message (apps' own schemas use them too, e.g.
 * `validation.required`) and the sign-in/sign-up invitation notice.
 */
export const formFeedbackMessages = {
  'validation.required': 'Fill in this field',
  'validation.emailRequired': 'Enter your email address',
  'validation.email': 'Enter a valid email address',
  'validation.passwordRequired': 'Enter your password',
  'validation.passwordMin': 'Password must be at least {min} characters',
  'validation.passwordUppercase': 'Password must contain an uppercase letter',
  'validation.passwordNumber': 'Password must contain a number',
  'validation.passwordSymbol': 'Password must contain a symbol',
  'validation.passwordMismatch': 'Passwords do not match',
  'validation.sameEmail': 'This is already your email address',
  'validation.confirmPasswordRequired': 'Enter your password again',
  'notice.invitationPending':
    '{email} has a pending invitation. Open the invitation link in your email to choose a password and sign in.',
} as const;
