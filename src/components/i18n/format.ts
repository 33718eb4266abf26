/** Values that can fill a `{placeholder}`. */
export type MessageVars = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders. Unknown placeholders stay visible on purpose: a missing
 * variable is then obvious in the UI instead of silently turning into an empty string.
 *
 * @example
 * format('Password must be at least {min} characters', { min: 8 })
 */
export function format(message: string, vars?: MessageVars): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
