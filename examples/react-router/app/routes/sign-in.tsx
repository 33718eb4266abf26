import { Link, useNavigate } from 'react-router';
import { SignInForm } from 'deskree-auth-react';

export default function SignIn() {
  const navigate = useNavigate();
  return (
    <SignInForm
      headingLevel={1}
      oauth={{ providers: ['google.com', 'github.com'], callBackUri: '/oauth/callback' }}
      forgotPasswordHref="/forgot-password"
      renderLink={(props) => <Link to={props.href} {...props} />}
      onSuccess={() => navigate('/dashboard')}
    />
  );
}
