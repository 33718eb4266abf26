/** Hooks promise `error: AuthError | null`; anything else thrown (a bug, a custom fetch) is wrapped once here. */
import { AuthError, isAuthError } from '../core/errors.js';

export function toAuthError(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AuthError('unknown', message, { cause: error });
}
