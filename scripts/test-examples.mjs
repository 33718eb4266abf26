#!/usr/bin/env node
// `npm run test:examples`: the server-rendered examples (examples/nextjs, examples/react-router) as a
// user runs them, from the packed tarball.
//
//  1. `npm run build`, `npm pack` (once for both examples);
//  2. per example, dependencies from its committed package-lock.json, installed once into
//     ~/.cache/deskree-auth-react/examples/<name>-<hash of package.json + lockfile + Node version>
//     (outside the clone) and reused while the lockfile is unchanged; the kit itself is replaced by
//     this run's tarball every time (its dependencies must match the lockfile: checked);
//  3. the example's sources copied in, the emulator started from the installed bin (--port 0),
//     the app built in production mode and started on a free port;
//  4. HTTP and Chromium (playwright-core, /usr/bin/chromium) checks: a signed-out request to
//     /dashboard is redirected by the server and /api/me answers 401; sign-in through the prebuilt
//     form; the session cookie (SameSite=Lax, Path=/); the server HTML of /dashboard holds the
//     user's email and no token; /api/me answers the user; a reload shows no loading or signed-out
//     state at any time and logs no hydration warning; sign-out clears the cookie in every tab and
//     the server redirects /dashboard again;
//  5. server-side refresh ("a tab closed for an hour is rendered signed in"): a second emulator with
//     4 s id tokens and a second instance of the built app on it (no rebuild: the examples read
//     DESKREE_* at request time); sign-in in a fresh context whose browser-side refresh is blocked,
//     the cookie kept and the context closed; once the id token is past `exp` + the server's 5 s
//     clock tolerance, a plain GET /dashboard with that cookie answers 200 with the email and no
//     token, a Set-Cookie (SameSite=Lax, Path=/) with a new unexpired id token, and exactly one
//     `token/refresh` in the emulator's request log; after the account is deleted the same request
//     is redirected to /sign-in and its session cookies are deleted (Max-Age=0).
//
// `--only nextjs|react-router` runs one; `--keep` leaves the temp dir; `--update-lockfiles` rewrites
// the examples' lockfiles for the current kit (after its dependencies change) and stops. Prints
// `N passed, M failed` and the time spent per example (install cold/warm, build, checks, server
// refresh). Environment: CHROMIUM_PATH, DAR_CACHE_DIR (default ~/.cache/deskree-auth-react).
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assert,
  buildAndPack,
  createRun,
  launchRunChromium,
  root,
  run,
  seconds,
  startProcess,
  workDir,
} from './consumerHarness.mjs';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const keep = argv.includes('--keep');
const updateLockfiles = argv.includes('--update-lockfiles');
const cacheRoot = join(
  process.env.DAR_CACHE_DIR ?? join(homedir(), '.cache', 'deskree-auth-react'),
  'examples',
);
const EMAIL = 'example-user@example.com';
const PASSWORD = 'correct-horse-battery';
const ADMIN_TOKEN = 'example-admin-token';
const COOKIE = 'deskree-auth-session';

/** What differs between the examples; the checks are the same. */
const EXAMPLES = {
  nextjs: {
    build: ['next', ['build']],
    start: (port) => ['next', ['start', '-p', String(port), '-H', '127.0.0.1']],
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
  'react-router': {
    build: ['react-router', ['build']],
    start: () => ['react-router-serve', ['./build/server/index.js']],
    env: {},
  },
};

const testRun = createRun();
const { check, cleanups } = testRun;
const timings = [];

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

function hashOf(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The example's dependencies, installed once per lockfile: a cache hit skips `npm ci` entirely.
 * Older installs of the same example are removed so the cache does not grow without bound.
 */
async function installedDir(name, tarball) {
  const source = join(root, 'examples', name);
  const pkg = readFileSync(join(source, 'package.json'));
  const lock = readFileSync(join(source, 'package-lock.json'));
  const dir = join(cacheRoot, `${name}-${hashOf(pkg, lock, process.version)}`);
  mkdirSync(cacheRoot, { recursive: true });
  for (const entry of readdirSync(cacheRoot))
    if (entry.startsWith(`${name}-`) && join(cacheRoot, entry) !== dir)
      rmSync(join(cacheRoot, entry), { recursive: true, force: true });
  const marker = join(dir, '.installed');
  if (existsSync(marker)) return { dir, cold: false };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), pkg);
  writeFileSync(join(dir, 'package-lock.json'), lock);
  cpSync(tarball, join(dir, 'deskree-auth-react.tgz'));
  await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    timeoutMs: 600_000,
  });
  writeFileSync(marker, new Date().toISOString());
  return { dir, cold: true };
}

/** Puts this run's sources and this run's kit into the installed directory. */
async function prepareApp(name, dir, tarball) {
  const keepNames = new Set(['node_modules', 'package.json', 'package-lock.json', '.installed']);
  for (const entry of readdirSync(dir))
    if (!keepNames.has(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
  const source = join(root, 'examples', name);
  const skip = new Set([
    'node_modules',
    '.next',
    'build',
    '.react-router',
    'deskree-auth-react.tgz',
  ]);
  for (const entry of readdirSync(source))
    if (!skip.has(entry) && !keepNames.has(entry))
      cpSync(join(source, entry), join(dir, entry), { recursive: true });
  cpSync(tarball, join(dir, 'deskree-auth-react.tgz'));
  const kit = join(dir, 'node_modules', 'deskree-auth-react');
  rmSync(kit, { recursive: true, force: true });
  mkdirSync(kit, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', kit, '--strip-components=1']);
  // The lockfile installed the kit's dependencies as they were when it was written: each one the kit
  // needs now must be there with the same range (one it no longer needs is only dead weight).
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const locked = lock.packages?.['node_modules/deskree-auth-react']?.dependencies ?? {};
  const current = JSON.parse(readFileSync(join(kit, 'package.json'), 'utf8')).dependencies ?? {};
  const stale = Object.entries(current).filter(([dep, range]) => locked[dep] !== range);
  assert(
    stale.length === 0,
    `examples/${name}/package-lock.json lacks the kit's ${stale.map(([dep, range]) => `${dep}@${range}`).join(', ')}: ` +
      'run `node scripts/test-examples.mjs --update-lockfiles` and commit the lockfiles',
  );
}

/**
 * `--update-lockfiles`: rewrites each example's package-lock.json for the current kit (resolved, not
 * installed), without the kit's integrity hash, which changes with every build.
 */
async function updateLockfile(name, tarball) {
  const source = join(root, 'examples', name);
  const scratch = mkdtempSync(join(tmpdir(), `dar-lock-${name}-`));
  try {
    cpSync(join(source, 'package.json'), join(scratch, 'package.json'));
    // Without the kit's entry npm reads the kit's dependencies from the tarball again.
    const previous = JSON.parse(readFileSync(join(source, 'package-lock.json'), 'utf8'));
    delete previous.packages['node_modules/deskree-auth-react'];
    writeFileSync(join(scratch, 'package-lock.json'), JSON.stringify(previous));
    cpSync(tarball, join(scratch, 'deskree-auth-react.tgz'));
    await run(
      'npm',
      ['install', '--package-lock-only', '--no-audit', '--no-fund', '--loglevel=error'],
      {
        cwd: scratch,
        timeoutMs: 600_000,
      },
    );
    const lock = JSON.parse(readFileSync(join(scratch, 'package-lock.json'), 'utf8'));
    delete lock.packages['node_modules/deskree-auth-react'].integrity;
    writeFileSync(join(source, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function signedOutRequests(site) {
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

async function browserChecks(browser, site, emulator) {
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
async function startEmulator(bin, dir, extraArgs = []) {
  const started = startProcess(
    cleanups,
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
const appEnv = (spec, emulator) => ({
  ...spec.env,
  NODE_ENV: 'production',
  DESKREE_PROJECT_ID: 'demo',
  DESKREE_BASE_URL: emulator.baseUrl,
  DESKREE_JWKS_URL: `${emulator.url}/emulator/v1/jwks.json`,
  DESKREE_ADMIN_TOKEN: ADMIN_TOKEN,
});

/** Starts the built app (no rebuild) on a free port; resolves with its origin once it answers. */
async function startApp(spec, bin, dir, env) {
  const port = await freePort();
  const [command, args] = spec.start(port);
  startProcess(cleanups, bin(command), args, {
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

async function serverRefreshChecks(browser, spec, bin, dir) {
  const { emulator, site } = await check(
    `a second emulator (--token-ttl ${TOKEN_TTL_S}) and a second instance of the built app on it`,
    async () => {
      const shortLived = await startEmulator(bin, dir, ['--token-ttl', String(TOKEN_TTL_S)]);
      return {
        emulator: shortLived,
        site: await startApp(spec, bin, dir, appEnv(spec, shortLived)),
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

async function runExample(name, tarball, browser) {
  const spec = EXAMPLES[name];
  const timing = { name };
  timings.push(timing);
  console.log(`\nexamples/${name}`);
  let t = Date.now();
  const { dir, cold } = await check(
    'dependencies from the committed lockfile (cached by its hash)',
    () => installedDir(name, tarball),
  );
  timing.install = `${seconds(Date.now() - t)} (${cold ? 'cold: npm ci' : 'warm: cache hit'})`;
  await check("this run's tarball and sources in place", () => prepareApp(name, dir, tarball));
  const bin = (command) => join(dir, 'node_modules', '.bin', command);

  const emulator = await check('the emulator from the installed bin (--port 0)', () =>
    startEmulator(bin, dir),
  );
  const env = appEnv(spec, emulator);

  t = Date.now();
  await check('production build', () =>
    run(bin(spec.build[0]), spec.build[1], { cwd: dir, env, timeoutMs: 600_000 }),
  );
  timing.build = seconds(Date.now() - t);

  t = Date.now();
  const site = await check('the built app serves on a free port', () =>
    startApp(spec, bin, dir, env),
  );
  await check('signed out: /dashboard is redirected by the server, /api/me answers 401', () =>
    signedOutRequests(site),
  );
  await browserChecks(browser, site, emulator.url);
  timing.checks = seconds(Date.now() - t);

  t = Date.now();
  await serverRefreshChecks(browser, spec, bin, dir);
  timing['server refresh'] = seconds(Date.now() - t);
}

async function main() {
  const names = only ? [only] : Object.keys(EXAMPLES);
  for (const name of names) assert(EXAMPLES[name], `unknown example ${name}`);
  const work = workDir(testRun, 'dar-examples-', keep);
  console.log(`deskree-auth-react examples (${names.join(', ')}; cache ${cacheRoot})`);
  const t = Date.now();
  const tarball = await buildAndPack(testRun, work);
  timings.push({ name: 'build + pack', total: seconds(Date.now() - t) });
  if (updateLockfiles) {
    for (const name of names)
      await check(`examples/${name}/package-lock.json rewritten for this kit`, () =>
        updateLockfile(name, tarball),
      );
    return;
  }
  const browser = await launchRunChromium(testRun);
  for (const name of names) {
    try {
      await runExample(name, tarball, browser);
    } finally {
      // Each example's servers stop before the next one builds (2 cores).
      await testRun.cleanUpTo(2);
    }
  }
}

await testRun.finish(main, () => [
  'Time:',
  ...timings.map(({ name, ...parts }) => {
    const text = Object.entries(parts).map(([key, value]) => `${key} ${value}`);
    return `  ${name}: ${text.join(', ')}`;
  }),
]);
