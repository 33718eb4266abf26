// @vitest-environment node
import { renderToString } from 'react-dom/server';
import {
  AuthLoading,
  AuthProvider,
  RequireAuth,
  SignedIn,
  SignedOut,
  useAuth,
  useOAuthCallback,
  useUser,
} from '../../../src/react';

function Consumer() {
  const { status, isLoading } = useAuth();
  const user = useUser();
  const callback = useOAuthCallback();
  return (
    <p>
      {status}:{String(isLoading)}:{user?.email ?? 'nobody'}:{callback.status}
    </p>
  );
}

describe('server rendering', () => {
  it('renders the loading state without touching window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <AuthProvider projectId="demo-project">
        <Consumer />
        <AuthLoading>spinner</AuthLoading>
        <SignedIn>protected</SignedIn>
        <SignedOut>public</SignedOut>
        <RequireAuth redirectTo="/sign-in" fallback="wait">
          secret
        </RequireAuth>
      </AuthProvider>,
    );
    expect(html.replaceAll('<!-- -->', '')).toContain('<p>loading:true:nobody:idle</p>');
    expect(html).toContain('spinner');
    expect(html).toContain('wait');
    expect(html).not.toMatch(/protected|public|secret/);
  });
});
