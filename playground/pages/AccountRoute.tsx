import { Spinner } from '../../src/components';
import { RequireAuth } from '../../src/react';
import { navigate } from '../router';
import { ComingSoon } from './ComingSoon';

/** Signed-in only: `RequireAuth` sends anyone else to the sign-in page with our router. */
export function AccountRoute() {
  return (
    <RequireAuth redirectTo="/sign-in" onRedirect={(to) => navigate(to, { replace: true })} fallback={<Spinner label="Loading…" />}>
      <ComingSoon component="AccountSettings" title="Account settings" />
    </RequireAuth>
  );
}
