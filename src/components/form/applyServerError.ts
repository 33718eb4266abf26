import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isAuthError, type AuthErrorCode } from '../../core/errors.js';

/** For each error code, the form field it concerns; `'root'` shows it above the form. */
export type ServerErrorFieldMap = Partial<Record<AuthErrorCode, string>>;

/** Where the kit's forms show each server error by default. Codes not listed go to the root. */
export const DEFAULT_SERVER_ERROR_FIELDS: Readonly<ServerErrorFieldMap> = {
  email_exists: 'email',
  email_not_found: 'email',
  invalid_email: 'email',
  invalid_password: 'password',
  weak_password: 'password',
};

/** The `errors.root.<key>` under which server errors without a field are stored. */
export const ROOT_SERVER_ERROR = 'root.server';

/**
 * Shows a failed request on the form: on the field its code concerns (focusing it, so a
 * screen reader reads the message with the field), otherwise in `FormRootError`. The
 * stored message is the i18n key `errors.<code>`, translated when rendered. Codes mapped to
 * a field the form does not have fall back to the root, so no error is ever swallowed.
 * Returns where the error went.
 *
 * @example
 * try { await signIn(values) } catch (error) { applyServerError(form, error, { invalid_password: 'currentPassword' }) }
 */
export function applyServerError<TValues extends FieldValues, TOutput>(
  form: UseFormReturn<TValues, unknown, TOutput>,
  error: unknown,
  fieldMap?: ServerErrorFieldMap,
): string {
  const code: AuthErrorCode = isAuthError(error) ? error.code : 'unknown';
  const message = `errors.${code}`;
  const target = { ...DEFAULT_SERVER_ERROR_FIELDS, ...fieldMap }[code] ?? 'root';
  if (target !== 'root' && hasField(form, target)) {
    form.setError(target as Path<TValues>, { type: 'server', message }, { shouldFocus: true });
    return target;
  }
  form.setError(ROOT_SERVER_ERROR as Path<TValues>, { type: 'server', message });
  return 'root';
}

function hasField<TValues extends FieldValues, TOutput>(
  form: UseFormReturn<TValues, unknown, TOutput>,
  name: string,
): boolean {
  // Fields of the kit's forms always have default values, so "has a value" means "exists".
  return form.getValues(name as Path<TValues>) !== undefined;
}
