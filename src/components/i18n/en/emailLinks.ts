/**
 * The email-link pages (reset password, accept invite, verify email) and their dead ends.
 */
export const emailLinkMessages = {
  'title.resetPassword': 'Choose a new password',
  'description.resetPassword': 'Enter a new password for your account.',
  'button.resetPassword': 'Reset password',
  'success.passwordReset': 'Your password was reset. You can now sign in.',
  'title.acceptInvite': 'Accept your invitation',
  'description.acceptInvite': 'Choose a password to finish setting up your account.',
  'button.acceptInvite': 'Accept invite',
  'success.inviteAccepted': 'Your account is ready.',
  'title.verifyEmail': 'Verify your email',
  'loading.verifying': 'Verifying…',
  'success.emailVerified': 'Your email is verified.',
  'button.tryAgain': 'Try again',
  'link.requestNewLink': 'Request a new link',
  'deadEnd.expired.title': 'This link has expired',
  'deadEnd.expired.description':
    'Links in our emails only work for a limited time. Request a new one to continue.',
  'deadEnd.invalid.title': 'This link was already used or is invalid',
  'deadEnd.invalid.description':
    'It may have been used already, or copied incompletely. Request a new link or sign in.',
  'deadEnd.missing.title': 'This link is incomplete',
  'deadEnd.missing.description': 'Open the link from your email again, or request a new one.',
} as const;
