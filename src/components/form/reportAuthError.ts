import { isAuthError, type AuthError } from '../../core/errors.js';

/**
 * Runs a request; an `AuthError` also goes to `onError`. Every error is rethrown, for the
 * form to show on a field or in its alert.
 */
export async function reportAuthError<T>(
  request: () => Promise<T>,
  onError: ((error: AuthError) => void) | undefined,
): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (isAuthError(error)) onError?.(error);
    throw error;
  }
}
