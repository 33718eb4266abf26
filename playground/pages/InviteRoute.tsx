import { InviteUserForm, Spinner } from '../../src/components';
import { RequireAuth } from '../../src/react';
import { navigate, signInReturningTo } from '../router';

/**
 * Sends an invitation mail (open the outbox to accept it). Deskree's invite endpoint takes no
 * token, so nothing but the app stops a stranger from inviting: the page is for signed-in users
 * (a real app would also check an admin role), like any page that creates accounts for others.
 */
export function InviteRoute() {
  return (
    <RequireAuth
      redirectTo={signInReturningTo('/invite')}
      onRedirect={(to) => navigate(to, { replace: true })}
      fallback={<Spinner label="Loading…" />}
    >
      <InviteUserForm headingLevel={1} />
    </RequireAuth>
  );
}
