/**
 * Renders a prebuilt screen inside a real AuthProvider wired to a fresh in-process emulator
 * (nothing listens on a port), the way an app would, with the kit's styles and messages.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AuthRoot } from '../../../../src/components/ui/AuthRoot';
import type { SeedAccount } from '../../../../src/emulator';
import { AuthProvider } from '../../../../src/react';
import { createTestEmulator, type TestEmulator } from '../../../helpers/emulator';
import '../../../../src/components/styles.css';

export interface AuthRender extends RenderResult {
  test: TestEmulator;
}

export async function renderWithAuth(
  ui: ReactElement,
  accounts: SeedAccount[] = [],
): Promise<AuthRender> {
  const test = createTestEmulator();
  for (const account of accounts) await test.emulator.createAccount(account);
  const result = render(
    <AuthProvider baseUrl={test.baseUrl} fetch={test.fetch} storage="memory">
      <AuthRoot>{ui}</AuthRoot>
    </AuthProvider>,
  );
  return { ...result, test };
}
