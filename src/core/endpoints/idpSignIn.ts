/**
 * The last step of OAuth sign-in: the provider's answer exchanged for a session. Its own module
 * because only a callback page needs it: a sign-in page loads it with the OAuth flow, on demand.
 */
import * as z from 'zod/mini';
import { requestData, type AuthApi, type RequestOptions } from '../authApi.js';
import { sessionFromTokens, type AuthUser, type Session } from '../credentials.js';
import { flag, optionalFlag, optionalText, text, tokens, type OAuthProviderId } from '../wire.js';

/**
 * sign-in/idp: `localId` instead of `uid`, profile fields, and `needConfirmation`. Here, not in
 * wire.ts: wire.ts is shared with the page, so a schema there lands in the page's first load.
 */
export const idpSignInDataSchema = z.looseObject({
  providerId: text,
  localId: text,
  emailVerified: flag,
  email: text,
  rawUserInfo: optionalText,
  firstName: optionalText,
  lastName: optionalText,
  fullName: optionalText,
  displayName: optionalText,
  photoUrl: optionalText,
  ...tokens,
  needConfirmation: optionalFlag,
});
export type IdpSignInData = z.infer<typeof idpSignInDataSchema>;

export interface IdpSignInInput {
  providerId: OAuthProviderId | (string & {});
  sessionId: string;
  callBackUri: string;
  /** Google's id token or Facebook's access token from the callback. */
  token?: string;
  /** The authorization code from the callback (GitHub). */
  code?: string;
}

export interface OAuthProfile {
  email: string;
  emailVerified: boolean;
  providerId: string;
  firstName: string | null;
  lastName: string | null;
  fullName: string | null;
  displayName: string | null;
  photoUrl: string | null;
}

/**
 * `needsConfirmation`: an account with this email already exists under another sign-in method;
 * no session was created.
 */
export type IdpSignInResult =
  | { status: 'signedIn'; session: Session; profile: OAuthProfile; raw: IdpSignInData }
  | {
      status: 'needsConfirmation';
      email: string;
      providerId: string;
      profile: OAuthProfile;
      raw: IdpSignInData;
    };

/** sign-in/idp names the user `localId` and carries the profile the provider shared. */
function sessionFromIdp(data: IdpSignInData, receivedAt: number): Session {
  const user: AuthUser = {
    uid: data.localId,
    email: data.email || null,
    emailVerified: data.emailVerified,
    signInProvider: data.providerId,
    displayName: data.displayName || data.fullName || null,
    photoUrl: data.photoUrl || null,
  };
  return sessionFromTokens(user, data, receivedAt);
}

/**
 * Exchanges the provider's callback for a session (`POST auth/accounts/sign-in/idp`), or reports
 * that the email belongs to an account with another sign-in method.
 *
 * @example
 * const result = await signInWithIdp(api, { providerId, sessionId, callBackUri, code })
 */
export async function signInWithIdp(
  api: AuthApi,
  input: IdpSignInInput,
  options?: RequestOptions,
): Promise<IdpSignInResult> {
  // JSON leaves out the carrier (`token` or `code`) that is undefined.
  const { sessionId, providerId, callBackUri, token, code } = input;
  const raw = await requestData(api, {
    path: '/sign-in/idp',
    body: { sessionId, providerId, callBackUri, token, code },
    data: idpSignInDataSchema,
    signal: options?.signal,
  });
  const profile: OAuthProfile = {
    email: raw.email,
    emailVerified: raw.emailVerified,
    providerId: raw.providerId,
    firstName: raw.firstName || null,
    lastName: raw.lastName || null,
    fullName: raw.fullName || null,
    displayName: raw.displayName || null,
    photoUrl: raw.photoUrl || null,
  };
  return raw.needConfirmation
    ? { status: 'needsConfirmation', email: raw.email, providerId: raw.providerId, profile, raw }
    : { status: 'signedIn', session: sessionFromIdp(raw, api.now()), profile, raw };
}
