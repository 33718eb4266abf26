import { AuthCard, AuthDialog, Spinner } from '../../src/components';
import { AuthLoading, SignedIn, SignedOut, useAuth } from '../../src/react';
import { OAUTH } from '../oauth';
import { Link, renderLink } from '../router';
import { SignInRoute } from './SignInRoute';

/** The signed-in user, straight from `useAuth()`. */
function UserCard() {
  const { user } = useAuth();
  if (!user) return null;
  return (
    <AuthCard
      title={`Signed in as ${user.email ?? user.uid}`}
      headingLevel={1}
      className="pg-user-card"
    >
      <dl className="pg-facts">
        <dt>Email</dt>
        <dd>{user.email ?? '—'}</dd>
        <dt>Email verified</dt>
        <dd data-testid="email-verified">{user.emailVerified ? 'Yes' : 'No'}</dd>
        <dt>Signed in with</dt>
        <dd>{user.signInProvider}</dd>
        {user.displayName ? (
          <>
            <dt>Name</dt>
            <dd>{user.displayName}</dd>
          </>
        ) : null}
        <dt>User id</dt>
        <dd>
          <code>{user.uid}</code>
        </dd>
      </dl>
      <ul className="pg-links">
        <li>
          <Link to="/account">Account settings</Link>
        </li>
        <li>
          <Link to="/invite">Invite someone</Link>
        </li>
      </ul>
    </AuthCard>
  );
}

export function HomeRoute() {
  return (
    <>
      <AuthLoading>
        <Spinner label="Loading session…" />
      </AuthLoading>
      <SignedIn>
        <UserCard />
      </SignedIn>
      <SignedOut>
        <div className="pg-stack">
          <SignInRoute />
          {/* The same forms in a modal, for apps that sign in without leaving the page. */}
          <AuthDialog
            trigger={
              <button type="button" className="pg-button">
                Open the sign-in dialog
              </button>
            }
            oauth={OAUTH}
            signInProps={{ forgotPasswordHref: '/forgot-password', renderLink }}
          />
        </div>
      </SignedOut>
    </>
  );
}
