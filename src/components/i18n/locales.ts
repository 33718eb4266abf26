import { en, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { de } from './de.js';

/**
 * The tables shipped with the kit, by name: for language pickers. Importing this pulls in every
 * table (~2.3 kB gzip each); an app with one language imports only its table (`fr`, `es`, `de`).
 */
export const LOCALES = { en, fr, es, de } as const satisfies Record<string, Messages>;

/** A built-in locale name. */
export type LocaleName = keyof typeof LOCALES;
