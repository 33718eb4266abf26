import { ForgotPasswordForm } from '../../src/components';
import { renderLink } from '../router';

/** Sends the reset mail; its link opens `/reset-password`. */
export function ForgotPasswordRoute() {
  return <ForgotPasswordForm headingLevel={1} signInHref="/sign-in" renderLink={renderLink} />;
}
