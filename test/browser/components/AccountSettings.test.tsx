import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountSettings } from '../../../src/components';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'secret-1', emailVerified: true };

async function settings(props: Parameters<typeof AccountSettings>[0] = {}) {
  return renderAuth(<AccountSettings {...props} />, { accounts: [ADA], signedInAs: ADA });
}

function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name });
  const card = heading.closest('section');
  if (!card) throw new Error(`no section for ${name}`);
  return card;
}

describe('AccountSettings, keyboard only', () => {
  it('Tab walks email form, password form and the delete trigger in reading order, and nothing else', async () => {
    await settings();
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Account settings' })).toBeVisible();
    const email = within(section('Change your email'));
    const password = within(section('Change your password'));
    const [showCurrent, showNew, showConfirm] = password.getAllByRole('button', {
      name: 'Show password',
    });
    const expected = [
      email.getByLabelText('New email'),
      email.getByLabelText('Current password'),
      email.getByRole('button', { name: 'Show password' }),
      email.getByRole('button', { name: 'Update email' }),
      password.getByLabelText('Current password'),
      showCurrent,
      password.getByLabelText('New password'),
      showNew,
      password.getByLabelText('Confirm password'),
      showConfirm,
      password.getByRole('button', { name: 'Update password' }),
      screen.getByRole('button', { name: 'Delete account' }),
    ];
    for (const target of expected) {
      await user.tab();
      expect(target).toHaveFocus();
    }
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('each form validates on its own: Enter in the empty email form focuses "New email" and leaves the password form untouched', async () => {
    const { emulator } = await settings();
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{Enter}');
    const newEmail = screen.getByLabelText('New email');
    await waitFor(() => expect(newEmail).toHaveAttribute('aria-invalid', 'true'));
    expect(newEmail).toHaveAccessibleDescription('Enter your email address');
    expect(newEmail).toHaveFocus();
    expect(
      within(section('Change your password')).getByLabelText('Current password'),
    ).toHaveAttribute('aria-invalid', 'false');
    expect(emulator.requestCount('/update-email')).toBe(0);
  });

  it('updating the email by keyboard announces success and the profile shows the new, unverified address', async () => {
    const onEmailUpdated = vi.fn();
    await settings({ onEmailUpdated });
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('ada.l@example.com');
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    await waitFor(() =>
      expect(within(section('Change your email')).getByRole('status')).toHaveTextContent(
        'Your email was updated.',
      ),
    );
    expect(onEmailUpdated).toHaveBeenCalledWith('ada.l@example.com');
    const profile = document.querySelector('[data-slot="account-settings-email"]');
    await waitFor(() => expect(profile).toHaveTextContent('ada.l@example.com (Not verified)'));
  });

  it('deleting from the danger zone by keyboard removes the account at the emulator and leaves the signed-out message', async () => {
    const onAccountDeleted = vi.fn();
    const { emulator, session } = await settings({ onAccountDeleted });
    const user = userEvent.setup();
    const trigger = screen.getByRole('button', { name: 'Delete account' });
    for (let i = 0; i < 12; i++) await user.tab();
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');
    const field = await screen.findByLabelText('Type ada@example.com to confirm');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('ada@example.com');
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    await waitFor(() => expect(onAccountDeleted).toHaveBeenCalledOnce());
    expect(emulator.accounts()).toHaveLength(0);
    expect(session.getSnapshot().status).toBe('signedOut');
    expect(await screen.findByText('Please sign in to continue.')).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
