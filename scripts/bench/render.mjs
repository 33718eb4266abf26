#!/usr/bin/env node
// `npm run bench:render`: render counts while typing, and time to mount the sign-in page, ours vs
// Supabase Auth UI, in real Chromium (docs/benchmarks.md, "Render counts and mount time").
//
//   node scripts/bench/render.mjs              writes bench/results.json `render` + results.md
//   node scripts/bench/render.mjs --no-write   print only
//   node scripts/bench/render.mjs --mounts 50  mounts per library for the median (default 40)
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorText, ROOT } from './measure.mjs';
import { launchChromium } from '../chromium.mjs';
import { bundle, ORIGIN, page, serve } from './tokens/browser.mjs';
import { writeSection } from './tokens/section.mjs';

const argv = process.argv.slice(2);
const args = new Set(argv);
const MOUNTS = Number(argv[argv.indexOf('--mounts') + 1]) || 40;
const WARMUP = 5;
const EMAIL = 'keystroke.benc@ex.io'; // 20 characters (checked below)
const PASSWORD = 'Correct-Horse-Bat-20';
const WORK_MODULES = resolve(ROOT, 'bench/.work/node_modules');
const DIR = resolve(ROOT, 'scripts/bench/render');

// One React: every `react`/`react-dom` import (ours, Supabase's, their subpaths) goes to the project's copy.
const REACT_ALIAS = {
  react: resolve(ROOT, 'node_modules/react'),
  'react-dom': resolve(ROOT, 'node_modules/react-dom'),
};

if (EMAIL.length !== 20 || PASSWORD.length !== 20)
  throw new Error(`typed strings must be 20 characters (${EMAIL.length}, ${PASSWORD.length})`);

/** `bench-sign-in`: AuthProvider + SignInForm from the root entry, as an app imports them. */
const signInModule = {
  name: 'bench-sign-in',
  setup(b) {
    b.onResolve({ filter: /^bench-sign-in$/ }, () => ({
      path: 'bench-sign-in',
      namespace: 'bench',
    }));
    b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
      contents: `export { AuthProvider, SignInForm } from ${JSON.stringify(resolve(ROOT, 'src/index.ts'))};`,
      loader: 'js', // a JS importer, so a missing export is an error (not a silently missing type)
      resolveDir: ROOT,
    }));
  },
};

/** Does src/index.ts export SignInForm yet? */
async function bundles(lib, development) {
  const entry = resolve(DIR, `${lib}-entry.tsx`);
  if (lib === 'ours') {
    const b = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: !development,
      jsx: 'automatic',
      define: {
        'process.env.NODE_ENV': JSON.stringify(development ? 'development' : 'production'),
      },
      alias: REACT_ALIAS,
      plugins: [signInModule],
      outdir: resolve(ROOT, 'bench/.out/render'),
      logLevel: 'silent',
    });
    const styles = await bundle(resolve(ROOT, 'src/components/styles.css'), { minify: true });
    return { js: b.outputFiles.find((f) => f.path.endsWith('.js')).text, css: styles.css };
  }
  return bundle(entry, {
    alias: REACT_ALIAS,
    nodePaths: [WORK_MODULES],
    minify: !development,
    development,
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 2) => Number(x.toFixed(d));

async function openPage(browser, files, { hook }) {
  const context = await browser.newContext();
  const html = page({ css: files.css }).replace(
    '<script type="module"',
    `${hook ? '<script src="/hook.js"></script>' : ''}<script type="module"`,
  );
  await serve(context, {
    '/': { type: 'text/html', body: html },
    '/app.js': { type: 'text/javascript', body: files.js },
    '/app.css': { type: 'text/css', body: files.css ?? '' },
    '/hook.js': { type: 'text/javascript', body: readFileSync(resolve(DIR, 'hook.js'), 'utf8') },
  });
  // Supabase's client points at localhost:1: answer instead of letting it time out.
  await context.route('http://localhost:1/**', (route) => route.fulfill({ status: 503, body: '' }));
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${ORIGIN}/`);
  await p.waitForFunction(() => window.bench !== undefined);
  return { context, page: p, errors };
}

/** Types EMAIL then PASSWORD one key at a time; counts after every key. */
async function typing(browser, files, lib) {
  const { context, page: p, errors } = await openPage(browser, files, { hook: true });
  try {
    await p.evaluate(() => window.bench.mount());
    await p.waitForTimeout(300); // provider initialisation, effects
    const fields =
      lib === 'ours'
        ? {
            email: p.getByLabel('Email', { exact: true }),
            password: p.getByLabel('Password', { exact: true }),
          }
        : {
            email: p.locator('input[name="email"]'),
            password: p.locator('input[name="password"]'),
          };
    const perField = {};
    const totals = { keystrokes: 0, profilerCalls: 0, rootRenders: 0, renders: {} };
    // The form root: ours is SignInForm. Supabase's <Auth> holds no field state and its build is
    // minified, so its form root is found structurally: the component that renders the <form>
    // (EmailAuth, which owns the email/password state).
    const owner = (await p.evaluate(() => window.bench.stats())).formOwner;
    const rootName = lib === 'ours' ? 'SignInForm' : owner;
    for (const [field, text] of [
      ['email', EMAIL],
      ['password', PASSWORD],
    ]) {
      await fields[field].click();
      await p.waitForTimeout(50);
      const perKey = [];
      for (const ch of text) {
        await p.evaluate(() => window.bench.reset());
        await p.keyboard.type(ch);
        // Let anything the keystroke scheduled (effects, microtasks, a frame) land before reading.
        const r = await p.evaluate(
          () =>
            new Promise((done) =>
              requestAnimationFrame(() =>
                setTimeout(
                  () => done({ profiler: window.bench.profiler(), stats: window.bench.stats() }),
                  0,
                ),
              ),
            ),
        );
        perKey.push({
          profilerCalls: r.profiler.calls,
          rootRenders: r.stats.renders[rootName] ?? 0,
          components: Object.values(r.stats.renders).reduce((a, b) => a + b, 0),
        });
        totals.keystrokes++;
        totals.profilerCalls += r.profiler.calls;
        totals.rootRenders += r.stats.renders[rootName] ?? 0;
        for (const [name, n] of Object.entries(r.stats.renders))
          totals.renders[name] = (totals.renders[name] ?? 0) + n;
      }
      const value = await fields[field].inputValue();
      perField[field] = {
        typed: text.length,
        valueOk: value === text,
        rootRenders: perKey.reduce((a, k) => a + k.rootRenders, 0),
        profilerCalls: perKey.reduce((a, k) => a + k.profilerCalls, 0),
        componentRenders: perKey.reduce((a, k) => a + k.components, 0),
        maxComponentRendersPerKey: Math.max(...perKey.map((k) => k.components)),
      };
    }
    const componentsPerKeystroke = Object.fromEntries(
      Object.entries(totals.renders)
        .sort((a, b) => b[1] - a[1])
        .map(([name, n]) => [name, round(n / totals.keystrokes, 2)]),
    );
    return {
      root:
        lib === 'ours' ? rootName : `${rootName} (minified name of the component rendering <form>)`,
      keystrokes: totals.keystrokes,
      rootRenders: totals.rootRenders,
      rootRendersPerKeystroke: round(totals.rootRenders / totals.keystrokes, 3),
      profilerOnRenderCalls: totals.profilerCalls,
      profilerOnRenderPerKeystroke: round(totals.profilerCalls / totals.keystrokes, 3),
      componentRenders: Object.values(totals.renders).reduce((a, b) => a + b, 0),
      componentRendersPerKeystroke: round(
        Object.values(totals.renders).reduce((a, b) => a + b, 0) / totals.keystrokes,
        2,
      ),
      perField,
      componentsPerKeystroke,
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}

/** Mounts the page WARMUP + MOUNTS times in fresh roots; medians of the measured ones. */
async function mounting(browser, files) {
  const { context, page: p, errors } = await openPage(browser, files, { hook: false });
  try {
    const samples = await p.evaluate(async (n) => {
      const out = [];
      for (let i = 0; i < n; i++) {
        out.push(window.bench.mount());
        await new Promise((r) => setTimeout(r, 20)); // effects, injected styles, a frame
        window.bench.unmount();
        await new Promise((r) => setTimeout(r, 5));
      }
      return out;
    }, WARMUP + MOUNTS);
    const measured = samples.slice(WARMUP);
    return {
      inputsAtCommit: Math.min(...measured.map((s) => s.inputs)),
      mounts: MOUNTS,
      warmup: WARMUP,
      firstMount: { commitMs: round(samples[0].commitMs), layoutMs: round(samples[0].layoutMs) },
      medianCommitMs: round(median(measured.map((s) => s.commitMs))),
      medianLayoutMs: round(median(measured.map((s) => s.layoutMs))),
      minLayoutMs: round(Math.min(...measured.map((s) => s.layoutMs))),
      maxLayoutMs: round(Math.max(...measured.map((s) => s.layoutMs))),
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}

async function measureLib(browser, lib) {
  console.log(`  ${lib}: bundling…`);
  const dev = await bundles(lib, true);
  const prod = await bundles(lib, false);
  console.log(
    `  ${lib}: typing ${EMAIL.length} + ${PASSWORD.length} characters (development React, render counts)…`,
  );
  const keys = await typing(browser, dev, lib);
  console.log(
    `    root <${keys.root}> renders: ${keys.rootRenders} in ${keys.keystrokes} keystrokes; Profiler onRender ${keys.profilerOnRenderPerKeystroke}/key; components ${keys.componentRendersPerKeystroke}/key`,
  );
  console.log(`  ${lib}: ${WARMUP} + ${MOUNTS} mounts (production React)…`);
  const mount = await mounting(browser, prod);
  console.log(
    `    median ${mount.medianCommitMs} ms to commit, ${mount.medianLayoutMs} ms to layout (first mount ${mount.firstMount.layoutMs} ms)`,
  );
  return { status: 'ok', typing: keys, mount, bundleBytes: { production: prod.js.length } };
}

const browser = await launchChromium();
const browserVersion = browser.version();
let ours;
let supabase;
try {
  console.log('Render benchmark (Chromium)');
  if (!existsSync(resolve(WORK_MODULES, '@supabase/auth-ui-react'))) {
    supabase = {
      status: 'pending',
      note: 'Supabase Auth UI is not installed in bench/.work: run `npm run bench` once (npm registry)',
    };
  } else {
    supabase = await measureLib(browser, 'supabase').catch((error) => ({
      status: 'error',
      error: errorText(error),
    }));
  }
  ours = await measureLib(browser, 'ours').catch((error) => ({
    status: 'error',
    error: errorText(error),
  }));
} finally {
  await browser.close();
}

const bothOk = ours.status === 'ok' && supabase.status === 'ok';
const section = {
  status: ours.status === 'ok' ? 'ok' : 'error',
  generatedAt: new Date().toISOString(),
  method: 'docs/benchmarks.md#render-counts-and-mount-time',
  environment: {
    browser: `Chromium ${browserVersion}`,
    react: JSON.parse(readFileSync(resolve(ROOT, 'node_modules/react/package.json'), 'utf8'))
      .version,
    typed: { email: EMAIL.length, password: PASSWORD.length },
  },
  summary: {
    oursRootRendersPerKeystroke: ours.typing?.rootRendersPerKeystroke ?? null,
    oursProfilerOnRenderPerKeystroke: ours.typing?.profilerOnRenderPerKeystroke ?? null,
    supabaseProfilerOnRenderPerKeystroke: supabase.typing?.profilerOnRenderPerKeystroke ?? null,
    oursMedianMountMs: ours.mount?.medianLayoutMs ?? null,
    supabaseMedianMountMs: supabase.mount?.medianLayoutMs ?? null,
    ...(bothOk
      ? {
          supabaseOverOursMount: round(supabase.mount.medianLayoutMs / ours.mount.medianLayoutMs),
          supabaseOverOursComponentRendersPerKeystroke: round(
            supabase.typing.componentRendersPerKeystroke / ours.typing.componentRendersPerKeystroke,
          ),
        }
      : {}),
  },
  ours,
  supabase,
};
console.log(JSON.stringify(section.summary, null, 2));
if (!args.has('--no-write')) {
  writeSection('render', section);
  console.log('Wrote the `render` section of bench/results.json and regenerated bench/results.md');
}
