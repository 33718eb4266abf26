/**
 * The stored form of a session and the rules for trusting it. Whatever is under the storage key
 * may be garbage, an older format, another library's value or a hand-edited object: it is
 * validated here and discarded (with a warning that never quotes it) rather than crashing the app.
 */
import * as z from 'zod/mini';
import { decodeClaims, type Session } from '../credentials.js';

export const PERSISTED_VERSION = 1;

const nonEmptyText = z.string().check(z.minLength(1));
// Leaves as `z.custom` predicates rather than zod's literal, nullable and positive-number types:
// this schema is on every page, and those three types cost ~0.4 kB gzip there (issue 14).
const nullableText = z.custom<string | null>(
  (value) => value === null || typeof value === 'string',
);
const currentVersion = z.custom<typeof PERSISTED_VERSION>((value) => value === PERSISTED_VERSION);
const positiveNumber = z.custom<number>(
  (value) => typeof value === 'number' && Number.isFinite(value) && value > 0,
);

const persistedSchema = z.object({
  v: currentVersion,
  session: z.object({
    user: z.object({
      uid: nonEmptyText,
      email: nullableText,
      emailVerified: z.boolean(),
      signInProvider: z.string(),
      displayName: nullableText,
      photoUrl: nullableText,
    }),
    idToken: nonEmptyText,
    refreshToken: nonEmptyText,
    expiresAt: positiveNumber,
  }),
  /** Local epoch ms of the write; bounds a stored `expiresAt` (see `readPersistedSession`). */
  storedAt: z.number(),
});

export type PersistedSession = z.infer<typeof persistedSchema>;

/** A session read back from storage, with the `expiresAt` to believe. */
export interface StoredSession {
  session: Session;
  storedAt: number;
}

/** The JSON written to storage. */
export function serializeSession(session: Session, storedAt: number): string {
  const value: PersistedSession = { v: PERSISTED_VERSION, session, storedAt };
  return JSON.stringify(value);
}

/** Token lifetime in ms from the `iat`/`exp` claims, or `null` when the token does not say. */
export function tokenLifetimeMs(idToken: string): number | null {
  const { iat, exp } = decodeClaims(idToken);
  return typeof iat === 'number' && typeof exp === 'number' && exp > iat
    ? (exp - iat) * 1000
    : null;
}

/**
 * Parses a stored value; `null` when it is not JSON or not a session of this kit.
 *
 * The stored `expiresAt` is not believed blindly: a session cannot have been written before it
 * was received, so it cannot be valid past `storedAt + lifetime`. A larger stored value
 * (tampering, a bug in another writer, a clock that jumped back between write and read) is cut to
 * that bound, which errs towards refreshing early rather than sending a dead token.
 */
export function readPersistedSession(raw: string): StoredSession | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = persistedSchema.safeParse(json);
  if (!parsed.success) return null;
  const { session, storedAt } = parsed.data;
  const lifetime = tokenLifetimeMs(session.idToken);
  return {
    session:
      lifetime === null
        ? session
        : { ...session, expiresAt: Math.min(session.expiresAt, storedAt + lifetime) },
    storedAt,
  };
}
