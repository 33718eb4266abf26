import { ComingSoon } from './ComingSoon';

export function SignInRoute() {
  return <ComingSoon component="SignInForm" title="Sign in" />;
}
