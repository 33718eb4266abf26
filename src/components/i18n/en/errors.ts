import type { AuthErrorCode } from '../../../core/errors.js';

/**
 * One human message per `AuthErrorCode`. One table, not one per screen: the API maps any Identity
 * Toolkit code in a response to its kit code, so a screen cannot promise which codes it will show, and
 * every form shows them through `FormRootError`/`FormMessage`. `satisfies`: a code added to or
 * removed from core fails `tsc` here until its message follows.
 */
export const authErrorMessages = {
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
} as const satisfies Record<`errors.${AuthErrorCode}`, string>;
