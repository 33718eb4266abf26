import { ComingSoon } from './ComingSoon';

export function InviteRoute() {
  return <ComingSoon component="InviteUserForm" title="Invite someone" />;
}
