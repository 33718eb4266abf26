import { Link } from 'react-router';
import { ForgotPasswordForm } from 'deskree-auth-react';

export default function ForgotPassword() {
  return (
    <ForgotPasswordForm
      headingLevel={1}
      signInHref="/sign-in"
      renderLink={(props) => <Link to={props.href} {...props} />}
    />
  );
}
