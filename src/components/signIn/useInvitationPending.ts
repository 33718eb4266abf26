import { useCallback } from 'react';
import { isAuthError } from '../../core/errors.js';
import { fetchEmailProviders } from '../../core/endpoints/lookups.js';
import { useAuthContext } from '../../react/AuthContext.js';

/**
 * Tells an invited account from any other when sign-in answers `user_disabled` or sign-up
 * `email_exists`: an invitation creates the account disabled and without a sign-in method until
 * it is accepted, so the email lookup reports it `registered` with no methods. A failed lookup
 * answers `false` and the form shows the original error.
 */
export function useInvitationPending(): (error: unknown, email: string) => Promise<boolean> {
  const { client } = useAuthContext('useAuthClient');
  return useCallback(
    async (error, email) => {
      if (!isAuthError(error) || !['user_disabled', 'email_exists'].includes(error.code))
        return false;
      try {
        const { registered, signInMethods } = await fetchEmailProviders(client, {
          email: email.trim(),
        });
        return registered && signInMethods.length === 0;
      } catch {
        return false; // The lookup is a hint only; the caller shows the original error.
      }
    },
    [client],
  );
}
