/**
 * A fresh in-process emulator for unit tests: fast password hashing, and the base URL + fetch pair
 * a client needs. Nothing listens on a port; the host in `baseUrl` is never resolved.
 *
 * @example
 * const { emulator, baseUrl } = createTestEmulator();
 * const client = createAuthClient({ baseUrl, fetch: emulator.fetch });
 */
import { createEmulator } from '../../src/emulator';
import type { Emulator, EmulatorOptions } from '../../src/emulator';

export const TEST_EMULATOR_ORIGIN = 'http://emulator.test';

export interface TestEmulator {
  emulator: Emulator;
  /** `http://emulator.test/api/v1/` */
  baseUrl: string;
  origin: string;
  fetch: Emulator['fetch'];
}

export function createTestEmulator(options: EmulatorOptions = {}): TestEmulator {
  const emulator = createEmulator({ passwordHashIterations: 1000, ...options });
  return {
    emulator,
    baseUrl: `${TEST_EMULATOR_ORIGIN}/api/v1/`,
    origin: TEST_EMULATOR_ORIGIN,
    fetch: emulator.fetch,
  };
}
