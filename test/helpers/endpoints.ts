/** The API's 15 endpoints as client method names: the list the client-shape tests walk. */
export const ENDPOINT_NAMES = [
  'signUp',
  'signInWithEmail',
  'createOAuthUrl',
  'signInWithIdp',
  'sendPasswordReset',
  'inviteUser',
  'verifyInvite',
  'verifyPasswordReset',
  'verifyEmail',
  'updateEmail',
  'updatePassword',
  'fetchEmailProviders',
  'refreshToken',
  'deleteAccount',
  'getRoles',
] as const;
