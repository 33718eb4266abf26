/**
 * `ForgotPasswordForm`'s own texts.
 */
export const forgotPasswordMessages = {
  'title.forgotPassword': 'Reset your password',
  'description.forgotPassword':
    "Enter your email and we'll send you a link to reset your password.",
  'button.sendResetLink': 'Send reset link',
  'success.resetLinkSent':
    'If an account exists for {email}, we sent a link to reset your password.',
} as const;
