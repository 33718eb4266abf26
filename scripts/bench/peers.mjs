// Peer libraries measured the same way as our own scenarios (see docs/benchmarks.md).
//
// Other auth kits are installed at bench time into bench/.work/ (gitignored) with
// `npm install --prefix bench/.work --legacy-peer-deps --ignore-scripts`: React is external in every
// measurement, so peer dependencies are not needed, and nothing runs install scripts.
// Our own dependencies (react-query, react-hook-form, Radix, zod) are measured from the project's
// node_modules: the exact versions a sign-in page of ours ships.
// A peer that fails to install or bundle is recorded with its error; the run goes on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, errorText, measure, measureCss } from './measure.mjs';

export const WORK = resolve(ROOT, 'bench/.work');

/**
 * `packages`: what to install (bench/.work) or read (project); `code`: the consumer module, naming
 * what a typical sign-in integration imports; `css`: stylesheets shipped separately.
 */
export const PEERS = [
  {
    id: 'supabase',
    label: 'Supabase Auth UI <Auth/> + supabase-js',
    from: 'work',
    packages: ['@supabase/auth-ui-react', '@supabase/auth-ui-shared', '@supabase/supabase-js'],
    code: `export { Auth } from '@supabase/auth-ui-react';
export { ThemeSupa } from '@supabase/auth-ui-shared';
export { createClient } from '@supabase/supabase-js';`,
    kind: 'prebuilt UI',
  },
  {
    id: 'amplify',
    label: 'Amplify <Authenticator/> + aws-amplify',
    from: 'work',
    packages: ['@aws-amplify/ui-react', 'aws-amplify'],
    code: `export { Authenticator } from '@aws-amplify/ui-react';
export { Amplify } from 'aws-amplify';`,
    css: ['@aws-amplify/ui-react/styles.css'],
    kind: 'prebuilt UI',
  },
  {
    id: 'clerk',
    label: 'Clerk React <ClerkProvider/> + <SignIn/>',
    from: 'work',
    packages: ['@clerk/clerk-react'],
    code: `export { ClerkProvider, SignIn, useUser } from '@clerk/clerk-react';`,
    kind: 'prebuilt UI (loaded at runtime)',
    note: 'The UI itself is clerk-js, a script of several hundred kB fetched from Clerk’s CDN at runtime; it is not in this bundle.',
  },
  {
    id: 'auth0',
    label: 'Auth0 React <Auth0Provider/> + useAuth0',
    from: 'work',
    packages: ['@auth0/auth0-react'],
    code: `export { Auth0Provider, useAuth0, withAuthenticationRequired } from '@auth0/auth0-react';`,
    kind: 'hooks (hosted login page)',
    note: 'No sign-in form: Auth0 redirects to its hosted Universal Login page.',
  },
  {
    id: 'firebase',
    label: 'react-firebase-hooks + firebase/auth',
    from: 'work',
    packages: ['react-firebase-hooks', 'firebase'],
    code: `export { useAuthState, useSignInWithEmailAndPassword } from 'react-firebase-hooks/auth';
export { initializeApp } from 'firebase/app';
export { getAuth } from 'firebase/auth';`,
    kind: 'hooks (no UI)',
  },
  {
    id: 'betterAuth',
    label: 'better-auth client (better-auth/react)',
    from: 'work',
    packages: ['better-auth'],
    code: `export { createAuthClient } from 'better-auth/react';`,
    kind: 'hooks (no UI)',
  },
  {
    id: 'reactQuery',
    label: '@tanstack/react-query (our peer)',
    from: 'project',
    packages: ['@tanstack/react-query'],
    code: `export { QueryClient, QueryClientProvider, useQuery, useMutation, useQueryClient } from '@tanstack/react-query';`,
    kind: 'our dependency',
  },
  {
    id: 'reactHookForm',
    label: 'react-hook-form (our dependency)',
    from: 'project',
    packages: ['react-hook-form'],
    code: `export { useForm, useFormContext, useController, Controller, FormProvider, useFormState } from 'react-hook-form';`,
    kind: 'our dependency',
  },
  {
    id: 'radixDialog',
    label: '@radix-ui/react-dialog (our dependency)',
    from: 'project',
    packages: ['@radix-ui/react-dialog'],
    code: `export * from '@radix-ui/react-dialog';`,
    kind: 'our dependency',
  },
  {
    id: 'zodNamed',
    label: "zod: import { z } from 'zod'",
    from: 'project',
    packages: ['zod'],
    code: `import { z } from 'zod';
export const signIn = z.object({ email: z.string().email(), password: z.string().min(8) });`,
    kind: 'our dependency (import style)',
  },
  {
    id: 'zodNamespace',
    label: "zod: import * as z from 'zod'",
    from: 'project',
    packages: ['zod'],
    code: `import * as z from 'zod';
export const signIn = z.object({ email: z.email(), password: z.string().min(8) });`,
    kind: 'our dependency (import style)',
  },
  {
    id: 'zodMini',
    label: "zod/mini: import * as z from 'zod/mini'",
    from: 'project',
    packages: ['zod'],
    code: `import * as z from 'zod/mini';
export const signIn = z.object({ email: z.email(), password: z.string().check(z.minLength(8)) });`,
    kind: 'our dependency (import style)',
  },
];

function npm(args) {
  return spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Installs the peers into bench/.work. The first run takes the latest versions and records them in
 * bench/.work/package.json; later runs reinstall those (`fresh` takes the latest again).
 * Returns `{ name: error }` for packages that could not be installed.
 */
export function installPeers({ fresh = false, log = console.log } = {}) {
  mkdirSync(WORK, { recursive: true });
  const manifest = join(WORK, 'package.json');
  if (fresh || !existsSync(manifest)) {
    writeFileSync(
      manifest,
      `${JSON.stringify({ name: 'deskree-auth-bench-work', private: true, description: 'Scratch install for npm run bench (gitignored)' }, null, 2)}\n`,
    );
  }
  const recorded = JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {};
  const wanted = [...new Set(PEERS.filter((p) => p.from === 'work').flatMap((p) => p.packages))];
  const missing = wanted.filter((name) => !recorded[name]);
  const common = [
    '--prefix',
    WORK,
    '--legacy-peer-deps',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
  ];
  const failed = {};
  const fallbacks = {};
  if (fresh) writeFileSync(join(WORK, 'fallbacks.json'), '{}\n');
  if (Object.keys(recorded).length > 0) {
    log(
      `npm install --prefix bench/.work (recorded versions of ${Object.keys(recorded).length} packages)`,
    );
    const result = npm(['install', ...common]);
    if (result.status !== 0)
      log(
        `  install from bench/.work/package.json failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`,
      );
  }
  if (missing.length > 0) {
    log(`npm install --prefix bench/.work ${missing.join(' ')}`);
    const all = npm(['install', ...common, '--save', ...missing]);
    if (all.status !== 0) {
      // One at a time, so that one broken package does not take the others down.
      for (const name of missing) {
        const one = npm(['install', ...common, '--save', name]);
        if (one.status === 0) continue;
        const error = (
          /No matching version found for \S+/.exec(one.stderr)?.[0] ??
          one.stderr.trim().split('\n').slice(0, 3).join(' ')
        ).replace(/\.$/, '');
        const fallback = /ETARGET|notarget/.test(one.stderr)
          ? (installWithPatchOverride(name, one.stderr, common, manifest, log) ??
            installOlder(name, common, log))
          : null;
        if (fallback) fallbacks[name] = { version: fallback, reason: error };
        else failed[name] = error;
      }
    }
  }
  if (Object.keys(fallbacks).length > 0) {
    writeFileSync(
      join(WORK, 'fallbacks.json'),
      `${JSON.stringify({ ...readFallbacks(), ...fallbacks }, null, 2)}\n`,
    );
  }
  return failed;
}

/**
 * When only a transitive patch release is missing from the registry (`No matching version found for
 * x@^1.16.1` while 1.16.0 exists), keep the latest package and override x to the newest release with
 * the same major.minor. Anything bigger than a patch difference is not papered over.
 */
function installWithPatchOverride(name, stderr, common, manifest, log) {
  const match = /No matching version found for (@?[^@\s]+)@[\^~]?(\d+)\.(\d+)\.(\d+)/.exec(stderr);
  if (!match) return null;
  const [, dep, major, minor] = match;
  const view = npm(['view', `${dep}@~${major}.${minor}.0`, 'version', '--json']);
  if (view.status !== 0 || !view.stdout.trim()) return null;
  const found = [JSON.parse(view.stdout)].flat().at(-1);
  log(
    `  ${name}: ${dep}@${match[0].split('@').at(-1)} is missing here; overriding ${dep} to ${found}`,
  );
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  pkg.overrides = { ...pkg.overrides, [dep]: found };
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
  if (npm(['install', ...common, '--save', name]).status === 0) {
    return `${npm(['view', name, 'version']).stdout.trim()} (with ${dep} overridden to ${found})`;
  }
  delete pkg.overrides[dep];
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
  return null;
}

/**
 * The newest release whose dependency tree the registry can serve: when the latest version needs a
 * transitive version the registry does not have (ETARGET), older releases are tried, newest first.
 */
function installOlder(name, common, log, attempts = 8) {
  const view = npm(['view', name, 'versions', '--json']);
  if (view.status !== 0) return null;
  const stable = JSON.parse(view.stdout).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  const byNewest = stable.sort((a, b) => {
    const [x, y] = [a, b].map((v) => v.split('.').map(Number));
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
  });
  for (const version of byNewest.slice(1, 1 + attempts)) {
    log(`  ${name}@latest is not installable here; trying ${name}@${version}`);
    if (npm(['install', ...common, '--save', `${name}@${version}`]).status === 0) return version;
  }
  return null;
}

/** Packages installed at an older version than latest, and why (written by installPeers). */
export function readFallbacks() {
  try {
    return JSON.parse(readFileSync(join(WORK, 'fallbacks.json'), 'utf8'));
  } catch {
    return {};
  }
}

function installedVersion(name, from) {
  const base = from === 'work' ? WORK : ROOT;
  try {
    return JSON.parse(readFileSync(join(base, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  } catch {
    return null;
  }
}

/** Measures every peer; never throws. `installErrors` comes from installPeers. */
export async function measurePeers(installErrors = {}) {
  const results = {};
  const fallbacks = readFallbacks();
  for (const peer of PEERS) {
    const versions = Object.fromEntries(
      peer.packages.map((name) => [name, installedVersion(name, peer.from)]),
    );
    const older = peer.packages
      .filter((name) => fallbacks[name])
      .map(
        (name) =>
          `${name}@${fallbacks[name].version}, because the registry here has no ${fallbacks[name].reason.replace('No matching version found for ', '')}`,
      );
    const base = {
      label: peer.label,
      kind: peer.kind,
      versions,
      ...(peer.note ? { note: peer.note } : {}),
      ...(older.length ? { installNote: older.join('; ') } : {}),
    };
    const failedInstall = peer.packages.filter((name) => installErrors[name]);
    if (failedInstall.length > 0) {
      results[peer.id] = {
        ...base,
        status: 'error',
        error: `install failed: ${failedInstall.map((n) => `${n}: ${installErrors[n]}`).join('; ')}`,
      };
      continue;
    }
    try {
      const resolveDir = peer.from === 'work' ? WORK : ROOT;
      const m = await measure({ code: peer.code, resolveDir, external: 'react' });
      const entry = {
        ...base,
        status: 'ok',
        gzip: m.gzip,
        minified: m.minified,
        packages: m.packages,
      };
      for (const sheet of peer.css ?? []) {
        const css = await measureCss(sheet, resolveDir);
        entry.cssGzip = (entry.cssGzip ?? 0) + css.gzip;
        entry.cssMinified = (entry.cssMinified ?? 0) + css.minified;
      }
      results[peer.id] = entry;
    } catch (error) {
      results[peer.id] = { ...base, status: 'error', error: errorText(error) };
    }
  }
  return results;
}
