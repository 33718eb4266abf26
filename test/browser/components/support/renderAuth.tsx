/**
 * The one render harness of the browser component tests: a fresh in-process emulator, a real
 * AuthProvider (memory storage), the kit's stylesheet and an `AuthRoot` around the screen, as an
 * app would render it (dialogs portal into that root).
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import {
  createAuthClient,
  createAuthSession,
  type AuthClient,
  type AuthSession,
} from '../../../../src/core';
import { AuthRoot } from '../../../../src/components/ui/AuthRoot';
import type { SeedAccount } from '../../../../src/emulator';
import { AuthProvider } from '../../../../src/react';
import { createTestEmulator, type TestEmulator } from '../../../helpers/emulator';
import '../../../../src/components/styles.css';

export interface RenderedAuth extends RenderResult, TestEmulator {
  client: AuthClient;
  session: AuthSession;
}

export interface RenderAuthOptions {
  /** Seeded before rendering. */
  accounts?: SeedAccount[];
  /** Signed in (with its password) before rendering. */
  signedInAs?: { email: string; password: string };
  /** Prepare the emulator (send mails, …) before rendering; receives the fresh client. */
  before?: (test: TestEmulator & { client: AuthClient }) => Promise<void>;
}

export async function renderAuth(
  ui: ReactElement | ((test: TestEmulator) => ReactElement),
  options: RenderAuthOptions = {},
): Promise<RenderedAuth> {
  const test = createTestEmulator();
  for (const account of options.accounts ?? []) await test.emulator.createAccount(account);
  const client = createAuthClient({ baseUrl: test.baseUrl, fetch: test.fetch });
  await options.before?.({ ...test, client });
  const session = createAuthSession({ client, storage: 'memory', crossTab: false });
  await session.initialize();
  if (options.signedInAs)
    session.setSession((await client.signInWithEmail(options.signedInAs)).session, 'signedIn');
  const result = render(
    <AuthProvider client={client} session={session}>
      <AuthRoot>{typeof ui === 'function' ? ui(test) : ui}</AuthRoot>
    </AuthProvider>,
  );
  return { ...result, ...test, client, session };
}

/** The element that has focus, for readable failures (`expect(focused()).toBe(field)`). */
export function focused(): Element | null {
  return document.activeElement;
}
