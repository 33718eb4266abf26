/**
 * A prebuilt screen outside any `AuthRoot` is its own stylesheet scope (AuthCard), and keeps the
 * language it is rendered in: the parts inside the card (the password toggle, field messages, OAuth
 * buttons) read the same messages as the screen's own text.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fr } from '../../../src/components/i18n/fr';
import { MessagesProvider } from '../../../src/components/i18n/MessagesProvider';
import { SignInForm } from '../../../src/components/signIn/SignInForm';
import { createAuthClient } from '../../../src/core';
import { AuthProvider } from '../../../src/react';
import { createTestEmulator } from '../../helpers/emulator';
import '../../../src/components/styles.css';

afterEach(cleanup);

function renderWithoutRoot(ui: React.ReactNode) {
  const test = createTestEmulator();
  const client = createAuthClient({ baseUrl: test.baseUrl, fetch: test.fetch });
  return render(<AuthProvider client={client}>{ui}</AuthProvider>);
}

describe('a screen outside AuthRoot', () => {
  it('is the stylesheet scope itself, in the light theme', () => {
    renderWithoutRoot(<SignInForm />);
    const card = document.querySelector('[data-slot="sign-in-form"]');
    expect(card).toHaveClass('dar-root');
    expect(card).toHaveAttribute('data-theme', 'light');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  it("speaks an enclosing MessagesProvider's language in every part, not English inside the card", () => {
    renderWithoutRoot(
      <MessagesProvider locale={fr}>
        <SignInForm oauth={{ providers: ['google.com'], onRedirect: vi.fn() }} />
      </MessagesProvider>,
    );
    expect(screen.getByRole('button', { name: fr['button.signIn'] })).toBeVisible();
    expect(screen.getByRole('button', { name: fr['password.show'] })).toBeVisible();
    expect(screen.getByRole('button', { name: fr['button.continueWithGoogle'] })).toBeVisible();
  });
});
