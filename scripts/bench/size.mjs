#!/usr/bin/env node
// `npm run size`: our own bundle-size budgets. No network, no peers, ~1 s. Exit 1 when a budget is
// exceeded or a budgeted scenario fails to bundle.
//
// Sizes are what a consumer's bundler ships on first load (esbuild with code splitting: the entry
// chunk and the chunks it imports statically; `import()` chunks are reported as lazy, outside the
// budgets): see docs/benchmarks.md. `npm run bench` runs the same
// scenarios plus the peers and writes bench/results.{json,md}.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SRC, errorText, kB, measure, measureCss } from './measure.mjs';

const src = (file) => JSON.stringify(resolve(SRC, file));

/** Translation tables an app ships only if it imports them (`en` is the default and always counts). */
const OPTIONAL_LOCALES = /^\.\/i18n\/(fr|es|de|locales)\.js$/;

/**
 * Every value export of `src/components/index.ts` except the optional translation tables: the
 * components' own code. The tables are data, one per language an app chooses; `locales` weighs them.
 */
function componentsWithoutOptionalLocales() {
  const index = readFileSync(resolve(SRC, 'components/index.ts'), 'utf8');
  if (/^export\s*\*/m.test(index))
    throw new Error(
      'components/index.ts: list exports by name, the components scenario reads them',
    );
  return [...index.matchAll(/^export\s*\{([^}]*)\}\s*from\s*'([^']+)';/gm)]
    .filter(([, , from]) => !OPTIONAL_LOCALES.test(from))
    .map(([, names, from]) => `export {${names}} from ${src(`components/${from.slice(2)}`)};`)
    .join('\n');
}

/**
 * Our scenarios. `budget` is in bytes of gzip; scenarios without one are informational.
 * `external: 'packages'` = our own code only (every npm dependency external);
 * `external: 'react'` = the whole cost, dependencies included, only React external.
 */
export const OWN_SCENARIOS = [
  {
    id: 'core',
    label: 'core + session (own code)',
    code: `export * from ${src('core/index.ts')};`,
    external: 'packages',
    // The target is 5 kB and is NOT met (11.0 kB: client + zod/mini schemas, session engine with
    // single-flight, cross-tab and Web Locks, OAuth helpers, cookie storage). Until it is, CI holds
    // the line where it stands so the core cannot grow unnoticed; `target` is reported next to it.
    // Was 9.0 kB at 8.6 kB. Growth: the engine rebuilt as modules under 200 lines with the server
    // clock, full redaction, initialSession and AbortSignal helpers below the browser floor
    // (+1.5 kB, issues 13/16), and the cookie storage adapter (issue 10:
    // chunked base64url session cookies shared with the server entry, +0.9 kB), then the tolerant
    // reader for the hosted service's no-content answers and nested error envelopes, and the
    // provider_disabled code (issue 9, +0.3 kB: 11.6 kB).
    // Issue 14: the 15 endpoints became standalone functions over a request core (`createAuthApi`)
    // so pages tree-shake the ones they never call; this scenario exports all of them and the
    // bound `createAuthClient` besides, +0.3 kB (11.9 kB). The 5 kB target is out of reach without
    // dropping behaviour: the floor of what an app needs (`coreMinimal`: request core, engine, one
    // endpoint) is 8.2 kB, the engine alone 6.2 kB; breakdown in docs/benchmarks.md. The 5 kB holds
    // for the client below. The z.custom readers of issue 14 and the TypeError for an unknown
    // storage name cost +0.05 kB here (12.0 kB, 11,955 bytes).
    budget: 12_000,
    target: 5_000,
  },
  {
    id: 'client',
    label:
      'client: createAuthClient + AuthError + isAuthError (request core, 15 endpoints, errors)',
    // Issue 14's 5 kB for the core, met by the framework-free client every layer builds on; the
    // session engine on top of it cannot fit (see `core` above and docs/benchmarks.md).
    code: `export { createAuthClient, AuthError, isAuthError } from ${src('core/index.ts')};`,
    external: 'packages',
    budget: 5_000,
  },
  {
    id: 'hooks',
    label: 'provider + hooks (own code of src/react, core external)',
    code: `export * from ${src('react/index.ts')};`,
    external: 'packages',
    externalLayers: ['core'],
    budget: 8_000,
  },
  {
    id: 'components',
    label: 'all components (own code of src/components with en, hooks + core external)',
    code: componentsWithoutOptionalLocales(),
    external: 'packages',
    externalLayers: ['core', 'react'],
    budget: 20_000,
  },
  {
    id: 'signInPage',
    label: 'sign-in page, first load: AuthProvider + SignInForm with every dependency but React',
    code: `export { AuthProvider, SignInForm } from ${src('index.ts')};`,
    external: 'react',
    // Issue 14 (target 40 kB) brings it down step by step; each step lowers this line.
    // Issue 12 added 2.0 kB on purpose: the provider marks on the OAuth buttons (1.2 kB, inline
    // SVG), the signed-in notice/redirect (0.7 kB) and the pending-invitation lookup (0.3 kB);
    // issue 14's later steps took 1.7 kB back (43.4 kB); issue 9's account-change and
    // emailChanged handling added 0.6 kB (44.0 kB).
    // Provider marks behind import(), loaded when a button mounts: -1.0 kB (43.0 kB).
    // The OAuth start keeps only what its request needs up front, the rest is in the flow chunk: -0.1 kB.
    // The lazy OAuth chunk checks its pending record without zod, so zod stays in the first chunk
    // instead of a shared one (each chunk gzips alone): -0.3 kB (42.7 kB).
    // A card outside AuthRoot is its own scope without AuthRoot, Slot-merging and a MessagesProvider
    // that reset the parts inside to English: -0.2 kB (42.5 kB).
    // Each screen reads only its English slices (i18n/en/*), not the whole table: -0.9 kB (42.0 kB).
    // Both of the above together: 41.6 kB.
    // Endpoints as standalone functions: the provider keeps a bare request core, the forms call
    // only sign-in, the email lookup and the OAuth URL (the idp exchange moved to the lazy chunk):
    // -1.7 kB minified but only -0.04 kB gzip (the 11 unused endpoints compressed well): 41.5 kB.
    // wire.ts's response schemas marked pure, so only the parsed ones ship (-0.12 kB); the idp
    // schema next to its endpoint, in the OAuth chunk (-0.04 kB); one base64url decoder for the
    // cookie and the id token (-0.03 kB): 41.35 kB.
    // The response fields on the page's path (expiresIn, the error body, the sign-in methods)
    // read with `z.custom` predicates instead of zod's union and array types: -0.55 kB (40.8 kB).
    // The stored session's version, nullable fields and expiresAt the same way instead of zod's
    // literal, nullable and positive number: -0.44 kB (40.4 kB).
    // Cookie storage moved from AuthProvider's storage="cookie" to its own CookieAuthProvider, so a
    // page that keeps the session in localStorage no longer ships the cookie adapter: -0.8 kB
    // (39.6 kB). Issue 14's 40 kB is met; the budget is that target.
    budget: 40_000,
  },
  // Informational: where the weight sits.
  {
    id: 'coreTypical',
    label: 'core as an app uses it: createAuthClient + createAuthSession + isAuthError',
    code: `export { createAuthClient, createAuthSession, isAuthError } from ${src('core/index.ts')};`,
    external: 'packages',
  },
  {
    id: 'coreMinimal',
    label: 'core at its floor: createAuthApi + createAuthSession + signInWithEmail + isAuthError',
    // What a framework-free sign-in needs with the standalone endpoints; see docs/benchmarks.md.
    code: `export { createAuthApi, createAuthSession, signInWithEmail, isAuthError } from ${src('core/index.ts')};`,
    external: 'packages',
  },
  {
    id: 'hooksLayer',
    label: 'src/react alone (core external)',
    code: `export * from ${src('react/index.ts')};`,
    external: 'packages',
    externalLayers: ['core'],
  },
  {
    id: 'componentsWithDeps',
    label: 'all components with hooks + core (own code)',
    code: `export * from ${src('components/index.ts')};`,
    external: 'packages',
  },
  {
    id: 'locales',
    label: 'the optional translation tables fr + es + de (each app ships the ones it imports)',
    code: `export { fr, es, de } from ${src('components/index.ts')};`,
    external: 'packages',
  },
  {
    id: 'componentsLayer',
    label: 'src/components alone (react + core external)',
    code: `export * from ${src('components/index.ts')};`,
    external: 'packages',
    externalLayers: ['core', 'react'],
  },
  {
    id: 'rootAll',
    label: 'root entry, everything, dependencies included (upper bound of any page)',
    code: `export * from ${src('index.ts')};`,
    external: 'react',
  },
];

export const STYLES = resolve(SRC, 'components/styles.css');

/** Measures every own scenario; never throws. */
export async function measureOwn() {
  const results = {};
  for (const scenario of OWN_SCENARIOS) {
    const base = {
      label: scenario.label,
      external: scenario.external === 'react' ? 'react only' : 'all npm packages',
      budget: scenario.budget ?? null,
    };
    try {
      const m = await measure({
        code: scenario.code,
        resolveDir: ROOT,
        external: scenario.external,
        externalLayers: scenario.externalLayers,
      });
      const status = scenario.budget == null ? 'info' : m.gzip <= scenario.budget ? 'ok' : 'over';
      results[scenario.id] = {
        ...base,
        status,
        gzip: m.gzip,
        minified: m.minified,
        firstLoadChunks: m.firstLoadChunks,
        lazyGzip: m.lazyGzip,
        lazyChunks: m.lazyChunks,
        packages: m.packages,
      };
    } catch (error) {
      results[scenario.id] = { ...base, status: 'error', error: errorText(error) };
    }
  }
  try {
    const css = await measureCss(STYLES);
    results.styles = {
      label: 'styles.css (minified)',
      external: 'n/a',
      budget: null,
      status: 'info',
      gzip: css.gzip,
      minified: css.minified,
    };
  } catch (error) {
    results.styles = {
      label: 'styles.css',
      external: 'n/a',
      budget: null,
      status: 'error',
      error: errorText(error),
    };
  }
  return results;
}

export function formatOwnTable(results) {
  const rows = Object.entries(results).map(([id, r]) => {
    const size = r.gzip != null ? `${kB(r.gzip)} kB` : r.status;
    const budget = r.budget != null ? `${kB(r.budget)} kB` : '';
    const mark = { ok: 'ok', over: 'OVER BUDGET', error: 'ERROR', info: '' }[r.status];
    const later = r.lazyChunks ? `${kB(r.lazyGzip)} kB (${r.lazyChunks})` : '';
    return [
      id,
      r.label,
      size,
      r.minified != null ? `${kB(r.minified)} kB` : '',
      later,
      budget,
      mark,
    ];
  });
  const head = ['id', 'scenario', 'gzip', 'minified', 'lazy gzip (chunks)', 'budget', ''];
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Exit status for CI: 1 when a budgeted scenario is over budget or does not build. */
export function budgetFailures(results) {
  return Object.entries(results)
    .filter(([, r]) => r.status === 'over' || (r.status === 'error' && r.budget != null))
    .map(([id, r]) =>
      r.status === 'over' ? `${id}: ${kB(r.gzip)} kB > ${kB(r.budget)} kB` : `${id}: ${r.error}`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await measureOwn();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    console.log(
      `Own bundle sizes, first load (esbuild, splitting, minified, gzip -9 per chunk, React external; kB = 1000 bytes)\n`,
    );
    console.log(formatOwnTable(results));
    for (const [id, r] of Object.entries(results)) {
      if (r.status === 'error') console.log(`\nerror ${id}: ${r.error}`);
    }
  }
  const failures = budgetFailures(results);
  if (failures.length > 0) {
    console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}
