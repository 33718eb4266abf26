import { ResetPasswordPage } from '../../src/components';
import { navigate } from '../router';

/** Opened from the reset mail (`/reset-password?oobCode=…`); the page reads the code itself. */
export function ResetPasswordRoute() {
  return (
    <ResetPasswordPage
      headingLevel={1}
      signInHref="/sign-in"
      onSignIn={() => navigate('/sign-in')}
      requestNewLinkHref="/forgot-password"
      onRequestNewLink={() => navigate('/forgot-password')}
    />
  );
}
