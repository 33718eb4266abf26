/**
 * Internal Node plumbing shared by `./node` (startEmulatorServer), `./vite` (the plugin) and the
 * CLI: not an entry point, so none of this is public API.
 */
import { getRequestListener } from '@hono/node-server';
import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import type { Emulator, EmulatorOptions } from './types.js';
import { maxHeaderSize } from 'node:http';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { NetworkFaultError, errorEnvelope, reasonPhrase } from './errors.js';
import { openDataFile } from './fileStore.js';
import type { DataFile, DataFileOptions } from './fileStore.js';

/**
 * Wires a data file into emulator options: the initial data comes from the file and every
 * committed change is journaled to it before the request is answered. Throws `DataFileError`.
 */
export function withDataFile(
  options: EmulatorOptions,
  dataFile: string | undefined,
  fileOptions: DataFileOptions = {},
): { options: EmulatorOptions; store?: DataFile } {
  if (!dataFile) return { options };
  const store = openDataFile(dataFile, fileOptions);
  const initialState = options.initialState ?? store.initialState;
  return {
    store,
    options: { ...options, ...(initialState ? { initialState } : {}), journal: store.journal },
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

/**
 * Answers requests Node's parser rejects (a header over `maxHeaderSize`, 16 KiB by default, or a
 * malformed request line) with the error envelope instead of Node's bare status line, when the
 * socket can still take an answer.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const detail =
      status === 431
        ? `Request header fields are too large (the limit is ${Math.round(maxHeaderSize / 1024)} KiB in total)`
        : 'The request could not be parsed';
    const body = JSON.stringify(errorEnvelope(status, detail));
    socket.end(
      `HTTP/1.1 ${status} ${reasonPhrase(status)}\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\naccess-control-allow-origin: *\r\n` +
        `connection: close\r\n\r\n${body}`,
    );
  });
}
