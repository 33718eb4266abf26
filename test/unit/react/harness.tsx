/**
 * A React test bed over a real in-process emulator: a client bound to it, a counting storage
 * adapter (to prove storage is read once), and wrappers with and without StrictMode. Requests
 * are counted at the emulator, never mocked.
 */
import { configure } from '@testing-library/react';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createAuthClient,
  type AuthClient,
  type AuthEvent,
  type StorageAdapter,
} from '../../../src/core';
import type { EmulatorOptions } from '../../../src/emulator';
import { AuthProvider, type AuthProviderProps } from '../../../src/react';
import { createTestEmulator, type TestEmulator } from '../../helpers/emulator';
import { PASSWORD } from '../../helpers/password';

export const AUTH_PATH = '/api/v1/auth/accounts';

let counter = 0;

// A <StrictMode> nested in a wrapper does not double-run effects in React 19; only a StrictMode
// root does, so strict harnesses switch Testing Library's root option on for one test.
afterEach(() => configure({ reactStrictMode: false }));
export const uniqueEmail = (prefix = 'user') =>
  `${prefix}${++counter}.${Date.now().toString(36)}@example.com`;

export interface ReactHarness extends TestEmulator {
  client: AuthClient;
  queryClient: QueryClient;
  storage: StorageAdapter & { reads: number; data: Map<string, string> };
  storageKey: string;
  events: AuthEvent[];
  wrapper: (props: { children?: ReactNode }) => ReactNode;
  /** Seeds an email/password account and returns its email. */
  seedUser(overrides?: { email?: string; emailVerified?: boolean }): Promise<string>;
}

export function createReactHarness(
  options: {
    strict?: boolean;
    emulator?: EmulatorOptions;
    provider?: Partial<AuthProviderProps>;
    withQueryClientProvider?: boolean;
  } = {},
): ReactHarness {
  const test = createTestEmulator(options.emulator);
  const client = createAuthClient({ baseUrl: test.baseUrl, fetch: test.emulator.fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const data = new Map<string, string>();
  const storage = {
    reads: 0,
    data,
    getItem(key: string) {
      storage.reads++;
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
  // A key per harness: providers of other tests must not talk to this one over BroadcastChannel.
  const storageKey = `deskree-auth:test:${++counter}`;
  const events: AuthEvent[] = [];
  const wrapper = ({ children }: { children?: ReactNode }) => {
    const provider = (
      <AuthProvider
        client={client}
        storage={storage}
        storageKey={storageKey}
        queryClient={options.withQueryClientProvider ? undefined : queryClient}
        onAuthStateChange={(event) => events.push(event)}
        {...(options.provider as object)}
      >
        {children}
      </AuthProvider>
    );
    return options.withQueryClientProvider ? (
      <QueryClientProvider client={queryClient}>{provider}</QueryClientProvider>
    ) : (
      provider
    );
  };
  if (options.strict) configure({ reactStrictMode: true });
  return {
    ...test,
    client,
    queryClient,
    storage,
    storageKey,
    events,
    wrapper,
    async seedUser(overrides = {}) {
      const email = overrides.email ?? uniqueEmail();
      await test.emulator.createAccount({
        email,
        password: PASSWORD,
        emailVerified: overrides.emailVerified ?? true,
      });
      return email;
    },
  };
}
