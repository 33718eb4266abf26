import { ComingSoon } from './ComingSoon';

export function ForgotPasswordPage() {
  return <ComingSoon component="ForgotPasswordForm" title="Reset your password" />;
}
