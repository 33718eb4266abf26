/**
 * Email addresses as the emulator stores and compares them: trimmed, Unicode NFC (so `café` typed
 * precomposed or decomposed is one account) and lowercase. Addresses must fit RFC 5321's limits
 * (254 characters, 64 before the `@`) and contain no control, format or zero-width characters,
 * which would make two addresses look alike.
 */

export const MAX_EMAIL_LENGTH = 254;
export const MAX_LOCAL_PART_LENGTH = 64;

/** Cc (controls), Cf (format: zero-width space/joiners, bidi marks, BOM...), line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/** True when the address may be stored: the right shape, within the limits, nothing invisible. */
export function isAcceptableEmail(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  // Checked before normalizing: a 90 KB string is refused without any further work.
  if (value.length > MAX_EMAIL_LENGTH * 4) return false;
  const email = normalizeEmail(value);
  if (email.length > MAX_EMAIL_LENGTH || INVISIBLE.test(email) || !SHAPE.test(email)) return false;
  const localPart = email.slice(0, email.lastIndexOf('@'));
  return localPart.length <= MAX_LOCAL_PART_LENGTH;
}
