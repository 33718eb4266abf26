import { ComingSoon } from './ComingSoon';

export function SignInPage() {
  return <ComingSoon component="SignInForm" title="Sign in" />;
}
