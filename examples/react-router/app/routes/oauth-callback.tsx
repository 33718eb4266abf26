import { useNavigate } from 'react-router';
import { OAuthCallback } from 'deskree-auth-react';

export default function OAuthCallbackRoute() {
  const navigate = useNavigate();
  return (
    <OAuthCallback
      signInHref="/sign-in"
      onSuccess={() => navigate('/dashboard', { replace: true })}
    />
  );
}
