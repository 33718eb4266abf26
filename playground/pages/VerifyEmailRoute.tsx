import { VerifyEmailPage } from '../../src/components';
import { navigate } from '../router';

/**
 * Opened from the verification mail. Verifies on mount; if the verified account is the signed-in
 * one, the session is refreshed so `user.emailVerified` turns true right away.
 */
export function VerifyEmailRoute() {
  return (
    <VerifyEmailPage
      headingLevel={1}
      continueHref="/"
      onContinue={() => navigate('/')}
      signInHref="/sign-in"
      onSignIn={() => navigate('/sign-in')}
    />
  );
}
