import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForgotPasswordForm } from '../../../src/components/forgotPassword/ForgotPasswordForm';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

describe('ForgotPasswordForm with the keyboard only', () => {
  it('tabs to the email, the submit and the way back', async () => {
    const user = userEvent.setup();
    await renderAuth(<ForgotPasswordForm onSignIn={vi.fn()} />);
    for (const element of [
      screen.getByLabelText('Email'),
      screen.getByRole('button', { name: 'Send reset link' }),
      screen.getByRole('button', { name: 'Back to sign in' }),
    ]) {
      await user.tab();
      expect(element).toHaveFocus();
    }
  });

  it.each([
    ['a known', 'ada@example.com', 1],
    ['an unknown', 'nobody@example.com', 0],
  ])('answers %s email the same way, announced and focused', async (_kind, email, mails) => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const test = await renderAuth(<ForgotPasswordForm onError={onError} />, {
      accounts: [{ email: 'ada@example.com', password: 'secret12' }],
    });
    await user.tab();
    await user.keyboard(`${email}{Enter}`);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(
      `If an account exists for ${email}, we sent a link to reset your password.`,
    );
    await waitFor(() => expect(status.closest('[tabindex="-1"]')).toHaveFocus());
    expect(onError).not.toHaveBeenCalled();
    expect(test.emulator.outbox()).toHaveLength(mails);
  });
});
