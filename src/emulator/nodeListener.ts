/**
 * Internal Node plumbing shared by `./node` (startEmulatorServer), `./vite` (the plugin) and the
 * CLI: not an entry point, so none of this is public API.
 */
import { getRequestListener } from '@hono/node-server';
import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import type { Emulator, EmulatorOptions } from './types.ts';
import { NetworkFaultError } from './errors.ts';
import { openDataFile } from './fileStore.ts';
import type { DataFile, DataFileOptions } from './fileStore.ts';

/**
 * Wires a data file into emulator options: the initial state comes from the file and every
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
