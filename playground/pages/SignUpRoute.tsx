import { ComingSoon } from './ComingSoon';

export function SignUpPage() {
  return <ComingSoon component="SignUpForm" title="Create an account" />;
}
