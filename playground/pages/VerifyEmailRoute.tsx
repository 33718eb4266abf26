import { ComingSoon } from './ComingSoon';

export function VerifyEmailRoute() {
  return <ComingSoon component="VerifyEmailRoute" title="Verify your email" />;
}
