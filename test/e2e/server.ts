/**
 * The playground server and the browser launcher, without any vitest import, so the e2e
 * project's global setup (main process) can use them too.
 */
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { launchChromium } from '../../scripts/chromium.mjs';

const CONFIG_FILE = fileURLToPath(new URL('../../playground/vite.config.ts', import.meta.url));

/** The Chromium every e2e browser uses (path and flags in scripts/chromium.mjs). */
export { launchChromium };

export interface PlaygroundServer {
  origin: string;
  server: ViteDevServer;
  close(): Promise<void>;
}

/**
 * Starts the playground's Vite dev server (app + emulator) in this process on a free port, and
 * loads it once in Chromium so Vite pre-bundles React & co. before any test (a dependency found
 * late makes Vite reload the page mid-test).
 */
export async function startPlaygroundServer(): Promise<PlaygroundServer> {
  // The playground config picks the port before creating the emulator so mailed links carry it;
  // `0` asks it for any free port (passing `server.port` here would bypass that).
  process.env.PLAYGROUND_PORT = '0';
  const server = await createServer({
    configFile: CONFIG_FILE,
    logLevel: 'warn',
    // Other people edit the sources while tests run: no watcher, no HMR reloads mid-test.
    server: { hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address !== 'object')
    throw new Error('The playground did not start listening');
  const origin = `http://127.0.0.1:${address.port}`;

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(origin, { waitUntil: 'networkidle' });
    await page.getByRole('complementary', { name: 'Emulator outbox' }).waitFor();
  } finally {
    await browser.close();
  }
  return { origin, server, close: () => server.close() };
}
