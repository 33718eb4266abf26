import { isAuthError } from '../../core/errors.js';
import type { ErrorMessageKey } from './en.js';

/**
 * The human text for any thrown value: an `AuthError` by its code, anything else as
 * `errors.unknown`. Raw `error.message` is never shown because it is developer text
 * in English and may echo server details. `messages` needs only the `errors.*` keys.
 *
 * @example
 * <Alert variant="danger">{errorMessage(mutation.error, useMessages())}</Alert>
 */
export function errorMessage(
  error: unknown,
  messages: { readonly [K in ErrorMessageKey]: string },
): string {
  if (isAuthError(error)) return messages[`errors.${error.code}`] ?? messages['errors.unknown'];
  return messages['errors.unknown'];
}
