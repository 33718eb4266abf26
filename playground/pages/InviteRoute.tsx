import { InviteUserForm } from '../../src/components';

/**
 * Sends an invitation mail (open the outbox to accept it). The invite endpoint is public in
 * Deskree's API; a real app would put this page in its admin area.
 */
export function InviteRoute() {
  return <InviteUserForm headingLevel={1} />;
}
