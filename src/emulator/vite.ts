/**
 * `deskreeEmulator()`: serves the emulator from the Vite dev (and preview) server, so an app can
 * use `baseUrl: '/api/v1/'`-style same-origin URLs with no extra process and no CORS.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { createEmulator } from './index.js';
import type { Emulator, EmulatorOptions } from './types.js';
import { createNodeListener, withDataFile } from './nodeListener.js';
import { INBOX_PATH } from './inboxPage.js';

/**
 * Emulator options plus `dataFile`. `publicOrigin` defaults to the dev server's origin (its first
 * local URL, or `server.origin`); `authorizedDomains`, `controlOrigins`, `controlToken` work as in
 * `createEmulator`.
 */
export interface DeskreeEmulatorPluginOptions extends EmulatorOptions {
  /** File to persist accounts and keys across dev-server restarts (journaled, 0600; see docs/emulator.md). */
  dataFile?: string;
}

export interface DeskreeEmulatorPluginApi {
  emulator: Emulator;
}

/** The Deskree API, the control API (`/emulator/v1/`) and the inbox page (`/emulator/`, `/emulator/ui`). */
const HANDLED_PREFIXES = ['/api/v1/auth/', '/emulator/'];

function isHandled(url: string | undefined): boolean {
  if (!url) return false;
  if (url === '/emulator' || url.startsWith('/emulator?')) return true;
  return HANDLED_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/**
 * Vite plugin mounting the emulator on the dev and preview servers (`/api/v1/auth/*`, `/emulator/v1/*`, the inbox page at `/emulator/`).
 *
 * @example
 * export default defineConfig({ plugins: [react(), deskreeEmulator({ dataFile: '.auth-data.json' })] });
 */
export function deskreeEmulator(
  options: DeskreeEmulatorPluginOptions = {},
): Plugin & { api: DeskreeEmulatorPluginApi } {
  const { dataFile, ...emulatorOptions } = options;
  // Links and authUri point at the dev server (known once it listens), never at the Host header.
  let devOrigin: string | undefined;
  const { options: wired, store } = withDataFile(
    { publicOrigin: () => devOrigin, ...emulatorOptions },
    dataFile,
  );
  const emulator = createEmulator(wired);
  const listener = createNodeListener(emulator);
  let announced = false;

  const middleware = (
    req: IncomingMessage,
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => {
    if (!isHandled(req.url)) return next();
    listener(req, res).catch(next);
  };

  const listening = (origin: string | undefined) => {
    if (origin) devOrigin = new URL(origin).origin;
    announce(origin);
  };

  const announce = (origin: string | undefined) => {
    if (announced) return;
    announced = true;
    const root = origin ? origin.replace(/\/$/, '') : '';
    console.info(
      `[deskree-auth-emulator] serving the Deskree Auth API at ${root}/api/v1/ (control API under /emulator/v1/)\n` +
        `[deskree-auth-emulator] inbox (mails, accounts, clock, faults): ${root}${INBOX_PATH}`,
    );
  };

  return {
    name: 'deskree-auth-emulator',
    api: { emulator },
    configureServer(server) {
      server.middlewares.use(middleware);
      // Optional chaining: tests and tools drive the hook with a partial server object.
      const configured = server.config?.server?.origin;
      if (configured) devOrigin = new URL(configured).origin;
      server.httpServer?.once('listening', () => listening(server.resolvedUrls?.local[0]));
      server.httpServer?.once('close', () => void store?.close());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      server.httpServer.once('listening', () => listening(server.resolvedUrls?.local[0]));
    },
  };
}

/** The same plugin as `deskreeEmulator`, for `import deskreeEmulator from 'deskree-auth-react/emulator/vite'`. */
export default deskreeEmulator;
