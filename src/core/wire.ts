/**
 * The wire format of the Deskree Auth API, as its spec shows it, in zod/mini (a few kB, not zod's ~90).
 * Responses are parsed with `looseObject` so that fields the API adds later pass through untouched
 * into `raw`, while the fields the kit relies on are checked.
 */
import * as z from 'zod/mini';

// zod/mini schemas are immutable: one instance serves every field of that type.
const text = z.string();
const optionalText = z.optional(text);
const flag = z.boolean();
const optionalFlag = z.optional(flag);
const optionalTexts = z.optional(z.array(text));

/** `expiresIn` arrives as a string ("3600"); tolerate a number too. */
const seconds = z.union([z.string().check(z.regex(/^\d+$/)), z.number()]);

/** The token pair every signing-in endpoint but token/refresh returns. */
const tokens = { idToken: text, refreshToken: text, expiresIn: seconds };

export const errorEnvelopeSchema = z.object({
  errors: z.array(
    z.looseObject({
      code: z.optional(z.union([text, z.number()])),
      title: optionalText,
      detail: optionalText,
    }),
  ),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** sign-up and sign-in/email */
export const sessionDataSchema = z.looseObject({
  uid: text,
  email: text,
  emailVerified: flag,
  disabled: optionalFlag,
  ...tokens,
});
export type SessionData = z.infer<typeof sessionDataSchema>;

export const oauthUrlDataSchema = z.looseObject({
  authUri: text,
  providerId: text,
  sessionId: text,
});
export type OAuthUrlData = z.infer<typeof oauthUrlDataSchema>;

/** sign-in/idp: `localId` instead of `uid`, profile fields, and `needConfirmation`. */
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

/** token/refresh: snake_case, unlike every other endpoint. */
export const refreshDataSchema = z.looseObject({
  access_token: optionalText,
  expires_in: seconds,
  token_type: optionalText,
  refresh_token: text,
  id_token: text,
  user_id: text,
});
export type RefreshData = z.infer<typeof refreshDataSchema>;

export const emailProvidersDataSchema = z.looseObject({
  kind: optionalText,
  allProviders: optionalTexts,
  registered: flag,
  sessionId: optionalText,
  signinMethods: optionalTexts,
});
export type EmailProvidersData = z.infer<typeof emailProvidersDataSchema>;

export const roleSchema = z.looseObject({ uid: text, name: text });
export const rolesDataSchema = z.array(roleSchema);
export type RoleData = z.infer<typeof roleSchema>;

/** update-password answers with a fresh token pair: a password change revokes the old refresh tokens. */
export const passwordUpdatedDataSchema = z.looseObject({ uid: text, email: text, ...tokens });
export type PasswordUpdatedData = z.infer<typeof passwordUpdatedDataSchema>;

/** Endpoints whose success body the spec does not show: accept any object. */
export const acknowledgementDataSchema = z.looseObject({
  uid: optionalText,
  email: optionalText,
  emailVerified: optionalFlag,
});
export type AcknowledgementData = z.infer<typeof acknowledgementDataSchema>;

/** Every success body is `{ data: ... }`. */
export function dataEnvelope<T extends z.core.$ZodType>(schema: T) {
  return z.object({ data: schema });
}

/** The OAuth providers the Deskree API supports. */
export const OAUTH_PROVIDERS = ['google.com', 'facebook.com', 'github.com'] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDERS)[number];
