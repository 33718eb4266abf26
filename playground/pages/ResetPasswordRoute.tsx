import { ComingSoon } from './ComingSoon';

export function ResetPasswordRoute() {
  return <ComingSoon component="ResetPasswordRoute" title="Choose a new password" />;
}
