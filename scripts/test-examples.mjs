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
//  4. HTTP and Chromium (playwright-core, /usr/bin/chromium) checks, in scripts/exampleChecks.mjs:
//     a signed-out request to /dashboard is redirected by the server and /api/me answers 401;
//     sign-in through the prebuilt form; the session cookie (SameSite=Lax, Path=/); the server HTML of /dashboard holds the
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
  workDir,
} from './consumerHarness.mjs';
import {
  appEnv,
  browserChecks,
  serverRefreshChecks,
  signedOutRequests,
  startApp,
  startEmulator,
} from './exampleChecks.mjs';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const keep = argv.includes('--keep');
const updateLockfiles = argv.includes('--update-lockfiles');
const cacheRoot = join(
  process.env.DAR_CACHE_DIR ?? join(homedir(), '.cache', 'deskree-auth-react'),
  'examples',
);

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
const { check } = testRun;
const timings = [];

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
    startEmulator(testRun, bin, dir),
  );
  const env = appEnv(spec, emulator);

  t = Date.now();
  await check('production build', () =>
    run(bin(spec.build[0]), spec.build[1], { cwd: dir, env, timeoutMs: 600_000 }),
  );
  timing.build = seconds(Date.now() - t);

  t = Date.now();
  const site = await check('the built app serves on a free port', () =>
    startApp(testRun, spec, bin, dir, env),
  );
  await check('signed out: /dashboard is redirected by the server, /api/me answers 401', () =>
    signedOutRequests(site),
  );
  await browserChecks(testRun, browser, site, emulator.url);
  timing.checks = seconds(Date.now() - t);

  t = Date.now();
  await serverRefreshChecks(testRun, browser, spec, bin, dir);
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
