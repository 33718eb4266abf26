/** Joins class names, skipping falsy ones; tiny on purpose (no clsx dependency for one line). */
export function cx(...classes: Array<string | false | null | undefined>): string | undefined {
  const joined = classes.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
