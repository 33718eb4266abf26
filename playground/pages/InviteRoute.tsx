import { ComingSoon } from './ComingSoon';

export function InvitePage() {
  return <ComingSoon component="InviteUserForm" title="Invite someone" />;
}
