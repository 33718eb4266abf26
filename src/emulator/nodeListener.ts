/**
 * Internal Node plumbing shared by `./node` (startEmulatorServer), `./vite` (the plugin) and the
 * CLI: not an entry point, so none of this is public API.
 */
import { getRequestListener } from '@hono/node-server';
import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import type { Emulator, EmulatorOptions, EmulatorSnapshot } from './types.ts';
import { NetworkFaultError } from './errors.ts';
import { createFileStore } from './fileStore.ts';
import type { FileStore } from './fileStore.ts';

/** Wires a data file into emulator options: initial state from the file, every change saved back. */
export function withDataFile(
  options: EmulatorOptions,
  dataFile: string | undefined,
): { options: EmulatorOptions; store?: FileStore } {
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
