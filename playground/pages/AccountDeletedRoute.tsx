import { Alert, AuthCard, LinkButton } from '../../src/components';
import { Link } from '../router';

/** Where AccountSettings sends the user after the account was deleted (and signed out). */
export function AccountDeletedRoute() {
  return (
    <AuthCard title="Account deleted" headingLevel={1}>
      <Alert variant="success">
        Your account and its sign-in methods were deleted. You have been signed out.
      </Alert>
      <div className="pg-actions">
        <LinkButton asChild>
          <Link to="/sign-in">Sign in</Link>
        </LinkButton>
        <LinkButton asChild>
          <Link to="/sign-up">Create a new account</Link>
        </LinkButton>
      </div>
    </AuthCard>
  );
}
