// @vitest-environment node
/**
 * `initialAuth`: the server renders the signed-in branch, and the browser hydrates that HTML with
 * the session cookie the server read, showing the same markup (no loading state, no mismatch)
 * before reconciling with storage.
 *
 * The server half runs with no DOM at all; the browser half then installs a jsdom window as the
 * globals React needs, in this same file, so the HTML really crosses from one to the other.
 */
import { builtinEnvironments } from 'vitest/environments';
import { act, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { getInitialAuth } from '../../../src/server';
import { createAuthClient, type InitialAuth, type Session } from '../../../src/core';
import { encodeSessionCookie, SESSION_COOKIE_NAME } from '../../../src/core/cookies/sessionCookie';
import { serializeSession } from '../../../src/core/session/persistedSession';
import { CookieAuthProvider, SignedIn, SignedOut, AuthLoading, useAuth } from '../../../src/react';
import { createTestEmulator, type TestEmulator } from '../../helpers/emulator';

const EMAIL = 'hydrate@example.com';
let env: TestEmulator;
let session: Session;
let cookieHeader: string;
let initialAuth: InitialAuth | null | undefined;

function Who() {
  const { user, isLoading, claims } = useAuth();
  return (
    <p data-testid="who">
      {isLoading ? 'loading' : `user ${user?.email} verified=${String(claims?.email_verified)}`}
    </p>
  );
}

function App({ auth }: { auth: InitialAuth | null | undefined }): ReactNode {
  return (
    <CookieAuthProvider baseUrl={env.baseUrl} fetch={env.fetch} initialAuth={auth}>
      <AuthLoading>
        <p>spinner</p>
      </AuthLoading>
      <SignedIn>
        <p>{`dashboard for ${EMAIL}`}</p>
      </SignedIn>
      <SignedOut>
        <p>please sign in</p>
      </SignedOut>
      <Who />
    </CookieAuthProvider>
  );
}

beforeAll(async () => {
  env = createTestEmulator({ projectId: 'demo' });
  const client = createAuthClient({ baseUrl: env.baseUrl, fetch: env.fetch });
  ({ session } = await client.signUp({ email: EMAIL, password: 'correct-horse-2' }));
  cookieHeader = encodeSessionCookie(SESSION_COOKIE_NAME, serializeSession(session, Date.now()), [])
    .map(({ name, value }) => `${name}=${value}`)
    .join('; ');
  initialAuth = await getInitialAuth(
    new Request('http://app.test/', { headers: { cookie: cookieHeader } }),
    {
      projectId: 'demo',
      jwksUrl: `${env.origin}/emulator/v1/jwks.json`,
      fetch: env.fetch,
    },
  );
});

describe('CookieAuthProvider initialAuth', () => {
  it('renders the signed-in branch on the server, with the user and claims and no token', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<App auth={initialAuth} />);
    expect(html).toContain(`dashboard for ${EMAIL}`);
    expect(html).toContain(`user ${EMAIL} verified=false`);
    expect(html).not.toContain('spinner');
    expect(html).not.toContain('please sign in');
    expect(html).not.toContain(session.idToken);
    expect(html).not.toContain(session.refreshToken);
  });

  it('renders signed out for null and loading when not given', () => {
    expect(renderToString(<App auth={null} />)).toContain('please sign in');
    expect(renderToString(<App auth={undefined} />)).toContain('spinner');
  });

  it('hydrates the server HTML in a browser with the cookie: same markup, no recoverable error', async () => {
    const html = renderToString(<App auth={initialAuth} />);
    // From here on this file is "the browser": vitest's jsdom environment, installed as globals.
    const browser = await builtinEnvironments.jsdom.setup(globalThis, {
      jsdom: { url: 'http://app.test/' },
    });
    document.body.innerHTML = `<div id="root">${html}</div>`;
    for (const cookie of cookieHeader.split('; ')) document.cookie = cookie;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const errors: unknown[] = [];
    const consoleError = vi
      .spyOn(console, 'error')
      .mockImplementation((...args) => errors.push(args));
    try {
      const { hydrateRoot } = await import('react-dom/client');
      const container = document.getElementById('root')!;
      let root: ReturnType<typeof hydrateRoot> | undefined;
      await act(async () => {
        root = hydrateRoot(container, <App auth={initialAuth} />, {
          onRecoverableError: (error) => errors.push(error),
        });
      });
      expect(errors).toEqual([]);
      expect(container.innerHTML).toBe(html);
      expect(container.textContent).toContain(`dashboard for ${EMAIL}`);
      await act(async () => root!.unmount());
    } finally {
      consoleError.mockRestore();
      await browser.teardown(globalThis);
    }
  });
});
