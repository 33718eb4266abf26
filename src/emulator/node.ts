/**
 * Runs the emulator as a real HTTP server on loopback (for the CLI, e2e tests and apps that are
 * not served by Vite).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import { createEmulator } from './index.ts';
import type { Emulator, EmulatorOptions, EmulatorSnapshot } from './types.ts';
import { NetworkFaultError } from './errors.ts';
import { createFileStore } from './fileStore.ts';
import type { FileStore } from './fileStore.ts';

export interface EmulatorServerOptions extends EmulatorOptions {
  /** 9099 by default (Firebase's Auth emulator port); 0 picks a free one. */
  port?: number;
  host?: string;
  /** JSON file to load state from and save it to. */
  dataFile?: string;
}

export interface EmulatorServer {
  /** `http://host:port` */
  url: string;
  /** `http://host:port/api/v1/`, what a client's `baseUrl` should be. */
  baseUrl: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/** Wires a data file into emulator options: initial state from the file, every change saved back. */
export function withDataFile(options: EmulatorOptions, dataFile: string | undefined): { options: EmulatorOptions; store?: FileStore } {
  if (!dataFile) return { options };
  const store = createFileStore(dataFile);
  const initialState = options.initialState ?? store.load();
  const userOnChange = options.onChange;
  return {
    store,
    options: {
      ...options,
      ...(initialState ? { initialState } : {}),
      onChange(snapshot: EmulatorSnapshot) {
        store.save(snapshot);
        userOnChange?.(snapshot);
      },
    },
  };
}

/** A Node request listener that answers through the emulator; network faults destroy the socket. */
export function createNodeListener(emulator: Emulator): ReturnType<typeof getRequestListener> {
  return getRequestListener(async (request: Request, env: HttpBindings | Http2Bindings) => {
    try {
      return await emulator.handle(request);
    } catch (error) {
      if (error instanceof NetworkFaultError) {
        env.outgoing.destroy();
        return new Response(null, { status: 500 });
      }
      throw error;
    }
  });
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Serves an emulator over HTTP (port 0 picks a free port); `dataFile` persists its accounts.
 *
 * @example
 * const server = await startEmulatorServer({ port: 0 });
 * createAuthClient({ baseUrl: server.baseUrl }); // … await server.close()
 */
export async function startEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const { port = 9099, host = '127.0.0.1', dataFile, ...emulatorOptions } = options;
  const { options: wired, store } = withDataFile(emulatorOptions, dataFile);
  const emulator = createEmulator(wired);
  const server: Server = createServer(createNodeListener(emulator));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${formatHost(host)}:${address.port}`;
  return {
    url,
    baseUrl: `${url}/api/v1/`,
    emulator,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await store?.flush();
    },
  };
}
