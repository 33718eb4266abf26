// Pages for the benchmarks' Chromium (scripts/chromium.mjs), served by request interception on a
// made-up origin, so nothing listens on a port, and `/api/v1/…` can be answered by an emulator
// running in Node: one emulator shared by several tabs, its request log counted in Node.
import { build } from 'esbuild';
import { ROOT } from '../measure.mjs';

// localhost is a secure context (Web Locks need one); nothing listens there: every request is intercepted.
export const ORIGIN = 'http://localhost:9';

/**
 * Bundles `entry` (a file, or `{ contents, resolveDir }`) into one browser script.
 * `alias` pins packages (React) to one copy; production React unless `development`.
 */
export async function bundle(
  entry,
  { alias = {}, minify = true, development = false, nodePaths = [] } = {},
) {
  const result = await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { loader: 'tsx', sourcefile: 'entry.tsx', ...entry } }),
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': JSON.stringify(development ? 'development' : 'production') },
    alias,
    nodePaths,
    loader: { '.css': 'css' },
    outdir: `${ROOT}/bench/.out/browser`,
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}

/** An HTML page that loads one module script (and optional CSS). */
export function page({ script = '/app.js', css = '' } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${css ? '<link rel="stylesheet" href="/app.css">' : ''}</head><body><div id="root"></div><script type="module" src="${script}"></script></body></html>`;
}

/**
 * Serves `files` (path → { body, type }) on ORIGIN inside `context`; `/api/v1/…` (and the emulator's
 * other paths when `emulator` is given) are answered by `emulator.handle` in Node.
 */
export async function serve(context, files, { emulator } = {}) {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const file = files[url.pathname];
    if (file) return route.fulfill({ status: 200, contentType: file.type, body: file.body });
    if (emulator && url.pathname.startsWith('/api/')) {
      const method = request.method();
      const body =
        method === 'GET' || method === 'HEAD' ? undefined : (request.postDataBuffer() ?? undefined);
      const response = await emulator.handle(
        new Request(url, { method, headers: await request.allHeaders(), body }),
      );
      return route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
}
