'use client';
import { useRouter } from 'next/navigation';
import { OAuthCallback } from 'deskree-auth-react';

export default function OAuthCallbackPage() {
  const router = useRouter();
  return (
    <OAuthCallback
      signInHref="/sign-in"
      onSuccess={() => {
        router.refresh();
        router.replace('/dashboard');
      }}
    />
  );
}
