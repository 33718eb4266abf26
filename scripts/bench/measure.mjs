// Shared measuring code for the size benchmarks (see docs/benchmarks.md).
//
// A scenario is a tiny consumer module (a few `export { … } from '…'` lines, so nothing it names can
// be tree-shaken away). esbuild bundles it the way an app's bundler would for the browser:
// minified, tree-shaken, `process.env.NODE_ENV = "production"`, ESM. What is external depends on
// the question asked (own code only, or everything but React). The JS output is gzipped with
// node:zlib at level 9 and reported in bytes.
import { build, version as esbuildVersion } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SRC = resolve(ROOT, 'src');
export const ESBUILD_VERSION = esbuildVersion;

/** React is always the app's: never counted. */
export const REACT_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*'];

export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
export const kB = (bytes) => (bytes == null ? '—' : (bytes / 1000).toFixed(1));

/**
 * Keeps our own layers out of a measurement: a relative import that leaves the importer's layer
 * into one of `layers` (e.g. `src/core`) is external. Used for the per-layer figures.
 */
function externalLayers(layers) {
  const dirs = layers.map((layer) => resolve(SRC, layer) + sep);
  return {
    name: 'external-layers',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        if (!args.importer) return undefined;
        const target = resolve(args.resolveDir, args.path);
        const hit = dirs.find((dir) => target.startsWith(dir) || `${target}${sep}` === dir);
        if (!hit || args.importer.startsWith(hit)) return undefined;
        return { path: args.path, external: true };
      });
    },
  };
}

/** The consumer module as a virtual entry point: code splitting needs `entryPoints`, not `stdin`. */
function consumerEntry(code, resolveDir) {
  return {
    name: 'consumer-entry',
    setup(b) {
      b.onResolve({ filter: /^consumer:entry$/ }, () => ({
        path: 'consumer.js',
        namespace: 'consumer',
      }));
      b.onLoad({ filter: /.*/, namespace: 'consumer' }, () => ({
        contents: code,
        resolveDir,
        loader: 'js',
      }));
    },
  };
}

/** esbuild options shared by `measure` and `scripts/bench/analyze.mjs`. */
export function buildOptions({
  code,
  resolveDir,
  external,
  externalLayers: layers = [],
  withCss = false,
}) {
  return {
    // A JS consumer: esbuild only reports a missing export to a JS importer (a TS one might mean a type).
    entryPoints: ['consumer:entry'],
    bundle: true,
    // As an app's bundler does: every `import()` becomes its own chunk, loaded when it runs.
    splitting: true,
    write: false,
    outdir: resolve(ROOT, 'bench/.out'),
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    metafile: true,
    ...(external === 'packages' ? { packages: 'external' } : { external: REACT_EXTERNALS }),
    plugins: [
      consumerEntry(code, resolveDir),
      ...(layers.length > 0 ? [externalLayers(layers)] : []),
    ],
    loader: withCss ? { '.css': 'css' } : { '.css': 'empty' },
  };
}

/**
 * The outputs of a split build a browser loads before the page runs: the entry chunk and, through
 * static `import` statements, the chunks it imports (transitively). `import()` targets are lazy.
 * Returns output paths relative to the metafile (`bench/.out/…`) → `{ firstLoad: Set, lazy: Set }`.
 */
export function firstLoadOutputs(metafile) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find(
    (path) => outputs[path].entryPoint && path.endsWith('.js'),
  );
  const firstLoad = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.pop();
    if (firstLoad.has(path)) continue;
    firstLoad.add(path);
    for (const { path: imported, kind, external } of outputs[path].imports)
      if (kind === 'import-statement' && !external && outputs[imported]) queue.push(imported);
  }
  const lazy = new Set(
    Object.keys(outputs).filter((path) => path.endsWith('.js') && !firstLoad.has(path)),
  );
  return { firstLoad, lazy };
}

/**
 * Bundles `code` as a consumer would and returns its first-load sizes in bytes: each chunk is
 * gzipped on its own, as a server sends it, and the first-load chunks are summed (`gzip`,
 * `minified`); the chunks behind `import()` are reported apart (`lazyGzip`, `lazyChunks`).
 *
 * @param {object} options
 * @param {string} options.code the consumer module
 * @param {string} options.resolveDir where its imports resolve from (whose node_modules)
 * @param {'react' | 'packages'} options.external `react`: only React is external (whole cost);
 *   `packages`: every npm package is external (our own code only)
 * @param {string[]} [options.externalLayers] our layers to leave out as well (`core`, `react`)
 * @param {boolean} [options.withCss] also bundle CSS imported by the consumer
 */
export async function measure(options) {
  const result = await build(buildOptions(options));
  const { firstLoad, lazy } = firstLoadOutputs(result.metafile);
  const byPath = new Map(result.outputFiles.map((f) => [relativeOutput(f.path), f.text]));
  const sizes = (paths) => {
    const texts = [...paths].map((path) => byPath.get(path) ?? '');
    return {
      minified: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      gzip: texts.reduce((sum, text) => sum + (text ? gzipSize(text) : 0), 0),
    };
  };
  const first = sizes(firstLoad);
  const later = sizes(lazy);
  const css = result.outputFiles
    .filter((f) => f.path.endsWith('.css'))
    .map((f) => f.text)
    .join('\n');
  return {
    minified: first.minified,
    gzip: first.gzip,
    firstLoadChunks: firstLoad.size,
    lazyChunks: lazy.size,
    lazyGzip: later.gzip,
    ...(css ? { cssMinified: Buffer.byteLength(css), cssGzip: gzipSize(css) } : {}),
    packages: topPackages(result.metafile, firstLoad),
    warnings: result.warnings.map((w) => w.text),
  };
}

/** An output file's path as the metafile names it (relative to the working directory). */
function relativeOutput(absolute) {
  return relative(process.cwd(), absolute).replaceAll('\\', '/');
}

/** A stylesheet (file path, or package specifier resolved from `resolveDir`), bundled, minified, gzipped. */
export async function measureCss(fileOrSpecifier, resolveDir = ROOT) {
  const result = await build({
    stdin: {
      contents: `@import ${JSON.stringify(fileOrSpecifier)};`,
      resolveDir,
      loader: 'css',
      sourcefile: 'consumer.css',
    },
    bundle: true,
    write: false,
    outdir: resolve(ROOT, 'bench/.out'),
    minify: true,
    logLevel: 'silent',
    loader: { '.woff': 'empty', '.woff2': 'empty', '.svg': 'empty', '.png': 'empty' },
  });
  const css = result.outputFiles.map((f) => f.text).join('\n');
  return { minified: Buffer.byteLength(css), gzip: gzipSize(css) };
}

/** Bytes (minified, pre-gzip) of the first load contributed per npm package and by our own source, largest first. */
function topPackages(metafile, firstLoad) {
  const totals = new Map();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!firstLoad.has(path)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.replaceAll('\\', '/'));
      const owner = match
        ? match[1]
        : input.startsWith('src/') || input.includes('/src/')
          ? '(own source)'
          : '(other)';
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]).slice(0, 8));
}

export function errorText(error) {
  if (error?.errors?.length) return error.errors.map((e) => e.text).join('; ');
  return String(error?.message ?? error);
}
