#!/usr/bin/env node
// `npm run test:package`: what a user gets from `npm install deskree-auth-react`.
//
//  1. `npm run build`, `npm pack` -> tarball;
//  2. a fresh Vite + React app in a temp dir (outside the repo) from test/package/fixture/, depending on
//     the tarball (`file:`), react, react-dom, @tanstack/react-query, vite, @vitejs/plugin-react,
//     typescript; `npm install --prefer-offline`;
//  3. `tsc --noEmit` in the app (moduleResolution bundler, skipLibCheck off): every subpath's d.ts resolves;
//     the same for the subpaths file under NodeNext (Node ESM consumers);
//  4. Node imports the server-side entries through the package name (fixture/check-node.mjs);
//  5. `vite build`; the browser bundle holds none of the emulator's code and does hold the stylesheet;
//  6. the emulator from the installed package's bin (`--port 0`), an account seeded via the control API;
//  7. Chromium (playwright-core, /usr/bin/chromium) on the built app served by node:http: fill Email and
//     Password, click "Sign in", "Signed in as <email>" appears, survives a reload; no console errors;
//  8. the emulator exits 0 on SIGTERM.
//
// Prints `N passed, M failed`; exit code 1 on any failure. `--keep` leaves the temp dir in place.
// Environment: CHROMIUM_PATH (default /usr/bin/chromium).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import {
  assert,
  buildAndPack,
  createRun,
  launchRunChromium,
  root,
  run,
  startProcess,
  workDir,
} from './consumerHarness.mjs';

const fixture = join(root, 'test', 'package', 'fixture');
const keep = process.argv.includes('--keep');
// `--react 18`: the consumer app uses React 18, the other supported peer major (default: the repo's React).
const reactMajor = process.argv.includes('--react')
  ? process.argv[process.argv.indexOf('--react') + 1]
  : null;
const reactRange = (name, fallback) => (reactMajor ? `^${reactMajor}` : fallback);

// Markers that exist only in the emulator's code (dist/emulator/**): none may reach a browser bundle
// that does not import the emulator. Checked against dist/ below so a rename cannot make this vacuous.
const EMULATOR_MARKERS = [
  'INVALID_IDP_RESPONSE',
  'securetoken.google.com',
  'emulator-admin-token',
  'PBKDF2',
  '/emulator/v1',
];
const EMAIL = 'consumer@example.com';
const PASSWORD = 'correct-horse-battery';

const testRun = createRun();
const { check, cleanups } = testRun;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Copies the fixture; `*.tpl` files lose the suffix (they are kept out of the repo's own tsc and eslint). */
function copyFixture(target) {
  for (const file of walk(fixture)) {
    const to = join(target, relative(fixture, file)).replace(/\.tpl$/, '');
    mkdirSync(dirname(to), { recursive: true });
    cpSync(file, to);
  }
}

const MIME = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A tiny static server for the built app on 127.0.0.1, port 0. */
function serveStatic(dir) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = resolve(dir, `.${pathname}`);
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

/** Starts the installed bin with `--port 0` and waits for its "listening on" line. */
async function startEmulator(bin, cwd) {
  const server = startProcess(cleanups, bin, ['--port', '0'], {
    cwd,
    ready: /Deskree Auth emulator listening on (http:\/\/\S+) \(base URL (http:\/\/\S+)\)/,
    timeoutMs: 15_000,
  });
  const [, url, baseUrl] = await server.matched;
  return { ...server, url, baseUrl };
}

async function main() {
  const repoPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dev = repoPkg.devDependencies ?? {};
  const work = workDir(testRun, 'dar-package-', keep);
  const app = join(work, 'app');
  console.log(`deskree-auth-react package test (temp dir ${work})`);

  const tarball = await buildAndPack(testRun, work);

  await check(
    'dist/emulator holds every emulator marker (so the bundle check below means something)',
    () => {
      const emulatorCode = walk(join(root, 'dist', 'emulator'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      const missing = EMULATOR_MARKERS.filter((marker) => !emulatorCode.includes(marker));
      assert(missing.length === 0, `markers not found in dist/emulator: ${missing.join(', ')}`);
    },
  );

  await check('fresh Vite + React app installs the tarball', async () => {
    copyFixture(app);
    const range = (name, fallback) => dev[name] ?? fallback;
    const appPkg = {
      name: 'dar-consumer',
      private: true,
      version: '0.0.0',
      type: 'module',
      dependencies: {
        '@tanstack/react-query': range('@tanstack/react-query', '^5.0.0'),
        react: reactRange('react', range('react', '^19.0.0')),
        'react-dom': reactRange('react-dom', range('react-dom', '^19.0.0')),
        'deskree-auth-react': `file:${tarball}`,
      },
      devDependencies: {
        '@types/node': range('@types/node', '^20.19.0'),
        '@types/react': reactRange('@types/react', range('@types/react', '^19.0.0')),
        '@types/react-dom': reactRange('@types/react-dom', range('@types/react-dom', '^19.0.0')),
        '@vitejs/plugin-react': '^5.0.0',
        typescript: '~5.9.0',
        vite: '^7.0.0',
      },
    };
    writeFileSync(join(app, 'package.json'), `${JSON.stringify(appPkg, null, 2)}\n`);
    await run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: app, timeoutMs: 240_000 },
    );
    const installed = JSON.parse(
      readFileSync(join(app, 'node_modules', 'deskree-auth-react', 'package.json'), 'utf8'),
    );
    assert(
      installed.version === repoPkg.version,
      `installed version ${installed.version}, expected ${repoPkg.version}`,
    );
    assert(
      !existsSync(join(app, 'node_modules', 'deskree-auth-react', 'src')),
      'the tarball ships src/',
    );
    const react = JSON.parse(
      readFileSync(join(app, 'node_modules', 'react', 'package.json'), 'utf8'),
    );
    if (reactMajor)
      assert(
        react.version.startsWith(`${reactMajor}.`),
        `installed react ${react.version}, expected ${reactMajor}.x`,
      );
    console.log(`    (consumer app on react ${react.version})`);
  });

  // Independent of each other: run at once, report in order.
  const bin = (name) => join(app, 'node_modules', '.bin', name);
  const settled = (promise) => (promise.catch(() => {}), promise);
  const tscBundler = settled(run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: app }));
  const tscNodeNext = settled(
    run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.nodenext.json'], { cwd: app }),
  );
  const nodeImports = settled(
    run(process.execPath, ['check-node.mjs'], { cwd: app, timeoutMs: 60_000 }),
  );
  const viteBuild = settled(run(bin('vite'), ['build'], { cwd: app }));

  await check(
    'tsc --noEmit in the app (moduleResolution bundler, skipLibCheck false, every subpath)',
    () => tscBundler,
  );
  await check(
    'tsc --noEmit of src/subpaths.ts (every subpath) under module/moduleResolution NodeNext',
    () => tscNodeNext,
  );

  await check(
    'Node imports deskree-auth-react/emulator, /emulator/node, /emulator/vite, /core, /server by name',
    async () => {
      const out = await nodeImports;
      assert(out.includes('node entries ok'), out);
    },
  );

  const assets = await check('vite build of the app', async () => {
    await viteBuild;
    const files = walk(join(app, 'dist'));
    const js = files.filter((f) => f.endsWith('.js'));
    const css = files.filter((f) => f.endsWith('.css'));
    assert(js.length > 0, 'no JS emitted');
    assert(
      css.length > 0,
      'no CSS emitted: deskree-auth-react/styles.css did not reach the bundle',
    );
    return { js, css };
  });

  await check(
    'the browser bundle contains no emulator code, and does contain the kit and its stylesheet',
    () => {
      const code = assets.js.map((f) => readFileSync(f, 'utf8')).join('\n');
      const found = EMULATOR_MARKERS.filter((marker) => code.includes(marker));
      assert(found.length === 0, `emulator code in the browser bundle: ${found.join(', ')}`);
      assert(code.includes('sign-in-form'), 'SignInForm is not in the bundle');
      const css = assets.css.map((f) => readFileSync(f, 'utf8')).join('\n');
      assert(css.includes('.dar-root'), 'styles.css is not in the CSS bundle');
    },
  );

  const emulator = await check(
    'the installed bin starts the emulator on a free port (--port 0)',
    async () => {
      const emulatorBin = bin('deskree-auth-emulator');
      assert(existsSync(emulatorBin), `${emulatorBin} missing`);
      const server = await startEmulator(emulatorBin, app);
      assert(!/:0\b/.test(server.url), `printed port 0: ${server.url}`);
      assert(server.baseUrl === `${server.url}/api/v1/`, `base URL ${server.baseUrl}`);
      return server;
    },
  );

  await check('seed an account through POST /emulator/v1/accounts', async () => {
    const response = await fetch(`${emulator.url}/emulator/v1/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const body = await response.text();
    assert(response.status === 201, `status ${response.status}: ${body}`);
    assert(JSON.parse(body).data?.email === EMAIL, body);
  });

  const site = await check('serve the built app (node:http, 127.0.0.1, port 0)', async () => {
    const server = await serveStatic(join(app, 'dist'));
    cleanups.push(() => server.close());
    return server;
  });

  const browser = await check('launch Chromium', () => launchRunChromium(testRun));

  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const consoleErrors = [];
  const foreignRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.url) && !url.startsWith(emulator.url)) foreignRequests.push(url);
  });
  const appUrl = `${site.url}/?baseUrl=${encodeURIComponent(emulator.baseUrl)}`;

  await check(
    'the app renders the sign-in form, styled by deskree-auth-react/styles.css',
    async () => {
      await page.goto(appUrl);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      const primary = await page
        .locator('.dar-root')
        .first()
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--dar-color-primary').trim());
      assert(primary !== '', '.dar-root has no --dar-color-primary: the stylesheet is not applied');
    },
  );

  await check('sign in with Email and Password -> "Signed in as <email>"', async () => {
    await page.getByLabel('Email', { exact: true }).fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText(`Signed in as ${EMAIL}`).waitFor();
    await page.getByTestId('on-success').waitFor();
  });

  await check('the emulator served the sign-in (request log)', async () => {
    const response = await fetch(`${emulator.url}/emulator/v1/requests`);
    const { data } = await response.json();
    const signIns = data.filter((r) => r.method === 'POST' && r.path.endsWith('/sign-in/email'));
    assert(
      signIns.length === 1 && signIns[0].status === 200,
      `sign-in requests: ${JSON.stringify(signIns)}`,
    );
  });

  await check('the session survives a reload', async () => {
    await page.reload();
    await page.getByText(`Signed in as ${EMAIL}`).waitFor();
  });

  await check('no console errors, no requests beyond the app and the emulator', () => {
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
    assert(foreignRequests.length === 0, `unexpected requests:\n${foreignRequests.join('\n')}`);
  });

  await check('the emulator exits with 0 on SIGTERM', async () => {
    emulator.child.kill('SIGTERM');
    const { code, signal } = await Promise.race([
      emulator.exited,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no exit within 10s')), 10_000)),
    ]);
    assert(code === 0, `exit ${code ?? signal}\n${emulator.output()}`);
  });
}

await testRun.finish(main);
