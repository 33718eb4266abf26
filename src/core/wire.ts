/**
 * The wire format of the Deskree Auth API, as its spec shows it, in zod/mini (a few kB, not zod's ~90).
 * Responses are parsed with `looseObject` so that fields the API adds later pass through untouched
 * into `raw`, while the fields the kit relies on are checked.
 */
import * as z from 'zod/mini';

// zod/mini schemas are immutable: one instance serves every field of that type.
// The exported response schemas are marked pure: each is then bundled only where an endpoint
// that parses it is (a sign-in page ships sign-in's, not the account or roles schemas).
// The fields on a sign-in page's path use only object, string, boolean and `z.custom` predicates:
// zod's union and array types would add ~0.9 kB gzip to every page for three fields (issue 14).
export const text = z.string();
export const optionalText = z.optional(text);
export const flag = z.boolean();
export const optionalFlag = z.optional(flag);
const optionalTexts = z.optional(
  z.custom<string[]>((value) => Array.isArray(value) && value.every((v) => typeof v === 'string')),
);

/** `expiresIn` arrives as a string ("3600"); tolerate a number too. */
const seconds = z.custom<string | number>(
  (value) => Number.isFinite(value) || (typeof value === 'string' && /^\d+$/.test(value)),
);

/** The token pair every signing-in endpoint but token/refresh returns. */
export const tokens = { idToken: text, refreshToken: text, expiresIn: seconds };

const errorEntrySchema = z.looseObject({
  code: z.optional(
    z.custom<string | number>((value) => typeof value === 'string' || Number.isFinite(value)),
  ),
  title: optionalText,
  detail: optionalText,
});
export type ErrorEntry = z.infer<typeof errorEntrySchema>;

/**
 * The first error of an error body, or `undefined` when there is none. The spec shows the body
 * flat, `{ errors: [...] }`; the official SDK's recorded answers (`src/auth/mocks/auth-response.ts`)
 * nest it, `{ data: null, errors: { errors: [...] } }`. Both are read.
 */
export function firstApiError(body: unknown): ErrorEntry | undefined {
  const outer = (body as { errors?: unknown } | null | undefined)?.errors;
  const list = Array.isArray(outer)
    ? outer
    : (outer as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(list)) return undefined;
  const parsed = errorEntrySchema.safeParse(list[0]);
  return parsed.success ? parsed.data : undefined;
}

/** sign-up and sign-in/email */
export const sessionDataSchema = /* @__PURE__ */ z.looseObject({
  uid: text,
  email: text,
  emailVerified: flag,
  disabled: optionalFlag,
  ...tokens,
});
export type SessionData = z.infer<typeof sessionDataSchema>;

export const oauthUrlDataSchema = /* @__PURE__ */ z.looseObject({
  authUri: text,
  providerId: text,
  sessionId: text,
});
export type OAuthUrlData = z.infer<typeof oauthUrlDataSchema>;

/** token/refresh: snake_case, unlike every other endpoint. */
export const refreshDataSchema = /* @__PURE__ */ z.looseObject({
  access_token: optionalText,
  expires_in: seconds,
  token_type: optionalText,
  refresh_token: text,
  id_token: text,
  user_id: text,
});
export type RefreshData = z.infer<typeof refreshDataSchema>;

export const emailProvidersDataSchema = /* @__PURE__ */ z.looseObject({
  kind: optionalText,
  allProviders: optionalTexts,
  registered: flag,
  sessionId: optionalText,
  signinMethods: optionalTexts,
});
export type EmailProvidersData = z.infer<typeof emailProvidersDataSchema>;

export const roleSchema = /* @__PURE__ */ z.looseObject({ uid: text, name: text });
export const rolesDataSchema = /* @__PURE__ */ z.array(roleSchema);
export type RoleData = z.infer<typeof roleSchema>;

/**
 * What the eight "No content" endpoints (invite, password-reset, verify/invite,
 * verify/password-reset, verify/email, update-email, update-password, DELETE accounts) may send on
 * success. The SDK's docs say "No content" (example `{}`); its live tests saw an empty body. An
 * empty body or a 204 arrives here as `undefined`; `{}`, `{ data: null }`, `{ data: {} }` and
 * `{ data: {...} }` are accepted too. Nothing inside is promised.
 */
export const noContentSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.undefined(),
  /* @__PURE__ */ z.looseObject({
    data: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.looseObject({}))),
  }),
]);
/** The `data` object a "No content" endpoint sent anyway, if it sent one. */
export type AcknowledgementData = Record<string, unknown>;

/**
 * Token fields an account-change answer may carry. The hosted service sends none (see
 * `noContentSchema`); when a deployment does, the kit uses them instead of signing in again.
 */
export const accountTokensSchema = /* @__PURE__ */ z.looseObject({
  uid: optionalText,
  localId: optionalText,
  email: optionalText,
  ...tokens,
});
export type AccountTokensData = z.infer<typeof accountTokensSchema>;

/** Every success body is `{ data: ... }`. */
export function dataEnvelope<T extends z.core.$ZodType>(schema: T) {
  return z.object({ data: schema });
}

/** The OAuth providers the Deskree API supports. */
export const OAUTH_PROVIDERS = ['google.com', 'facebook.com', 'github.com'] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDERS)[number];
