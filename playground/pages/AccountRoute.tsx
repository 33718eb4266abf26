import { AccountSettings, Spinner } from '../../src/components';
import { RequireAuth } from '../../src/react';
import { navigate } from '../router';

/**
 * Signed-in only: `RequireAuth` sends anyone else to the sign-in page with our router.
 * AccountSettings bundles the update-email and update-password forms and the delete dialog.
 */
export function AccountRoute() {
  return (
    <RequireAuth
      redirectTo="/sign-in"
      onRedirect={(to) => navigate(to, { replace: true })}
      fallback={<Spinner label="Loading…" />}
    >
      <AccountSettings headingLevel={1} onAccountDeleted={() => navigate('/', { replace: true })} />
    </RequireAuth>
  );
}
