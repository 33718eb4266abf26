import { en, type Messages } from './en.js';
import { mergeMessages } from './mergeMessages.js';

/**
 * A complete message table: `en` or one you import (`fr`, `es`, `de` from the kit, or your own).
 * Tables are passed, not named, so a bundle carries only the languages it uses.
 */
export type Locale = Messages;

/** Merges overrides over a locale; the result is always a complete table. */
export function resolveMessages(locale: Locale = en, overrides?: Partial<Messages>): Messages {
  return mergeMessages(locale, overrides);
}
