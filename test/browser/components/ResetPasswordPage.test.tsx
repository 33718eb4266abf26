import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ResetPasswordPage } from '../../../src/components';
import { tabThroughNewPasswordFields } from './support/newPasswordFields';
import { lastMail } from '../../helpers/mail';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'old-password-1' };

/** A reset link from the outbox, rendered as the page's `url`. */
async function resetPage() {
  let link = '';
  const rendered = await renderAuth(() => <ResetPasswordPage url={link} signInHref="/sign-in" />, {
    accounts: [ADA],
    before: async (test) => {
      await test.client.sendPasswordReset({ email: ADA.email });
      link = lastMail(test.emulator, 'resetPassword').link;
    },
  });
  return { ...rendered, link };
}

describe('ResetPasswordPage, keyboard only', () => {
  it('Tab reaches both fields, their toggles, the button and the way back in order; Enter on the button validates and focuses the first invalid field', async () => {
    const { emulator } = await resetPage();
    const user = userEvent.setup();
    const { password } = await tabThroughNewPasswordFields(user, {
      password: 'abc',
      confirm: 'abcdef',
    });
    await user.tab();
    const submit = screen.getByRole('button', { name: 'Reset password' });
    expect(submit).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(submit).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveFocus();
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining('Password must be at least 6 characters'),
    );
    const describedBy = password.getAttribute('aria-describedby')?.split(' ') ?? [];
    const message = document.getElementById(
      describedBy.find((id) => document.getElementById(id)?.dataset.state === 'error') ?? '',
    );
    expect(message).toHaveTextContent('Password must be at least 6 characters');
    expect(emulator.requestCount('/verify/password-reset')).toBe(0);
  });

  it('Enter in the confirmation submits; success is announced and focused, and the new password signs in at the emulator', async () => {
    const { emulator, client } = await resetPage();
    const user = userEvent.setup();
    await user.tab();
    expect(await screen.findByLabelText('New password')).toHaveFocus();
    await user.keyboard('brand-new-1');
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('Confirm password')).toHaveFocus();
    await user.keyboard('brand-new-1{Enter}');

    const success = await screen.findByText('Your password was reset. You can now sign in.');
    expect(success.closest('[role="status"]')).not.toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute('data-slot', 'reset-password-success'),
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveFocus();
    expect(emulator.requestCount('/verify/password-reset')).toBe(1);
    await expect(
      client.signInWithEmail({ email: ADA.email, password: 'brand-new-1' }),
    ).resolves.toBeTruthy();
  });

  it('a link that was already used leads to the dead end, which takes focus', async () => {
    const { client, link } = await resetPage();
    const code = new URL(link).searchParams.get('oobCode') ?? '';
    await client.verifyPasswordReset({ oobCode: code, newPassword: 'used-elsewhere-1' });
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('brand-new-1');
    await user.tab();
    await user.tab();
    await user.keyboard('brand-new-1{Enter}');
    const heading = await screen.findByText('This link was already used or is invalid');
    await waitFor(() => expect(document.activeElement?.contains(heading)).toBe(true));
  });
});
