import type { MessageKey, Messages } from './en.js';
import { format, type MessageVars } from './format.js';

/**
 * Validation messages travel through zod and react-hook-form as plain strings, so a schema
 * cannot carry a translated text (the locale is only known at render). It carries a key with
 * its variables instead, `validation.passwordMin?min=8`, and `translate` turns it into text.
 *
 * @example
 * z.string().check(z.minLength(8, messageKey('validation.passwordMin', { min: 8 })))
 */
export function messageKey(key: MessageKey, vars?: MessageVars): string {
  if (!vars) return key;
  const query = new URLSearchParams(
    Object.entries(vars).map(([name, value]) => [name, String(value)]),
  );
  return `${key}?${query.toString()}`;
}

function isMessageKey(value: string, messages: Partial<Messages>): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, value);
}

/**
 * Text for a message produced by `messageKey`. Anything else is returned unchanged, so
 * apps can still put literal, already translated strings into their own schemas. `messages` may
 * be part of a table (the kit's primitives pass the slices they show); a key it lacks stays raw.
 */
export function translate(raw: string, messages: Partial<Messages>): string {
  const queryStart = raw.indexOf('?');
  const key = queryStart === -1 ? raw : raw.slice(0, queryStart);
  const text = isMessageKey(key, messages) ? messages[key] : undefined;
  if (text === undefined) return raw;
  if (queryStart === -1) return text;
  const vars = Object.fromEntries(new URLSearchParams(raw.slice(queryStart + 1)));
  return format(text, vars);
}
