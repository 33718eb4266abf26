#!/usr/bin/env node
// `npm run check:package`: is the package we would publish correct?
//
//  1. builds (`npm run build`) when dist/ is missing or older than src/ (or always with --build);
//  2. every export in package.json points at a built file;
//  3. `"use client"` opens every file from dist/react and dist/components, and nothing else;
//  4. every bare import in dist/ is a dependency, a peer dependency or a Node built-in
//     (react-hook-form, zod, jose, @radix-ui/* must stay `dependencies`, never devDependencies);
//  5. publint (errors and warnings fail);
//  6. @arethetypeswrong/cli with the esm-only profile (we ship ESM only; node16-ESM and bundler resolution);
//  7. `npm pack --dry-run --json`: no tests, stories, playground, fixtures or source maps in the tarball;
//  8. Node imports every JS entry through the package's own name (exports map, `.js` specifiers, externals).
//
// Exit code 1 when any check fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];

const fail = (message) => {
  failures.push(message);
  console.log(`  ✗ ${message}`);
};
const ok = (message) => console.log(`  ✓ ${message}`);
const section = (title) => console.log(`\n${title}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.error) throw result.error;
  return result;
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function newestMtime(dir) {
  return Math.max(0, ...walk(dir).map((file) => statSync(file).mtimeMs));
}

// 1. Build when needed.
section('Build');
const mustBuild =
  process.argv.includes('--build') ||
  !existsSync(join(dist, 'index.js')) ||
  newestMtime(join(root, 'src')) > statSync(join(dist, 'index.js')).mtimeMs ||
  statSync(join(root, 'package.json')).mtimeMs > statSync(join(dist, 'index.js')).mtimeMs;
if (mustBuild) {
  const build = run('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('\nThe build failed; nothing else was checked.');
    process.exit(1);
  }
  ok('built dist/');
} else {
  ok('dist/ is newer than src/ (pass --build to rebuild anyway)');
}

// 2. Every export target exists.
section('Exports');
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  const targets = typeof target === 'string' ? [target] : Object.values(target);
  const missing = targets.filter((file) => !existsSync(join(root, file)));
  if (missing.length === 0) ok(`${subpath} -> ${targets.join(', ')}`);
  else fail(`${subpath}: missing ${missing.join(', ')}`);
}
for (const [name, file] of Object.entries(pkg.bin ?? {})) {
  if (existsSync(join(root, file))) ok(`bin ${name} -> ${file}`);
  else fail(`bin ${name}: ${file} does not exist`);
}
const launcher = Object.values(pkg.bin ?? {})[0];
if (launcher && existsSync(join(root, launcher))) {
  const text = readFileSync(join(root, launcher), 'utf8');
  for (const [, spec] of text.matchAll(/from\s+['"](\.[^'"]+)['"]/g)) {
    const target = resolve(root, launcher, '..', spec);
    if (existsSync(target)) ok(`bin imports ${relative(root, target)}`);
    else fail(`bin imports ${spec}, which the build did not produce`);
  }
}

// 3. "use client" on the component and hook modules only: never on a barrel (index.js) or a plain
//    module, so server code can import plain functions from every entry; always where React is used.
section('"use client"');
const jsFiles = walk(dist).filter((file) => file.endsWith('.js'));
const CLIENT_IMPORT =
  /(?:^|[\s;])(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?['"](react|react-dom|react\/jsx-runtime|@tanstack\/react-query|react-hook-form|@hookform\/resolvers[^'"]*|@radix-ui\/[^'"]+)['"]/m;
let clientCount = 0;
for (const file of jsFiles) {
  const rel = relative(dist, file);
  const text = readFileSync(file, 'utf8');
  const inClientLayer = rel.startsWith('react/') || rel.startsWith('components/');
  const hasDirective = /^\s*['"]use client['"]/.test(text);
  const usesReact = CLIENT_IMPORT.test(text);
  if (usesReact && !hasDirective) fail(`dist/${rel} uses React but lacks "use client"`);
  if (hasDirective && !inClientLayer)
    fail(`dist/${rel} has "use client" but is not a React module`);
  if (hasDirective && rel.endsWith('index.js'))
    fail(
      `dist/${rel} is a barrel: "use client" there turns its plain exports into client references`,
    );
  if (hasDirective) clientCount += 1;
}
ok(
  `${clientCount} client module(s) marked; ${jsFiles.length - clientCount} barrel, plain or framework-free module(s) unmarked`,
);

// 4. Bare imports in dist/ are dependencies or peers.
section('Imports of the built files');
const allowed = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]);
const builtins = new Set(builtinModules);
const packageName = (spec) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
const used = new Map();
for (const file of jsFiles) {
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(
    /(?:^|[\s;])(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm,
  )) {
    if (!spec || spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
    const name = packageName(spec);
    if (!used.has(name)) used.set(name, new Set());
    used.get(name).add(relative(dist, file));
  }
}
for (const [name, files] of [...used].sort()) {
  if (allowed.has(name)) ok(`${name} (${pkg.dependencies?.[name] ? 'dependency' : 'peer'})`);
  else
    fail(
      `${name} is imported by ${[...files].slice(0, 3).join(', ')} but is not a dependency or peer`,
    );
}
for (const name of ['react-hook-form', 'zod', 'jose']) {
  if (pkg.devDependencies?.[name] && !pkg.dependencies?.[name])
    fail(`${name} must be a dependency, not a devDependency`);
}
for (const name of Object.keys(pkg.devDependencies ?? {}).filter((n) =>
  n.startsWith('@radix-ui/'),
)) {
  if (!pkg.dependencies?.[name]) fail(`${name} must be a dependency, not a devDependency`);
}

// 5. publint.
section('publint');
{
  const { messages } = await publint({
    pkgDir: root,
    level: 'warning',
    strict: false,
    pack: 'npm',
  });
  for (const m of messages) {
    const text = formatMessage(m, pkg) ?? m.code;
    if (m.type === 'suggestion') console.log(`  · suggestion: ${text}`);
    else fail(`publint ${m.type}: ${text}`);
  }
  if (!messages.some((m) => m.type !== 'suggestion')) ok('no errors or warnings');
}

// 6. Are the types wrong? (esm-only: node16-ESM and bundler resolution must both find the types.)
section('@arethetypeswrong/cli --profile esm-only');
{
  const exclude = ['./styles.css', './package.json'];
  const attw = run(join(root, 'node_modules/.bin/attw'), [
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--format',
    'table',
    '--no-emoji',
    '--no-color',
    '--exclude-entrypoints',
    ...exclude,
  ]);
  const out = `${attw.stdout}${attw.stderr}`.trim();
  console.log(
    out
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n'),
  );
  if (attw.status === 0) ok('no problems');
  else fail(`attw exited with ${attw.status}`);
}

// 7. What npm would publish.
section('npm pack --dry-run');
{
  const packed = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  if (packed.status !== 0) {
    fail(`npm pack failed: ${packed.stderr}`);
  } else {
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
    const paths = info.files.map((f) => f.path);
    const FORBIDDEN = [
      [/(^|\/)(test|tests|__tests__)\//, 'tests'],
      [/\.(test|spec)\.[cm]?[jt]sx?$/, 'tests'],
      [/(^|\/)stories\/|\.stories\.[cm]?[jt]sx?$/, 'stories'],
      [/(^|\/)\.storybook\//, 'storybook config'],
      [/(^|\/)playground\//, 'playground'],
      [/(^|\/)(fixtures|__fixtures__)\//, 'fixtures'],
      [/\.map$/, 'source maps'],
      [/^src\//, 'sources'],
      [/^bench\//, 'benchmarks'],
      [/(^|\/)\.env/, 'env files'],
    ];
    let bad = 0;
    for (const path of paths) {
      for (const [pattern, what] of FORBIDDEN) {
        if (pattern.test(path)) {
          fail(`tarball contains ${what}: ${path}`);
          bad += 1;
          break;
        }
      }
    }
    for (const required of [
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      ...Object.values(pkg.bin ?? {}).map((p) => p.replace(/^\.\//, '')),
    ]) {
      if (!paths.includes(required)) fail(`tarball lacks ${required}`);
    }
    if (bad === 0)
      ok(
        `${paths.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked; no tests, stories, playground, fixtures or maps`,
      );
  }
}

// 8. Every JS entry loads in Node by the package name (self-reference through the exports map).
section('Node imports every entry');
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  if (typeof target === 'string') continue;
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const probe = run(process.execPath, [
    '--input-type=module',
    '-e',
    `const m = await import(${JSON.stringify(specifier)}); console.log(Object.keys(m).length);`,
  ]);
  if (probe.status === 0) ok(`${specifier} (${probe.stdout.trim()} exports)`);
  else
    fail(
      `import(${JSON.stringify(specifier)}) failed: ${probe.stderr.trim().split('\n').slice(0, 4).join(' ')}`,
    );
}

console.log('');
if (failures.length > 0) {
  console.log(`check:package FAILED (${failures.length} problem(s))`);
  process.exit(1);
}
console.log('check:package passed');
