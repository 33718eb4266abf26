import { en, type Messages } from './en.js';

/**
 * A complete message table: `en` or one you import (`fr`, `es`, `de` from the kit, or your own).
 * Tables are passed, not named, so a bundle carries only the languages it uses.
 */
export type Locale = Messages;

/** Merges overrides over a locale; the result is always a complete table. */
export function resolveMessages(locale: Locale = en, overrides?: Partial<Messages>): Messages {
  if (!overrides) return locale;
  // Explicit `undefined` in overrides must not blank a message, so only defined values win.
  const merged: Record<string, string> = { ...locale };
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === 'string') merged[key] = value;
  }
  return merged as Messages;
}
