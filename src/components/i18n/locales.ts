import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import { de } from './de';

/** The locales shipped with the kit. Any other language: pass a full `Messages` table. */
export const LOCALES = { en, fr, es, de } as const satisfies Record<string, Messages>;

/** A built-in locale name. */
export type LocaleName = keyof typeof LOCALES;

/** Either a built-in locale name or a complete table of your own. */
export type Locale = LocaleName | Messages;

/** Merges overrides over a locale; the result is always a complete table. */
export function resolveMessages(locale: Locale = 'en', overrides?: Partial<Messages>): Messages {
  const base = typeof locale === 'string' ? (LOCALES[locale] ?? en) : locale;
  if (!overrides) return base;
  // Explicit `undefined` in overrides must not blank a message, so only defined values win.
  const merged: Record<string, string> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === 'string') merged[key] = value;
  }
  return merged as Messages;
}
