import { ComingSoon } from './ComingSoon';

export function ForgotPasswordRoute() {
  return <ComingSoon component="ForgotPasswordForm" title="Reset your password" />;
}
