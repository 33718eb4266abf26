/**
 * The retry rule for calls made with an id token, shared by `withIdToken` and `createAuthFetch`:
 * a 401 or any 403 gets one refresh (single-flight) and one retry. The service's text for an
 * expired id token is not documented, and its official SDK refreshes on any 403, so the status
 * decides, not the text. A 403 on the retry is a real refusal: `permission_denied`.
 */
import { AuthError, isAuthError } from '../errors.js';

/** Statuses that may mean "this id token is no longer accepted". */
export const REJECTED_TOKEN_STATUSES: ReadonlySet<number> = new Set([401, 403]);

function asPermissionDenied(error: AuthError): AuthError {
  if (error.code === 'permission_denied') return error;
  const { message, title, detail } = error;
  return new AuthError('permission_denied', message, { status: 403, title, detail, cause: error });
}

/**
 * @example
 * await callWithTokenRetry(session.getIdToken, (idToken) => client.deleteAccount({ idToken }))
 */
export async function callWithTokenRetry<T>(
  getIdToken: (options?: { forceRefresh?: boolean }) => Promise<string>,
  operation: (idToken: string) => Promise<T>,
): Promise<T> {
  try {
    return await operation(await getIdToken());
  } catch (error) {
    if (!isAuthError(error) || !REJECTED_TOKEN_STATUSES.has(error.status)) throw error;
  }
  try {
    return await operation(await getIdToken({ forceRefresh: true }));
  } catch (error) {
    throw isAuthError(error) && error.status === 403 ? asPermissionDenied(error) : error;
  }
}
