import { ForgotPasswordForm } from '../../src/components';
import { queryParam, renderLink } from '../router';

/**
 * Sends the reset mail; its link opens `/reset-password`. A dead reset link's "Request a new
 * link" comes here with `?email=`, so the address is already filled in.
 */
export function ForgotPasswordRoute() {
  return (
    <ForgotPasswordForm
      headingLevel={1}
      signInHref="/sign-in"
      renderLink={renderLink}
      defaultValues={{ email: queryParam('email') ?? '' }}
    />
  );
}
