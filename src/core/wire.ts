/**
 * The wire format of the Deskree Auth API, as its spec shows it, in zod/mini (a few kB, not zod's ~90).
 * Responses are parsed with `looseObject` so that fields the API adds later pass through untouched
 * into `raw`, while the fields the kit relies on are checked.
 */
import * as z from 'zod/mini';

/** `expiresIn` arrives as a string ("3600"); tolerate a number too. */
const seconds = z.union([z.string().check(z.regex(/^\d+$/)), z.number()]);

export const errorEnvelopeSchema = z.object({
  errors: z.array(
    z.looseObject({
      code: z.optional(z.union([z.string(), z.number()])),
      title: z.optional(z.string()),
      detail: z.optional(z.string()),
    }),
  ),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** sign-up and sign-in/email */
export const sessionDataSchema = z.looseObject({
  uid: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  disabled: z.optional(z.boolean()),
  idToken: z.string(),
  refreshToken: z.string(),
  expiresIn: seconds,
});
export type SessionData = z.infer<typeof sessionDataSchema>;

export const oauthUrlDataSchema = z.looseObject({
  authUri: z.string(),
  providerId: z.string(),
  sessionId: z.string(),
});
export type OAuthUrlData = z.infer<typeof oauthUrlDataSchema>;

/** sign-in/idp: `localId` instead of `uid`, profile fields, and `needConfirmation`. */
export const idpSignInDataSchema = z.looseObject({
  providerId: z.string(),
  localId: z.string(),
  emailVerified: z.boolean(),
  email: z.string(),
  rawUserInfo: z.optional(z.string()),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  fullName: z.optional(z.string()),
  displayName: z.optional(z.string()),
  photoUrl: z.optional(z.string()),
  idToken: z.string(),
  refreshToken: z.string(),
  expiresIn: seconds,
  needConfirmation: z.optional(z.boolean()),
});
export type IdpSignInData = z.infer<typeof idpSignInDataSchema>;

/** token/refresh: snake_case, unlike every other endpoint. */
export const refreshDataSchema = z.looseObject({
  access_token: z.optional(z.string()),
  expires_in: seconds,
  token_type: z.optional(z.string()),
  refresh_token: z.string(),
  id_token: z.string(),
  user_id: z.string(),
});
export type RefreshData = z.infer<typeof refreshDataSchema>;

export const emailProvidersDataSchema = z.looseObject({
  kind: z.optional(z.string()),
  allProviders: z.optional(z.array(z.string())),
  registered: z.boolean(),
  sessionId: z.optional(z.string()),
  signinMethods: z.optional(z.array(z.string())),
});
export type EmailProvidersData = z.infer<typeof emailProvidersDataSchema>;

export const roleSchema = z.looseObject({ uid: z.string(), name: z.string() });
export const rolesDataSchema = z.array(roleSchema);
export type RoleData = z.infer<typeof roleSchema>;

/** update-password answers with a fresh token pair: a password change revokes the old refresh tokens. */
export const passwordUpdatedDataSchema = z.looseObject({
  uid: z.string(),
  email: z.string(),
  idToken: z.string(),
  refreshToken: z.string(),
  expiresIn: seconds,
});
export type PasswordUpdatedData = z.infer<typeof passwordUpdatedDataSchema>;

/** Endpoints whose success body the spec does not show: accept any object. */
export const acknowledgementDataSchema = z.looseObject({
  uid: z.optional(z.string()),
  email: z.optional(z.string()),
  emailVerified: z.optional(z.boolean()),
});
export type AcknowledgementData = z.infer<typeof acknowledgementDataSchema>;

/** Every success body is `{ data: ... }`. */
export function dataEnvelope<T extends z.core.$ZodType>(schema: T) {
  return z.object({ data: schema });
}

export const OAUTH_PROVIDERS = ['google.com', 'facebook.com', 'github.com'] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDERS)[number];
