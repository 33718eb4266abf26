import { SignUpForm } from '../../src/components';
import { OAUTH } from '../oauth';
import { navigate, nextPath, renderLink } from '../router';

/**
 * The API signs the new account in at once; the form then says a verification mail was sent
 * (open the outbox panel to follow it) and offers to continue. Someone already signed in
 * (Back, a reload) is sent on to `?next=` or home instead of seeing the form.
 */
export function SignUpRoute() {
  return (
    <SignUpForm
      headingLevel={1}
      oauth={OAUTH}
      signInHref="/sign-in"
      renderLink={renderLink}
      redirectTo={nextPath()}
      onRedirect={(to) => navigate(to, { replace: true })}
    />
  );
}
