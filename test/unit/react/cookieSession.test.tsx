/**
 * `<CookieAuthProvider>`: signing in writes the session cookie the server helpers read, a refresh
 * rewrites it, and signing out deletes it. Its `cookie` prop reaches the cookie's attributes, and
 * `AuthProvider` refuses the old `storage="cookie"` instead of quietly using localStorage.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { createAuthClient } from '../../../src/core';
import { parseCookieHeader } from '../../../src/core/cookies/cookieHeader';
import { AuthProvider, CookieAuthProvider, useAuth, useSignIn } from '../../../src/react';
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
    <CookieAuthProvider baseUrl={env.baseUrl} fetch={env.fetch}>
      <Panel />
      <Capture />
    </CookieAuthProvider>,
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

it('writes the cookie with the attributes of its `cookie` prop', async () => {
  const env = createTestEmulator({ projectId: 'demo' });
  await createAuthClient({ baseUrl: env.baseUrl, fetch: env.fetch }).signUp({
    email: EMAIL,
    password: PASSWORD,
  });
  // jsdom's document.cookie getter hides attributes: record what the adapter writes instead.
  const written: string[] = [];
  const setter = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!.set!;
  vi.spyOn(document, 'cookie', 'set').mockImplementation(function (this: Document, value) {
    written.push(value);
    setter.call(this, value);
  });
  render(
    <CookieAuthProvider
      baseUrl={env.baseUrl}
      fetch={env.fetch}
      cookie={{ maxAgeSeconds: 60, domain: 'localhost' }}
    >
      <Panel />
    </CookieAuthProvider>,
  );
  await screen.findByText('out');
  act(() => screen.getByText('sign in').click());
  await screen.findByText(`in as ${EMAIL}`);
  vi.restoreAllMocks();
  expect(written).toHaveLength(1);
  expect(written[0]).toMatch(/^deskree-auth-session=[^;]+; /);
  expect(written[0]).toContain('; Max-Age=60');
  expect(written[0]).toContain('; Domain=localhost');
});

it('refuses storage="cookie" on AuthProvider with an error that names CookieAuthProvider', () => {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    expect(() => render(<AuthProvider projectId="demo" storage={'cookie' as never} />)).toThrow(
      /Unknown storage "cookie": for cookies use <CookieAuthProvider>/,
    );
  } finally {
    consoleError.mockRestore();
  }
  expect(localStorage.length).toBe(0);
});
