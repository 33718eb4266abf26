/**
 * Shared set-up for the session engine tests: an in-process emulator whose clock follows the
 * (fake) system time, a client bound to it, a signed-up user, and a recording logger. Refresh
 * requests are counted at the emulator, never with mocks.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { createAuthClient, type AuthClient } from '../../../src/core/client';
import type { Session } from '../../../src/core/credentials';
import { createAuthSession } from '../../../src/core/session/authSession';
import type { AuthEvent, AuthSession, AuthSessionOptions } from '../../../src/core/session/types';
import { createTestEmulator, type TestEmulator } from '../../helpers/emulator';
import { PASSWORD } from '../../helpers/password';

// Re-exported: the session tests take their shared set-up from this one module.
export { PASSWORD };

export const REFRESH_PATH = '/api/v1/auth/accounts/token/refresh';

export interface Harness extends TestEmulator {
  client: AuthClient;
  email: string;
  signIn(): Promise<Session>;
  refreshCount(): number;
  warnings: string[];
  logger: Pick<Console, 'warn'>;
  createSession(overrides?: Partial<AuthSessionOptions>): AuthSession & { events: AuthEvent[] };
  destroyAll(): void;
}

let counter = 0;

export async function createHarness(
  options: { tokenTtlSeconds?: number; emulatorNow?: () => number; timeoutMs?: number } = {},
): Promise<Harness> {
  const test = createTestEmulator({
    now: options.emulatorNow ?? (() => Date.now()),
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
  });
  const client = createAuthClient({
    baseUrl: test.baseUrl,
    fetch: test.emulator.fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
  });
  const email = `user${++counter}@example.com`;
  await test.emulator.createAccount({ email, password: PASSWORD, emailVerified: true });
  const warnings: string[] = [];
  const logger = { warn: (...args: unknown[]) => void warnings.push(args.map(String).join(' ')) };
  const sessions: AuthSession[] = [];
  return {
    ...test,
    client,
    email,
    warnings,
    logger,
    signIn: async () => (await client.signInWithEmail({ email, password: PASSWORD })).session,
    refreshCount: () => test.emulator.requestCount(REFRESH_PATH),
    createSession(overrides = {}) {
      const session = createAuthSession({
        client,
        storage: 'memory',
        crossTab: false,
        logger,
        ...overrides,
      });
      const events: AuthEvent[] = [];
      session.onAuthStateChange((event) => events.push(event));
      sessions.push(session);
      return Object.assign(session, { events });
    },
    destroyAll() {
      for (const session of sessions.splice(0)) session.destroy();
    },
  };
}

/** Resolves with the next event of this type (real async work, e.g. RS256 signing, finishes meanwhile). */
export function nextEvent<T extends AuthEvent['type']>(
  session: AuthSession,
  type: T,
): Promise<Extract<AuthEvent, { type: T }>> {
  return new Promise((resolve) => {
    const off = session.onAuthStateChange((event) => {
      if (event.type === type) {
        off();
        resolve(event as Extract<AuthEvent, { type: T }>);
      }
    });
  });
}

/** Lets in-flight promise chains (fetch through the emulator, WebCrypto) settle without moving fake time. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => queueMicrotask(resolve));
  await new Promise<void>((resolve) => setImmediateReal(resolve));
}

const realSetImmediate = globalThis.setImmediate;
function setImmediateReal(callback: () => void): void {
  realSetImmediate(callback);
}

export const MINUTE = 60_000;

/**
 * The per-test setup of the fake-clock suites: fake timers from 2030-01-01 and a fresh harness
 * handed to `set`; afterwards the harness `get` returns (a test may have replaced it) is
 * destroyed and real timers are back.
 */
export function fakeClockHarnessPerTest(set: (harness: Harness) => void, get: () => Harness): void {
  beforeEach(async () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    set(await createHarness());
  });
  afterEach(() => {
    get().destroyAll();
    vi.useRealTimers();
  });
}
