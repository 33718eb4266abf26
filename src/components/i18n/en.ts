import type { AuthErrorCode } from '../../core/errors.js';

/**
 * The English table is the source of truth for which keys exist: every other locale
 * must `satisfies Messages`, so a key added here and forgotten elsewhere fails `tsc`.
 * Keys are flat (dotted names, not nested objects) so overrides are a shallow merge.
 */
const table = {
  // Field labels
  'label.email': 'Email',
  'label.password': 'Password',
  'label.confirmPassword': 'Confirm password',
  'label.newPassword': 'New password',
  'label.currentPassword': 'Current password',
  'label.newEmail': 'New email',
  'label.inviteEmail': "Invitee's email",

  // Field descriptions and placeholders
  'description.password': 'At least {min} characters.',
  'placeholder.email': 'you@example.com',

  // Password visibility toggle (its accessible name changes with its state)
  'password.show': 'Show password',
  'password.hide': 'Hide password',

  // Buttons
  'button.signIn': 'Sign in',
  'button.signUp': 'Sign up',
  'button.continue': 'Continue',
  'button.sendResetLink': 'Send reset link',
  'button.resetPassword': 'Reset password',
  'button.acceptInvite': 'Accept invite',
  'button.sendInvite': 'Send invite',
  'button.updateEmail': 'Update email',
  'button.updatePassword': 'Update password',
  'button.deleteAccount': 'Delete account',
  'button.cancel': 'Cancel',
  'button.signOut': 'Sign out',
  'button.tryAgain': 'Try again',
  'button.continueWithGoogle': 'Continue with Google',
  'button.continueWithFacebook': 'Continue with Facebook',
  'button.continueWithGithub': 'Continue with GitHub',
  'button.continueWithProvider': 'Continue with {provider}',

  // Links
  'link.forgotPassword': 'Forgot password?',
  'link.createAccount': 'Create an account',
  'link.backToSignIn': 'Back to sign in',
  'link.haveAccount': 'Already have an account? Sign in',
  'link.requestNewLink': 'Request a new link',

  // Separators
  'divider.or': 'or',

  // Titles and descriptions of screens
  'title.signIn': 'Sign in',
  'title.signUp': 'Create an account',
  'title.forgotPassword': 'Reset your password',
  'title.resetPassword': 'Choose a new password',
  'title.acceptInvite': 'Accept your invitation',
  'title.sendInvite': 'Invite someone',
  'title.updateEmail': 'Change your email',
  'title.updatePassword': 'Change your password',
  'title.deleteAccount': 'Delete your account',
  'title.verifyEmail': 'Verify your email',
  'title.needConfirmation': 'You already have an account',
  'description.signIn': 'Welcome back. Sign in to continue.',
  'description.signUp': 'Enter your email and choose a password.',
  'description.forgotPassword':
    "Enter your email and we'll send you a link to reset your password.",
  'description.resetPassword': 'Enter a new password for your account.',
  'description.acceptInvite': 'Choose a password to finish setting up your account.',
  'description.deleteAccount': 'This permanently deletes your account and cannot be undone.',

  // Success texts
  'success.resetLinkSent':
    'If an account exists for {email}, we sent a link to reset your password.',
  'success.passwordReset': 'Your password was reset. You can now sign in.',
  'success.inviteSent': 'Invitation sent to {email}.',
  'success.inviteAccepted': 'Your account is ready.',
  'success.emailUpdated': 'Your email was updated.',
  'success.passwordUpdated': 'Your password was updated.',
  'success.accountDeleted': 'Your account was deleted.',
  'success.emailVerified': 'Your email is verified.',
  'success.signedUp': 'Your account was created.',

  // Client-side validation
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

  // Dead ends of email links: each says what happened and offers a way forward
  'deadEnd.expired.title': 'This link has expired',
  'deadEnd.expired.description':
    'Links in our emails only work for a limited time. Request a new one to continue.',
  'deadEnd.invalid.title': 'This link was already used or is invalid',
  'deadEnd.invalid.description':
    'It may have been used already, or copied incompletely. Request a new link or sign in.',
  'deadEnd.missing.title': 'This link is incomplete',
  'deadEnd.missing.description': 'Open the link from your email again, or request a new one.',

  'signedOut.emailChanged': 'Your email is now {email}. Sign in again with it.',
  'notice.emailChanged': 'Your email address changed. Sign in again with your new email.',
  'deleteAccount.passwordHint': 'Enter your password to confirm it is you.',
  // Account settings, email change, account deletion
  'title.accountSettings': 'Account settings',
  'account.emailVerified': 'Verified',
  'account.emailNotVerified': 'Not verified',
  'account.providerManaged': 'You sign in with {method}, so there is no password to change here.',
  'deleteAccount.confirmLabel': 'Type {phrase} to confirm',
  'deleteAccount.confirmWord': 'DELETE',

  // needConfirmation: an account with this email exists under another sign-in method
  'needConfirmation.description':
    'An account already exists for {email} — sign in with {methods} instead.',
  'needConfirmation.methodsSeparator': ', ',
  'needConfirmation.methodsLastSeparator': ' or ',
  'method.password': 'email and password',
  'method.google': 'Google',
  'method.facebook': 'Facebook',
  'method.github': 'GitHub',

  // Progress texts (shown while a request runs, announced to screen readers)
  'loading.default': 'Loading…',
  'loading.signingIn': 'Signing in…',
  'loading.signingUp': 'Creating account…',
  'loading.sending': 'Sending…',
  'loading.saving': 'Saving…',
  'loading.deleting': 'Deleting…',
  'loading.redirecting': 'Redirecting…',
  'loading.verifying': 'Verifying…',

  // Alert chrome
  'alert.dismiss': 'Dismiss',

  // Prebuilt sign-in, sign-up, OAuth and dialog screens
  'button.close': 'Close',
  'button.useDifferentEmail': 'Use a different email',
  'button.signInWithPassword': 'Sign in with email and password instead',
  'identifierFirst.useProvider': 'The account for {email} signs in with {methods}.',
  'identifierFirst.notRegistered': 'There is no account for {email} yet.',
  'title.checkInbox': 'Check your inbox',
  'success.verificationSent':
    'We sent a verification link to {email}. Open it to confirm your address.',
  'title.oauthError': "We couldn't sign you in",
  'label.signInWith': 'Sign in with',
  'validation.confirmPasswordRequired': 'Enter your password again',
  'notice.invitationPending':
    '{email} has a pending invitation. Open the invitation link in your email to choose a password and sign in.',
  'title.signedIn': "You're already signed in",
  'description.signedInAs': 'Signed in as {email}.',
  'title.oauthCancelled': 'Sign-in cancelled',
  'description.oauthCancelled': 'Nothing was changed. Choose how to sign in to try again.',

  // One human message per AuthErrorCode (checked below)
  'errors.email_exists': 'An account with this email already exists.',
  'errors.email_not_found': 'No account was found for this email.',
  'errors.invalid_password': 'The password is incorrect.',
  'errors.invalid_credentials': 'The email or password is incorrect.',
  'errors.weak_password': 'This password is too weak. Use at least 6 characters.',
  'errors.user_disabled': 'This account has been disabled.',
  'errors.user_not_found': 'No account was found.',
  'errors.invalid_email': 'Enter a valid email address.',
  'errors.missing_fields': 'Please fill in all required fields.',
  'errors.invalid_oob_code': 'This link was already used or is invalid.',
  'errors.expired_oob_code': 'This link has expired.',
  'errors.invalid_idp_response': 'Signing in with this provider failed. Please try again.',
  'errors.invalid_provider': 'This sign-in method is not available.',
  'errors.provider_disabled': 'This sign-in method is not available for this app right now.',
  'errors.invalid_callback_uri': 'This sign-in method is not set up for this site.',
  'errors.invalid_refresh_token': 'Your session has ended. Please sign in again.',
  'errors.refresh_token_revoked': 'Your session has ended. Please sign in again.',
  'errors.token_expired': 'For your security, please sign in again.',
  'errors.unauthenticated': 'Please sign in to continue.',
  'errors.permission_denied': "You don't have permission to do this.",
  'errors.too_many_requests': 'Too many attempts. Please wait a moment and try again.',
  'errors.payload_too_large': 'The request was too large.',
  'errors.not_found': 'We could not find what you were looking for.',
  'errors.bad_request': 'Something about this request was not right. Please check and try again.',
  'errors.server_error': 'Something went wrong on our side. Please try again.',
  'errors.oauth_state_mismatch': 'The sign-in could not be verified. Please start again.',
  'errors.oauth_cancelled': 'Sign-in was cancelled.',
  'errors.popup_blocked':
    'The browser blocked the sign-in window. Allow popups for this site and try again.',
  'errors.not_signed_in': 'Please sign in to continue.',
  'errors.network': 'You appear to be offline. Check your connection and try again.',
  'errors.timeout': 'The server took too long to answer. Please try again.',
  'errors.aborted': 'The request was cancelled.',
  'errors.invalid_response': 'The server sent an unexpected answer. Please try again.',
  'errors.unknown': 'Something went wrong. Please try again.',
} as const;

/** Every key of the prebuilt UI's message table. */
export type MessageKey = keyof typeof table;

/** A complete message table: one string per key. Locales declare `satisfies Messages`. */
export type Messages = { readonly [K in MessageKey]: string };

/** The key of the human message for an `AuthErrorCode`. */
export type ErrorMessageKey = `errors.${AuthErrorCode}`;

// Compile-time guarantee that each AuthErrorCode has an entry: a code added to core fails here.
const everyErrorCode: Record<ErrorMessageKey, string> = table;
void everyErrorCode;

/**
 * English messages (the default locale).
 *
 * @example
 * <AuthRoot messages={{ ...en, 'button.signIn': 'Log in' }} />
 */
export const en: Messages = table;
