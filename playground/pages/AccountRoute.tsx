import { AccountSettings, Spinner } from '../../src/components';
import { RequireAuth } from '../../src/react';
import { navigate, signInReturningTo } from '../router';

/**
 * Signed-in only: `RequireAuth` sends anyone else to the sign-in page with our router.
 * AccountSettings bundles the update-email and update-password forms and the delete dialog.
 */
export function AccountRoute() {
  return (
    <RequireAuth
      redirectTo={signInReturningTo('/account')}
      onRedirect={(to) => navigate(to, { replace: true })}
      fallback={<Spinner label="Loading…" />}
    >
      <AccountSettings
        headingLevel={1}
        // A confirmation page rather than the bare sign-in form: the user should see it worked.
        onAccountDeleted={() => navigate('/account-deleted', { replace: true })}
      />
    </RequireAuth>
  );
}
