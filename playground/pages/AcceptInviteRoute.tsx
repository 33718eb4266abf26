import { ComingSoon } from './ComingSoon';

export function AcceptInviteRoute() {
  return <ComingSoon component="AcceptInviteRoute" title="Accept your invitation" />;
}
