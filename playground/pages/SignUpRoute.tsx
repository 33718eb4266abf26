import { ComingSoon } from './ComingSoon';

export function SignUpRoute() {
  return <ComingSoon component="SignUpForm" title="Create an account" />;
}
