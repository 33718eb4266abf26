import { AuthCard } from '../../src/components';
import { Link } from '../router';

export function NotFoundRoute({ pathname }: { pathname: string }) {
  return (
    <AuthCard title="Page not found" headingLevel={1}>
      <p>
        Nothing lives at <code>{pathname}</code>. <Link to="/">Go home</Link>.
      </p>
    </AuthCard>
  );
}
