import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../../src/core';
import { AuthProvider } from '../../../src/react';
import { VerifyEmailPage } from '../../../src/components';
import { createTestEmulator } from '../../helpers/emulator';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

async function mailedLink() {
  const test = createTestEmulator();
  const client = createAuthClient({ baseUrl: test.baseUrl, fetch: test.fetch });
  await client.signUp({ email: 'lin@example.com', password: 'lin-password' });
  const mail = test.emulator.outbox().find((m) => m.kind === 'verifyEmail');
  if (!mail) throw new Error('no verification mail');
  return { ...test, mail };
}

describe('VerifyEmailPage', () => {
  it('verifies exactly once under StrictMode, reading the code from the address bar, then cleans it', async () => {
    const { emulator, baseUrl, fetch, mail } = await mailedLink();
    const query = new URL(mail.link).search;
    history.replaceState(null, '', `/verify-email${query}&keep=1`);
    render(
      <StrictMode>
        <AuthProvider baseUrl={baseUrl} fetch={fetch} storage="memory">
          <VerifyEmailPage continueHref="/app" />
        </AuthProvider>
      </StrictMode>,
    );
    expect(await screen.findByText('Your email is verified.')).toBeVisible();
    expect(emulator.requestCount('/verify/email')).toBe(1);
    expect(location.search).toBe('?keep=1');
    expect(emulator.accounts()[0]?.emailVerified).toBe(true);
  });

  it('shows the dead end for a used link without a second verification', async () => {
    const { emulator, baseUrl, fetch, mail } = await mailedLink();
    const client = createAuthClient({ baseUrl, fetch });
    await client.verifyEmail({ oobCode: mail.oobCode, uid: mail.uid });
    render(
      <StrictMode>
        <AuthProvider baseUrl={baseUrl} fetch={fetch} storage="memory">
          <VerifyEmailPage url={mail.link} requestNewLinkHref="/resend" />
        </AuthProvider>
      </StrictMode>,
    );
    expect(await screen.findByText('This link was already used or is invalid')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/resend',
    );
    expect(emulator.requestCount('/verify/email')).toBe(2);
  });
});
