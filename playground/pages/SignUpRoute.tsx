import { SignUpForm } from '../../src/components';
import { OAUTH } from '../oauth';
import { renderLink } from '../router';

/**
 * The API signs the new account in at once; the form then says a verification mail was sent
 * (open the outbox panel to follow it).
 */
export function SignUpRoute() {
  return (
    <SignUpForm headingLevel={1} oauth={OAUTH} signInHref="/sign-in" renderLink={renderLink} />
  );
}
