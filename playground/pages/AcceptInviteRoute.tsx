import { AcceptInvitePage } from '../../src/components';
import { navigate } from '../router';

/** Opened from the invitation mail: the invitee chooses a password and is signed in. */
export function AcceptInviteRoute() {
  return (
    <AcceptInvitePage
      headingLevel={1}
      signInAfter
      continueHref="/"
      onContinue={() => navigate('/')}
      signInHref="/sign-in"
      onSignIn={() => navigate('/sign-in')}
    />
  );
}
