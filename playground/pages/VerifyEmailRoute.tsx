import { ComingSoon } from './ComingSoon';

export function VerifyEmailPage() {
  return <ComingSoon component="VerifyEmailPage" title="Verify your email" />;
}
