/**
 * Runs the emulator as a real HTTP server on loopback (for the CLI, e2e tests and apps that are
 * not served by Vite).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { createEmulator } from './index.js';
import type { Emulator, EmulatorOptions } from './types.js';
import { answerClientErrors, createNodeListener, withDataFile } from './nodeListener.js';
import { DataFileError } from './fileStore.js';

export interface EmulatorServerOptions extends EmulatorOptions {
  /** 9099 by default (Firebase's Auth emulator port); 0 picks a free one. */
  port?: number;
  host?: string;
  /**
   * File to load the data from and journal every change to (created 0600). A request that changes
   * data is answered only once its change is on disk.
   */
  dataFile?: string;
  /** Rewrite the data file as one snapshot once its journal exceeds this size. Default 1 MiB. */
  compactAfterBytes?: number;
}

export interface EmulatorServer {
  /** `http://host:port` */
  url: string;
  /** `http://host:port/api/v1/`, what a client's `baseUrl` should be. */
  baseUrl: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/** Listening on every interface: links use loopback, the one address sure to reach us. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

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
export async function startEmulatorServer(
  options: EmulatorServerOptions = {},
): Promise<EmulatorServer> {
  const {
    port = 9099,
    host = '127.0.0.1',
    dataFile,
    compactAfterBytes,
    ...emulatorOptions
  } = options;
  // Links and authUri use the address we listen on (known once listening), never the Host header.
  const listening: { origin?: string } = {};
  const { options: wired, store } = withDataFile(
    { publicOrigin: () => listening.origin, ...emulatorOptions },
    dataFile,
    compactAfterBytes === undefined ? {} : { compactAfterBytes },
  );
  const emulator = createEmulator(wired);
  try {
    // Imports (or creates) the signing key now: a stored key that cannot be used stops the start.
    await emulator.jwks();
  } catch (error) {
    await store?.close();
    if (!store) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError(store.file, `its signing key cannot be used (${reason})`);
  }
  const server: Server = createServer(createNodeListener(emulator));
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await store?.close();
    throw error;
  });
  const address = server.address() as AddressInfo;
  const url = `http://${formatHost(host)}:${address.port}`;
  listening.origin = `http://${formatHost(WILDCARD_HOSTS.has(host) ? '127.0.0.1' : host)}:${address.port}`;
  return {
    url,
    baseUrl: `${url}/api/v1/`,
    emulator,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await store?.close();
    },
  };
}
