import { Link, useNavigate } from 'react-router';
import { AuthLoading, SignedIn, SignedOut, useAuth } from 'deskree-auth-react';

export function Header() {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <header>
      <Link to="/">Home</Link> · <Link to="/dashboard">Dashboard</Link>
      <AuthLoading>
        <span data-testid="auth-loading"> · checking session…</span>
      </AuthLoading>
      <SignedIn>
        <span data-testid="signed-in"> · {user?.email} </span>
        <button
          type="button"
          onClick={() => {
            signOut();
            navigate('/sign-in');
          }}
        >
          Sign out
        </button>
      </SignedIn>
      <SignedOut>
        <span data-testid="signed-out">
          {' · '}
          <Link to="/sign-in">Sign in</Link>
        </span>
      </SignedOut>
    </header>
  );
}
