'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { AuthLoading, SignedIn, SignedOut, useAuth } from 'deskree-auth-react';

export function Header() {
  const { user, signOut } = useAuth();
  const router = useRouter();
  return (
    <header>
      <Link href="/">Home</Link> ·{' '}
      {/* Not prefetched: a prefetch made while signed out caches the server's redirect to /sign-in. */}
      <Link href="/dashboard" prefetch={false}>
        Dashboard
      </Link>
      <AuthLoading>
        <span data-testid="auth-loading"> · checking session…</span>
      </AuthLoading>
      <SignedIn>
        <span data-testid="signed-in"> · {user?.email} </span>
        <button
          type="button"
          onClick={() => {
            signOut();
            router.push('/sign-in');
          }}
        >
          Sign out
        </button>
      </SignedIn>
      <SignedOut>
        <span data-testid="signed-out">
          {' · '}
          <Link href="/sign-in">Sign in</Link>
        </span>
      </SignedOut>
    </header>
  );
}
