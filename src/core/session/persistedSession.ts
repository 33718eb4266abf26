/**
 * The stored form of a session and the rules for trusting it. Whatever is under the storage key
 * may be garbage, an older format, another library's value or a hand-edited object: it is
 * validated here and discarded (with a warning that never quotes it) rather than crashing the app.
 */
import * as z from 'zod/mini';
import { decodeClaims, type Session } from '../session';

export const PERSISTED_VERSION = 1;

const sessionSchema = z.object({
  user: z.object({
    uid: z.string().check(z.minLength(1)),
    email: z.nullable(z.string()),
    emailVerified: z.boolean(),
    signInProvider: z.string(),
    displayName: z.nullable(z.string()),
    photoUrl: z.nullable(z.string()),
  }),
  idToken: z.string().check(z.minLength(1)),
  refreshToken: z.string().check(z.minLength(1)),
  expiresAt: z.number().check(z.positive()),
});

const persistedSchema = z.object({
  v: z.literal(PERSISTED_VERSION),
  session: sessionSchema,
  /** Local epoch ms of the write; bounds a stored `expiresAt` (see `trustedExpiresAt`). */
  storedAt: z.number(),
});

export type PersistedSession = z.infer<typeof persistedSchema>;

/** The JSON written to storage. */
export function serializeSession(session: Session, storedAt: number): string {
  const value: PersistedSession = { v: PERSISTED_VERSION, session, storedAt };
  return JSON.stringify(value);
}

/** Why a stored value was rejected; the value itself is never part of it (it holds tokens). */
export type ParseFailure = 'json' | 'shape';

export type ParseResult = { ok: true; value: PersistedSession } | { ok: false; reason: ParseFailure };

/** Parses a non-empty stored value. */
export function parsePersistedSession(raw: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'json' };
  }
  const parsed = persistedSchema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'shape' };
}

/** Token lifetime in ms from the `iat`/`exp` claims, or `null` when the token does not say. */
export function tokenLifetimeMs(idToken: string): number | null {
  const { iat, exp } = decodeClaims(idToken);
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp <= iat) return null;
  return (exp - iat) * 1000;
}

/**
 * The `expiresAt` to believe for a session read back from storage. A session cannot have been
 * written before it was received, so it cannot be valid past `storedAt + lifetime`: a larger
 * stored value (tampering, a bug in another writer, a clock that jumped back between write and
 * read) is cut to that bound, which errs towards refreshing early rather than sending a dead token.
 */
export function trustedExpiresAt(persisted: PersistedSession): number {
  const lifetime = tokenLifetimeMs(persisted.session.idToken);
  if (lifetime === null) return persisted.session.expiresAt;
  return Math.min(persisted.session.expiresAt, persisted.storedAt + lifetime);
}
