/**
 * The playground: the demo app and the Deskree Auth emulator on ONE Vite dev server, so the app
 * talks to `/api/v1/` on its own origin (no CORS, no second process) and mailed links open the app.
 *
 *   npm start                        → http://127.0.0.1:5173/ (or the next free port)
 *   PLAYGROUND_PORT=3000 npm start   → another preferred port (0: any free port)
 *
 * Why the port is chosen here rather than by Vite: the emulator writes absolute links into the
 * mails it "sends" (`http://127.0.0.1:<port>/verify-email?oobCode=...`), and those are fixed when
 * the emulator is created. Vite would only pick the next free port later, when it listens, so the
 * links could point at the wrong port. We probe for a free port first and give Vite exactly that
 * one (`strictPort: true` is then safe: we know it is free).
 */
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { deskreeEmulator } from '../src/emulator/vite';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 5173;

/** Resolves with `port` if it can be bound on `host`, with the next free one otherwise (0: any free port). */
async function firstFreePort(port: number, host: string, attempts = 20): Promise<number> {
  for (let candidate = port, tries = 0; tries < attempts; candidate += 1, tries += 1) {
    const bound = await new Promise<number | null>((resolve) => {
      const probe = createNetServer();
      probe.once('error', () => resolve(null));
      probe.listen(candidate, host, () => {
        const { port: actual } = probe.address() as AddressInfo;
        probe.close(() => resolve(actual));
      });
    });
    if (bound !== null) return bound;
    if (port === 0) break;
  }
  throw new Error(`No free port found from ${port} on ${host}`);
}

/** Prints where everything is once the server listens, and warns if Vite ended up elsewhere. */
function banner(origin: string): Plugin {
  return {
    name: 'playground-banner',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address();
        const actual =
          address && typeof address === 'object' ? `http://${HOST}:${address.port}` : origin;
        const lines = [
          '',
          '  Deskree Auth playground',
          `  ➜ App              ${actual}/`,
          `  ➜ Auth API         ${actual}/api/v1/auth/   (the emulator)`,
          `  ➜ Control API      ${actual}/emulator/v1/   (outbox, accounts, faults, requests)`,
          `  ➜ Emulator inbox   ${actual}/emulator/      (click the mails; accounts, clock, faults)`,
          `  ➜ Mailed links to  ${origin}/verify-email, /reset-password, /accept-invite`,
          '  Accounts live in memory: restarting the server starts from scratch.',
          '',
        ];
        if (actual !== origin) {
          lines.push(`  ⚠ The server listens on ${actual} but mailed links point to ${origin}.`);
          lines.push('    Set PLAYGROUND_PORT instead of passing --port.', '');
        }
        server.config.logger.info(lines.join('\n'));
      });
    },
  };
}

export default defineConfig(async () => {
  const requested = Number(process.env.PLAYGROUND_PORT ?? DEFAULT_PORT);
  const port = await firstFreePort(
    Number.isInteger(requested) && requested >= 0 ? requested : DEFAULT_PORT,
    HOST,
  );
  const origin = `http://${HOST}:${port}`;

  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    // Its own dependency cache, so the playground and the test runners never fight over one.
    cacheDir: fileURLToPath(new URL('../node_modules/.vite-playground', import.meta.url)),
    plugins: [
      react(),
      deskreeEmulator({
        links: {
          verifyEmailUrl: `${origin}/verify-email`,
          resetPasswordUrl: `${origin}/reset-password`,
          inviteUrl: `${origin}/accept-invite`,
        },
        // The default (100 000) is realistic but makes every sign-in wait; this is a local demo.
        passwordHashIterations: 10_000,
      }),
      banner(origin),
    ],
    server: { host: HOST, port, strictPort: true },
    preview: { host: HOST, port, strictPort: true },
    clearScreen: false,
  };
});
