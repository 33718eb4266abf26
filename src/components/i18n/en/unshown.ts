/**
 * Keys no prebuilt component shows: they stay in the table, and in every locale, for apps' own
 * screens (`useMessages()`), but no screen's slice carries them.
 */
export const unshownMessages = {
  'password.hide': 'Hide password',
  'alert.dismiss': 'Dismiss',
  'success.signedUp': 'Your account was created.',
  'success.accountDeleted': 'Your account was deleted.',
} as const;
