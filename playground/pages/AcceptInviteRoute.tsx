import { ComingSoon } from './ComingSoon';

export function AcceptInvitePage() {
  return <ComingSoon component="AcceptInvitePage" title="Accept your invitation" />;
}
