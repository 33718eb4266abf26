// What `npm run test:examples` checks against a running example (examples/nextjs,
// examples/react-router), over HTTP and in Chromium; scripts/test-examples.mjs installs, builds and
// starts each example and calls these in order. Every check is the same for both examples.
import { createServer } from 'node:net';
import { assert, startProcess } from './consumerHarness.mjs';

const EMAIL = 'example-user@example.com';
const PASSWORD = 'correct-horse-battery';
const ADMIN_TOKEN = 'example-admin-token';
const COOKIE = 'deskree-auth-session';

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/** Polls `url` until it answers (any status), at most `timeoutMs`. */
async function waitForHttp(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`, { cause: error });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function signedOutRequests(site) {
  const dashboard = await fetch(`${site}/dashboard`, { redirect: 'manual' });
  assert(
    dashboard.status >= 300 && dashboard.status < 400,
    `GET /dashboard signed out: ${dashboard.status}, expected a redirect`,
  );
  const location = new URL(dashboard.headers.get('location') ?? '', site);
  assert(location.pathname === '/sign-in', `redirected to ${location}`);
  const me = await fetch(`${site}/api/me`);
  assert(me.status === 401, `GET /api/me signed out: ${me.status}`);
}

/** The session cookies among `cookies` (`{ name, value }`), as the stored session they encode. */
function storedSessionOf(cookies) {
  const ordered = cookies
    .filter((cookie) => cookie.name.startsWith(COOKIE) && cookie.value !== '')
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  assert(ordered.length > 0, 'no deskree-auth-session cookie');
  return JSON.parse(Buffer.from(ordered.map((c) => c.value).join(''), 'base64url').toString());
}

const cookieHeaderOf = (cookies) =>
  cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');

/** The `exp` claim (epoch seconds) of an id token. */
const expiryOf = (idToken) =>
  JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()).exp;

/** Server-rendered HTML must never hold a token (a page is cached, logged, shared). */
function assertNoTokenIn(html, ...sessions) {
  const secrets = sessions.flatMap(({ session }) => [
    ['id token', session.idToken],
    ['refresh token', session.refreshToken],
  ]);
  for (const [what, secret] of [...secrets, ['admin token', ADMIN_TOKEN]])
    assert(!html.includes(secret), `the ${what} is in the server HTML`);
}

/** A response's `Set-Cookie` lines as `{ name, value, attributes }` (attribute names lower-cased). */
function setCookiesOf(response) {
  return response.headers.getSetCookie().map((line) => {
    const [pair, ...rest] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const attributes = Object.fromEntries(
      rest.map((part) => {
        const eq = part.indexOf('=');
        return eq < 0
          ? [part.toLowerCase(), true]
          : [part.slice(0, eq).toLowerCase(), part.slice(eq + 1)];
      }),
    );
    return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes };
  });
}

/** Fills and submits the prebuilt sign-in form on `page` (already on /sign-in), lands on /dashboard. */
async function submitSignIn(page, site, problems = []) {
  await page.getByLabel('Email', { exact: true }).fill(EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(`${site}/dashboard`).catch(async (error) => {
    const text = (await page.locator('body').innerText()).slice(0, 500);
    throw new Error(`${error.message}\npage: ${text}\nconsole: ${problems.join('\n')}`, {
      cause: error,
    });
  });
  await page.getByTestId('server-email').filter({ hasText: EMAIL }).waitFor();
}

export async function browserChecks(testRun, browser, site, emulator) {
  const { check, cleanups } = testRun;
  const context = await browser.newContext();
  cleanups.push(() => context.close());
  const problems = [];
  const watch = (page) => {
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error' || /hydrat/i.test(message.text()))
        problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400)
        problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(site) && !url.startsWith(emulator) && !url.startsWith('data:'))
        problems.push(`request outside the app and the emulator: ${url}`);
    });
    return page;
  };
  const page = watch(await context.newPage());
  const sessionCookies = async () =>
    (await context.cookies(site)).filter((cookie) => cookie.name.startsWith(COOKIE));

  await check(
    'sign in with the prebuilt form (styled without AuthRoot), land on /dashboard',
    async () => {
      await page.goto(`${site}/sign-in`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      const primary = await page
        .locator('[data-slot="sign-in-form"]')
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--dar-color-primary').trim());
      assert(primary !== '', 'the sign-in form is unstyled (no --dar-color-primary)');
      await submitSignIn(page, site, problems);
    },
  );

  const cookies = await check(
    'the session is in first-party cookies: SameSite=Lax, Path=/',
    async () => {
      const found = await sessionCookies();
      assert(found.length > 0, 'no deskree-auth-session cookie');
      for (const cookie of found) {
        assert(cookie.sameSite === 'Lax', `${cookie.name}: SameSite=${cookie.sameSite}`);
        assert(cookie.path === '/', `${cookie.name}: Path=${cookie.path}`);
        assert(!cookie.httpOnly, `${cookie.name} is HttpOnly`);
      }
      return found;
    },
  );
  const cookieHeader = cookieHeaderOf(cookies);
  const stored = storedSessionOf(cookies);

  await check(
    'the server HTML of /dashboard holds the email, the roles, and no token',
    async () => {
      const response = await fetch(`${site}/dashboard`, { headers: { cookie: cookieHeader } });
      const html = await response.text();
      assert(response.status === 200, `status ${response.status}`);
      assert(html.includes(EMAIL), 'the email is not in the server HTML');
      assert(/Roles: [^<]*admin/.test(html), 'the roles read on the server are not in the HTML');
      assertNoTokenIn(html, stored);
    },
  );

  await check(
    'the route handler answers the signed-in user (cookie) and a bearer token',
    async () => {
      for (const headers of [
        { cookie: cookieHeader },
        { authorization: `Bearer ${stored.session.idToken}` },
      ]) {
        const response = await fetch(`${site}/api/me`, { headers });
        const body = await response.json();
        assert(
          response.status === 200 && body.email === EMAIL,
          `${response.status} ${JSON.stringify(body)}`,
        );
      }
    },
  );

  await check(
    'a reload shows the signed-in state from the first paint: no loading, no flash',
    async () => {
      // Recorded from the first byte of the document: any loading or signed-out markup ever shown.
      await page.addInitScript(() => {
        const seen = (window.__darSeen = []);
        new MutationObserver(() => {
          for (const id of ['auth-loading', 'signed-out'])
            if (document.querySelector(`[data-testid="${id}"]`) && !seen.includes(id))
              seen.push(id);
        }).observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      await page.getByTestId('signed-in').filter({ hasText: EMAIL }).waitFor();
      // One more render pass after hydration and the storage read.
      await page.waitForFunction(() => document.readyState === 'complete');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const seen = await page.evaluate(() => window.__darSeen);
      assert(seen.length === 0, `shown during load: ${seen.join(', ')}`);
      assert(
        problems.length === 0,
        `console errors or hydration warnings:\n${problems.join('\n')}`,
      );
    },
  );

  await check(
    'sign-out clears the cookie in every tab; the server redirects /dashboard again',
    async () => {
      const other = watch(await context.newPage());
      await other.goto(`${site}/`);
      await other.getByTestId('signed-in').waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByTestId('signed-out').waitFor();
      await other.getByTestId('signed-out').waitFor();
      const left = await sessionCookies();
      assert(left.length === 0, `cookies left: ${left.map((c) => c.name).join(', ')}`);
      await page.goto(`${site}/dashboard`);
      await page.waitForURL(`${site}/sign-in`);
      assert(problems.length === 0, `console errors:\n${problems.join('\n')}`);
    },
  );
}

/**
 * The emulator from the example's installed bin on a free port, with the example user seeded.
 * Resolves with its origin, its API base URL and the user's uid.
 */
export async function startEmulator(testRun, bin, dir, extraArgs = []) {
  const started = startProcess(
    testRun.cleanups,
    bin('deskree-auth-emulator'),
    ['--port', '0', '--admin-token', ADMIN_TOKEN, ...extraArgs],
    {
      cwd: dir,
      ready: /listening on (http:\/\/\S+) \(base URL (http:\/\/\S+)\)/,
    },
  );
  const [, url, baseUrl] = await started.matched;
  const seeded = await fetch(`${url}/emulator/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD, emailVerified: true }),
  });
  const body = await seeded.text();
  assert(seeded.status === 201, `seeding: ${seeded.status} ${body}`);
  return { url, baseUrl, uid: JSON.parse(body).data.uid };
}

/** The app's environment for `emulator`: both examples read it at request time, not at build. */
export const appEnv = (spec, emulator) => ({
  ...spec.env,
  NODE_ENV: 'production',
  DESKREE_PROJECT_ID: 'demo',
  DESKREE_BASE_URL: emulator.baseUrl,
  DESKREE_JWKS_URL: `${emulator.url}/emulator/v1/jwks.json`,
  DESKREE_ADMIN_TOKEN: ADMIN_TOKEN,
});

/** Starts the built app (no rebuild) on a free port; resolves with its origin once it answers. */
export async function startApp(testRun, spec, bin, dir, env) {
  const port = await freePort();
  const [command, args] = spec.start(port);
  startProcess(testRun.cleanups, bin(command), args, {
    cwd: dir,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    ready: /./,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`);
  return url;
}

/** The emulator's log of `POST …/token/refresh` calls. */
async function refreshCalls(emulator) {
  const response = await fetch(`${emulator.url}/emulator/v1/requests`);
  assert(response.status === 200, `GET /emulator/v1/requests: ${response.status}`);
  const { data } = await response.json();
  return data.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/token/refresh'));
}

/**
 * "Someone whose tab was closed for an hour is rendered signed in": the same built app, pointed at
 * an emulator whose id tokens live `TOKEN_TTL_S` seconds, gets a request whose cookie holds an
 * expired id token and no browser that could refresh it. Only the server (Next.js proxy, React
 * Router root middleware → `refreshAuthCookies`) can then render the page signed in.
 */
const TOKEN_TTL_S = 4;
/** `DEFAULT_CLOCK_TOLERANCE_S` of src/server/verifyIdToken.ts: the server accepts a token this long after `exp`. */
const SERVER_CLOCK_TOLERANCE_S = 5;

export async function serverRefreshChecks(testRun, browser, spec, bin, dir) {
  const { check, cleanups } = testRun;
  const { emulator, site } = await check(
    `a second emulator (--token-ttl ${TOKEN_TTL_S}) and a second instance of the built app on it`,
    async () => {
      const shortLived = await startEmulator(testRun, bin, dir, [
        '--token-ttl',
        String(TOKEN_TTL_S),
      ]);
      return {
        emulator: shortLived,
        site: await startApp(testRun, spec, bin, dir, appEnv(spec, shortLived)),
      };
    },
  );

  const signedIn = await check(
    'sign in there, keep the session cookie, close the browser (no tab left to refresh it)',
    async () => {
      const context = await browser.newContext();
      cleanups.push(() => context.close());
      // The client refreshes a 4 s token after 2 s; until the context is closed that refresh must
      // not happen, so the only refresh the emulator ever sees is the server's.
      await context.route('**/token/refresh', (route) => route.abort());
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${site}/sign-in`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await submitSignIn(page, site);
      const cookies = (await context.cookies(site)).filter((c) => c.name.startsWith(COOKIE));
      await context.close();
      const stored = storedSessionOf(cookies);
      const expiresAt = expiryOf(stored.session.idToken) * 1000;
      assert(
        expiresAt - Date.now() <= TOKEN_TTL_S * 1000,
        `the id token expires in ${expiresAt - Date.now()} ms, not within ${TOKEN_TTL_S} s`,
      );
      const calls = await refreshCalls(emulator);
      assert(calls.length === 0, `the browser refreshed: ${JSON.stringify(calls)}`);
      return { cookieHeader: cookieHeaderOf(cookies), stored, expiresAt };
    },
  );

  await check(
    `the id token expires with no tab open (exp + ${SERVER_CLOCK_TOLERANCE_S} s server tolerance)`,
    async () => {
      // A deadline, not a guess: the server rejects the token as expired from this instant on.
      const due = signedIn.expiresAt + SERVER_CLOCK_TOLERANCE_S * 1000 + 500;
      assert(due - Date.now() < 30_000, `waiting until ${new Date(due).toISOString()}: too long`);
      while (Date.now() < due) await new Promise((r) => setTimeout(r, due - Date.now()));
    },
  );

  await check(
    'expired id token: the server refreshes it once, renders /dashboard signed in, sets the new cookie',
    async () => {
      const response = await fetch(`${site}/dashboard`, {
        headers: { cookie: signedIn.cookieHeader },
        redirect: 'manual',
      });
      const html = await response.text();
      assert(
        response.status === 200,
        `status ${response.status} (location: ${response.headers.get('location')})`,
      );
      assert(html.includes(EMAIL), 'the email is not in the server HTML');
      const written = setCookiesOf(response).filter((c) => c.name.startsWith(COOKIE));
      const kept = written.filter((c) => c.value !== '');
      assert(kept.length > 0, `no session Set-Cookie: ${JSON.stringify(written)}`);
      for (const cookie of written) {
        assert(cookie.attributes.samesite === 'Lax', `${cookie.name}: ${JSON.stringify(cookie)}`);
        assert(cookie.attributes.path === '/', `${cookie.name}: ${JSON.stringify(cookie)}`);
      }
      const stored = storedSessionOf(kept);
      assert(
        stored.session.idToken !== signedIn.stored.session.idToken,
        'the Set-Cookie holds the old id token',
      );
      const exp = expiryOf(stored.session.idToken) * 1000;
      assert(exp > Date.now(), `the new id token expired at ${new Date(exp).toISOString()}`);
      assertNoTokenIn(html, signedIn.stored, stored);
      const calls = await refreshCalls(emulator);
      assert(
        calls.length === 1 && calls[0].status === 200,
        `token/refresh calls: ${JSON.stringify(calls)}`,
      );
    },
  );

  await check(
    'revoked session (account deleted): /dashboard is redirected to /sign-in, its cookies deleted',
    async () => {
      const deleted = await fetch(`${emulator.url}/emulator/v1/accounts/${emulator.uid}`, {
        method: 'DELETE',
      });
      assert(deleted.status === 200, `DELETE account: ${deleted.status}`);
      // The first cookie again: its id token is long expired, its refresh token now revoked.
      const response = await fetch(`${site}/dashboard`, {
        headers: { cookie: signedIn.cookieHeader },
        redirect: 'manual',
      });
      assert(
        response.status >= 300 && response.status < 400,
        `status ${response.status}, expected a redirect`,
      );
      const location = new URL(response.headers.get('location') ?? '', site);
      assert(location.pathname === '/sign-in', `redirected to ${location}`);
      const written = setCookiesOf(response).filter((c) => c.name.startsWith(COOKIE));
      const sent = signedIn.cookieHeader.split('; ').map((pair) => pair.split('=')[0]);
      for (const name of sent) {
        const cookie = written.find((c) => c.name === name);
        assert(
          cookie && cookie.value === '' && cookie.attributes['max-age'] === '0',
          `${name} is not deleted: ${JSON.stringify(written)}`,
        );
      }
      const calls = await refreshCalls(emulator);
      assert(
        calls.length === 2 && calls[1].status === 400,
        `token/refresh calls: ${JSON.stringify(calls)}`,
      );
    },
  );
}
