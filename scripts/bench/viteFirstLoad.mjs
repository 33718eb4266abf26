// The sign-in page's first load as a Vite app build gets it (Vite 7 = Rollup + esbuild's minifier),
// next to the esbuild figure `npm run size` budgets. A cross-check, not a budget: esbuild puts code
// that an entry and one of its `import()` chunks share into a chunk of its own, which gzips alone
// (~0.4 kB more for the sign-in page); Rollup leaves it in the entry chunk, which is loaded anyway.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, version } from 'vite';
import { ROOT, gzipSize } from './measure.mjs';

/**
 * Builds `code` (a consumer module) with Vite, React external, and sums the gzip of the entry chunk
 * and the chunks it imports statically; `import()` chunks are counted apart, as lazy.
 * @param {string} code
 * @returns {Promise<{ gzip: number, minified: number, lazyGzip: number, lazyChunks: number, vite: string }>}
 */
export async function measureWithVite(code) {
  const dir = resolve(ROOT, 'bench/.out/vite');
  mkdirSync(dir, { recursive: true });
  const entry = resolve(dir, 'consumer.js');
  writeFileSync(entry, code);
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: 'esbuild',
      target: 'es2020',
      modulePreload: false,
      rollupOptions: {
        input: entry,
        external: (id) => /^react(-dom)?(\/|$)/.test(id),
        preserveEntrySignatures: 'exports-only',
      },
    },
  });
  const chunks = (Array.isArray(built) ? built[0] : built).output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const firstLoad = new Set();
  const queue = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (queue.length > 0) {
    const name = queue.pop();
    if (firstLoad.has(name)) continue;
    firstLoad.add(name);
    queue.push(...byName.get(name).imports.filter((imported) => byName.has(imported)));
  }
  const sum = (list, size) => list.reduce((total, chunk) => total + size(chunk.code), 0);
  const first = chunks.filter((chunk) => firstLoad.has(chunk.fileName));
  const lazy = chunks.filter((chunk) => !firstLoad.has(chunk.fileName));
  return {
    gzip: sum(first, gzipSize),
    minified: sum(first, (text) => text.length),
    lazyGzip: sum(lazy, gzipSize),
    lazyChunks: lazy.length,
    vite: version,
  };
}
