/**
 * Words several screens share that the sign-in form does not show: apart from `common` so that the
 * sign-in page, the one most apps load first, does not carry them.
 */
export const sharedMessages = {
  'label.confirmPassword': 'Confirm password',
  'label.newPassword': 'New password',
  'description.password': 'At least {min} characters.',
  'link.backToSignIn': 'Back to sign in',
  'loading.saving': 'Saving…',
  'loading.sending': 'Sending…',
  'success.verificationSent':
    'We sent a verification link to {email}. Open it to confirm your address.',
} as const;
