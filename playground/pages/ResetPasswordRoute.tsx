import { ComingSoon } from './ComingSoon';

export function ResetPasswordPage() {
  return <ComingSoon component="ResetPasswordPage" title="Choose a new password" />;
}
