'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { SignInForm } from 'deskree-auth-react';

export default function SignInPage() {
  const router = useRouter();
  return (
    <SignInForm
      headingLevel={1}
      oauth={{ providers: ['google.com', 'github.com'], callBackUri: '/oauth/callback' }}
      forgotPasswordHref="/forgot-password"
      // Link props only: they spread onto Next's <Link>.
      renderLink={(props) => <Link {...props} />}
      onSuccess={() => {
        // Drop what the router cached while signed out, then go where the server now lets us.
        router.refresh();
        router.push('/dashboard');
      }}
    />
  );
}
