// @vitest-environment node
/**
 * The request helpers against the in-process emulator: a bearer header or the session cookie
 * identifies the user; an expired cookie is refreshed on the server with Set-Cookie lines that the
 * browser's cookie storage reads back.
 */
import { createAuthClient, type Session } from '../../../src/core';
import { parseCookieHeader } from '../../../src/core/cookies/cookieHeader';
import {
  decodeSessionCookie,
  encodeSessionCookie,
  SESSION_COOKIE_NAME,
} from '../../../src/core/cookies/sessionCookie';
import { readPersistedSession, serializeSession } from '../../../src/core/session/persistedSession';
import {
  getAuthFromRequest,
  getInitialAuth,
  refreshAuthCookies,
  sessionCookieNameFor,
  type ServerAuthOptions,
} from '../../../src/server';
import { createTestEmulator, type TestEmulator } from '../../helpers/emulator';

const T0 = Date.UTC(2031, 4, 1, 9, 0, 0);
const EMAIL = 'grace@example.com';
let clock: number;
let env: TestEmulator;
let session: Session;
let options: ServerAuthOptions;

beforeEach(async () => {
  clock = T0;
  env = createTestEmulator({ projectId: 'demo', now: () => clock });
  const client = createAuthClient({ baseUrl: env.baseUrl, fetch: env.fetch, now: () => clock });
  ({ session } = await client.signUp({ email: EMAIL, password: 'correct-horse-1' }));
  session = { ...session, user: { ...session.user, displayName: 'Grace' } };
  options = {
    projectId: 'demo',
    jwksUrl: `${env.origin}/emulator/v1/jwks.json`,
    baseUrl: env.baseUrl,
    fetch: env.fetch,
    now: () => clock,
  };
});

/** The Cookie header a browser with this session (cookie storage) sends. */
function cookieHeaderFor(value: Session, extra = 'theme=dark') {
  const cookies = encodeSessionCookie(SESSION_COOKIE_NAME, serializeSession(value, clock), []);
  return [extra, ...cookies.map(({ name, value: v }) => `${name}=${v}`)].join('; ');
}

const requestWith = (headers: Record<string, string>, url = 'https://app.test/dashboard') =>
  new Request(url, { headers });

describe('getAuthFromRequest', () => {
  it('reads Authorization, x-authorization and the session cookie', async () => {
    const variants: Array<Record<string, string>> = [
      { authorization: `Bearer ${session.idToken}` },
      { 'x-authorization': `Bearer ${session.idToken}` },
      { cookie: cookieHeaderFor(session) },
    ];
    for (const headers of variants) {
      const auth = await getAuthFromRequest(requestWith(headers), options);
      expect(auth, Object.keys(headers)[0]).toMatchObject({
        user: { uid: session.user.uid, email: EMAIL, signInProvider: 'password' },
        idToken: session.idToken,
        claims: { sub: session.user.uid },
      });
      expect(auth!.expiresAt).toBe(T0 + 3600_000 - (T0 % 1000));
    }
    const fromCookie = await getAuthFromRequest(
      requestWith({ cookie: cookieHeaderFor(session) }),
      options,
    );
    expect(fromCookie!.user.displayName).toBe('Grace');
  });

  it('is null without credentials, with a forged token, and with an expired one', async () => {
    expect(await getAuthFromRequest(requestWith({}), options)).toBeNull();
    expect(
      await getAuthFromRequest(requestWith({ cookie: 'deskree-auth-session=garbage' }), options),
    ).toBeNull();
    const forged = `${session.idToken.slice(0, -4)}AAAA`;
    expect(
      await getAuthFromRequest(requestWith({ authorization: `Bearer ${forged}` }), options),
    ).toBeNull();
    clock += 3700_000;
    expect(
      await getAuthFromRequest(requestWith({ cookie: cookieHeaderFor(session) }), options),
    ).toBeNull();
  });

  it('accepts a headers-only object (Next.js `headers()`)', async () => {
    const headers = new Headers({ cookie: cookieHeaderFor(session) });
    expect((await getAuthFromRequest({ headers }, options))?.user.email).toBe(EMAIL);
  });

  it('names the cookie after the provider storageKey', async () => {
    expect(sessionCookieNameFor()).toBe('deskree-auth-session');
    expect(sessionCookieNameFor('deskree-auth:session')).toBe('deskree-auth-session');
    const name = sessionCookieNameFor('my-app:auth');
    const [cookie] = encodeSessionCookie(name, serializeSession(session, clock), []);
    const auth = await getAuthFromRequest(
      requestWith({ cookie: `${cookie!.name}=${cookie!.value}` }),
      { ...options, storageKey: 'my-app:auth' },
    );
    expect(auth?.user.uid).toBe(session.user.uid);
  });
});

describe('getInitialAuth', () => {
  it('gives the user and claims and never a token', async () => {
    const initial = await getInitialAuth(
      requestWith({ cookie: cookieHeaderFor(session) }),
      options,
    );
    expect(initial?.user.email).toBe(EMAIL);
    expect(initial?.claims.email).toBe(EMAIL);
    const serialized = JSON.stringify(initial);
    expect(serialized).not.toContain(session.idToken);
    expect(serialized).not.toContain(session.refreshToken);
  });

  it('is null when signed out and undefined (unknown) when only the browser can refresh', async () => {
    expect(await getInitialAuth(requestWith({}), options)).toBeNull();
    clock += 3700_000;
    expect(
      await getInitialAuth(requestWith({ cookie: cookieHeaderFor(session) }), options),
    ).toBeUndefined();
  });
});

describe('refreshAuthCookies', () => {
  it('changes nothing while the id token is valid', async () => {
    const result = await refreshAuthCookies(
      requestWith({ cookie: cookieHeaderFor(session) }),
      options,
    );
    expect(result).toMatchObject({ refreshed: false, setCookie: [] });
    expect(result.auth?.user.uid).toBe(session.user.uid);
    expect(env.emulator.requestCount('/token/refresh')).toBe(0);
  });

  it('refreshes an expired session and returns Set-Cookie lines the browser storage can read', async () => {
    clock += 2 * 3600_000;
    const cookie = cookieHeaderFor(session);
    const result = await refreshAuthCookies(requestWith({ cookie }), options);
    expect(result.refreshed).toBe(true);
    expect(result.initialAuth?.user.email).toBe(EMAIL);
    expect(JSON.stringify(result.initialAuth)).not.toContain(result.auth!.idToken);
    expect(env.emulator.requestCount('/token/refresh')).toBe(1);
    expect(result.auth?.user).toMatchObject({
      uid: session.user.uid,
      email: EMAIL,
      displayName: 'Grace',
    });
    expect(result.auth?.idToken).not.toBe(session.idToken);
    for (const line of result.setCookie) {
      expect(line).toMatch(/; Path=\/; SameSite=Lax; Secure$/);
      expect(line).toMatch(/Max-Age=34560000/);
    }
    // The browser's jar after the response, and the forwarded request, both hold the new session.
    const jar = new Map(
      result.setCookie.map((line) => {
        const [pair] = line.split(';');
        const eq = pair!.indexOf('=');
        return [pair!.slice(0, eq), pair!.slice(eq + 1)] as const;
      }),
    );
    const stored = readPersistedSession(decodeSessionCookie(SESSION_COOKIE_NAME, jar)!);
    expect(stored?.session.idToken).toBe(result.auth?.idToken);
    const forwarded = parseCookieHeader(result.requestHeaders.get('cookie'));
    expect(forwarded.get('theme')).toBe('dark');
    expect(
      readPersistedSession(decodeSessionCookie(SESSION_COOKIE_NAME, forwarded)!)?.session.idToken,
    ).toBe(result.auth?.idToken);
    // …and the page rendered after it knows the user.
    expect((await getInitialAuth({ headers: result.requestHeaders }, options))?.user.uid).toBe(
      session.user.uid,
    );
  });

  it('deletes the cookies of a revoked session, and keeps them on a transient failure', async () => {
    clock += 2 * 3600_000;
    const cookie = cookieHeaderFor(session);
    env.emulator.faults.add({ path: '/api/v1/auth/accounts/token/refresh', status: 503 });
    const transient = await refreshAuthCookies(requestWith({ cookie }), options);
    expect(transient).toMatchObject({ auth: null, refreshed: false, setCookie: [] });
    // Unknown, not signed out: the page renders `loading` and the browser refreshes.
    expect(transient.initialAuth).toBeUndefined();

    await env.emulator.reset();
    const revoked = await refreshAuthCookies(requestWith({ cookie }), options);
    expect(revoked.auth).toBeNull();
    expect(revoked.initialAuth).toBeNull();
    expect(revoked.setCookie.length).toBeGreaterThan(0);
    for (const line of revoked.setCookie)
      expect(line).toMatch(/^deskree-auth-session[.\d]*=; Max-Age=0;/);
    expect(revoked.requestHeaders.get('cookie')).toBe('theme=dark');
  });

  it('writes plain http cookies without Secure', async () => {
    clock += 2 * 3600_000;
    const result = await refreshAuthCookies(
      requestWith({ cookie: cookieHeaderFor(session) }, 'http://127.0.0.1:3000/'),
      options,
    );
    expect(result.setCookie.length).toBeGreaterThan(0);
    for (const line of result.setCookie) expect(line).not.toContain('Secure');
  });
});
