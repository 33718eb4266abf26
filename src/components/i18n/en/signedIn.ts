/**
 * `SignedInNotice`: what the sign-in and sign-up forms show to someone already signed in.
 */
export const signedInMessages = {
  'title.signedIn': "You're already signed in",
  'description.signedInAs': 'Signed in as {email}.',
  'button.signOut': 'Sign out',
} as const;
