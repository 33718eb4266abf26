import type { Messages } from './en.js';

/**
 * `overrides` over `table`. Explicit `undefined` in overrides must not blank a message, so only
 * defined values win; without overrides the table itself is returned (same identity, no copy).
 */
export function mergeMessages<T extends Partial<Messages>>(
  table: T,
  overrides?: Partial<Messages>,
): T {
  if (!overrides) return table;
  const merged: Record<string, string> = { ...table };
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === 'string') merged[key] = value;
  }
  return merged as T;
}
