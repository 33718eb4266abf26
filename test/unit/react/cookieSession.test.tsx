/**
 * `<AuthProvider storage="cookie">`: signing in writes the session cookie the server helpers read,
 * a refresh rewrites it, and signing out deletes it.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { createAuthClient } from '../../../src/core';
import { parseCookieHeader } from '../../../src/core/cookies/cookieHeader';
import { AuthProvider, useAuth, useSignIn } from '../../../src/react';
import { getAuthFromRequest } from '../../../src/server';
import { createTestEmulator } from '../../helpers/emulator';

const EMAIL = 'cookie@example.com';
const PASSWORD = 'correct-horse-3';

afterEach(() => {
  for (const name of parseCookieHeader(document.cookie).keys())
    document.cookie = `${name}=; Max-Age=0; Path=/`;
});

function Panel() {
  const { user, signOut } = useAuth();
  const signIn = useSignIn();
  return (
    <div>
      <p>{user ? `in as ${user.email}` : 'out'}</p>
      <button onClick={() => signIn.mutate({ email: EMAIL, password: PASSWORD })}>sign in</button>
      <button onClick={signOut}>sign out</button>
    </div>
  );
}

it('keeps the session in a cookie the server can read, rewrites it on refresh, deletes it on sign-out', async () => {
  const env = createTestEmulator({ projectId: 'demo' });
  await createAuthClient({ baseUrl: env.baseUrl, fetch: env.fetch }).signUp({
    email: EMAIL,
    password: PASSWORD,
  });
  const serverOptions = {
    projectId: 'demo',
    jwksUrl: `${env.origin}/emulator/v1/jwks.json`,
    fetch: env.fetch,
  };
  const whoIsSignedIn = () =>
    getAuthFromRequest(
      new Request('http://app.test/', { headers: { cookie: document.cookie } }),
      serverOptions,
    );
  const latest: { auth: ReturnType<typeof useAuth> | null } = { auth: null };
  function Capture() {
    const auth = useAuth();
    useEffect(() => {
      latest.auth = auth;
    });
    return null;
  }
  render(
    <AuthProvider baseUrl={env.baseUrl} fetch={env.fetch} storage="cookie">
      <Panel />
      <Capture />
    </AuthProvider>,
  );
  await screen.findByText('out');
  expect(document.cookie).toBe('');

  act(() => screen.getByText('sign in').click());
  await screen.findByText(`in as ${EMAIL}`);
  expect([...parseCookieHeader(document.cookie).keys()]).toEqual(['deskree-auth-session']);
  const first = await whoIsSignedIn();
  expect(first?.user.email).toBe(EMAIL);

  await act(() => latest.auth!.getIdToken({ forceRefresh: true }));
  const afterRefresh = await whoIsSignedIn();
  expect(afterRefresh?.idToken).toBe(latest.auth!.session?.idToken);
  expect(env.emulator.requestCount('/token/refresh')).toBe(1);

  act(() => screen.getByText('sign out').click());
  await screen.findByText('out');
  await waitFor(() => expect(document.cookie).toBe(''));
  expect(await whoIsSignedIn()).toBeNull();
});
