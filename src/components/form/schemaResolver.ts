/**
 * A react-hook-form resolver over a Standard Schema (zod/mini here): what `useAuthForm` validates
 * with. `@hookform/resolvers`' standard-schema resolver did the same for ~1 kB gzip more on every
 * form page (criteria mode `all`, native validation, raw values: options the kit's forms never
 * set). Rules kept from it: one message per field (the first issue), issues without a path go to
 * `root` (joined by line breaks), each error carries its field's `ref`.
 */
import {
  get,
  set,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';

/** The part of the Standard Schema interface (https://standardschema.dev) a resolver reads. */
interface StandardIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}
type StandardResult<TOutput> =
  | { readonly value: TOutput; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };
export interface StandardSchema<TOutput> {
  readonly '~standard': {
    readonly validate: (
      value: unknown,
    ) => StandardResult<TOutput> | Promise<StandardResult<TOutput>>;
  };
}

/** A field's dotted path (`address.city`, `items.0`), or `null` when the issue has none. */
function pathOf(issue: StandardIssue): string | null {
  const keys = (issue.path ?? []).map((item) => (typeof item === 'object' ? item.key : item));
  if (keys.length === 0 || keys.some((key) => typeof key === 'symbol')) return null;
  return keys.join('.');
}

/**
 * @example
 * useForm({ resolver: schemaResolver(signInSchema()) })
 */
export function schemaResolver<TValues extends FieldValues, TOutput>(
  schema: StandardSchema<TOutput>,
): Resolver<TValues, unknown, TOutput> {
  return async (values, _context, options) => {
    const result = await schema['~standard'].validate(values);
    if (!result.issues) return { values: result.value, errors: {} };
    const byPath = new Map<string, FieldError>();
    for (const issue of result.issues) {
      const path = pathOf(issue) ?? 'root';
      const existing = byPath.get(path);
      if (!existing) byPath.set(path, { type: '', message: issue.message });
      else if (path === 'root') existing.message = `${existing.message}\n${issue.message}`;
    }
    const errors: FieldErrors<TValues> = {};
    for (const [path, error] of byPath) {
      const field = get(options.fields, path) as { ref?: FieldError['ref'] } | undefined;
      set(errors, path, field?.ref ? { ...error, ref: field.ref } : error);
    }
    return { values: {}, errors };
  };
}
