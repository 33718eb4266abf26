import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteAccountDialog } from '../../../src/components';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'secret-1' };
const BOB = { email: 'bob@example.com', password: 'secret-2' };

async function signedIn(props: Parameters<typeof DeleteAccountDialog>[0] = {}) {
  const rendered = await renderAuth(<DeleteAccountDialog {...props} />, {
    accounts: [ADA, BOB],
    signedInAs: ADA,
  });
  return { ...rendered, trigger: screen.getByRole('button', { name: 'Delete account' }) };
}

describe('DeleteAccountDialog, keyboard only', () => {
  it('Enter on the trigger opens it with focus in the field; Tab and Shift+Tab stay inside; the delete button only joins the cycle once the email and the password are typed; Escape closes and focus returns', async () => {
    const { trigger, emulator } = await signedIn();
    const user = userEvent.setup();
    await user.tab();
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Delete your account' });
    expect(dialog).toHaveAccessibleDescription(
      'This permanently deletes your account and cannot be undone.',
    );
    // Portalled into the AuthRoot, so it keeps the kit's theme and styles.
    expect(dialog.closest('.dar-root')).not.toBeNull();
    const field = screen.getByLabelText('Type ada@example.com to confirm');
    const password = screen.getByLabelText('Current password');
    expect(password).toHaveAccessibleDescription('Enter your password to confirm it is you.');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const confirm = screen.getByRole('button', { name: 'Delete account' });
    await waitFor(() => expect(field).toHaveFocus());
    expect(confirm).toBeDisabled();

    // Disarmed: field → password → its toggle → Cancel → (wrap) field.
    for (const next of [password, toggle, cancel, field]) {
      await user.tab();
      expect(next).toHaveFocus();
    }
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(field).toHaveFocus();

    await user.keyboard('ada@example');
    expect(confirm).toBeDisabled();
    await user.keyboard('.com');
    expect(confirm).toBeDisabled();
    await user.tab();
    await user.keyboard(ADA.password);
    expect(confirm).toBeEnabled();
    // Armed: password → toggle → Cancel → Delete account → (wrap) field.
    for (const next of [toggle, cancel, confirm, field]) {
      await user.tab();
      expect(next).toHaveFocus();
    }

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();
    expect(emulator.accounts()).toHaveLength(2);
    expect(emulator.requestCount()).toBe(1); // only the sign-in before rendering
  });

  it('Space opens it; Enter on Cancel closes it, focus returns and the typed text is gone next time', async () => {
    const { trigger } = await signedIn();
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard(' ');
    const field = await screen.findByLabelText('Type ada@example.com to confirm');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('ada@');
    await user.tab();
    await user.keyboard('typed');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();

    await user.keyboard('{Enter}');
    const again = await screen.findByLabelText('Type ada@example.com to confirm');
    expect(again).toHaveValue('');
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Delete account' })).toBeDisabled();
  });

  it('Enter with a wrong confirmation does nothing; a wrong password deletes nothing and is announced; with the email and the password it deletes the account at the emulator and signs out', async () => {
    const onSuccess = vi.fn();
    const { emulator, session } = await signedIn({ onSuccess });
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{Enter}');
    const field = await screen.findByLabelText('Type ada@example.com to confirm');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('bob@example.com');
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    expect(screen.getByRole('dialog')).toBeVisible();
    expect(emulator.requestCount('/api/v1/auth/accounts')).toBe(0);

    await user.clear(field);
    await user.type(field, 'ADA@example.com'); // case-insensitive
    const password = screen.getByLabelText('Current password');
    await user.clear(password);
    await user.type(password, 'not-her-password{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The password is incorrect.'),
    );
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(emulator.requestCount('/api/v1/auth/accounts')).toBe(0);

    await user.clear(password);
    await user.type(password, `${ADA.password}{Enter}`);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(emulator.accounts().map((a) => a.email)).toEqual([BOB.email]);
    expect(session.getSnapshot().status).toBe('signedOut');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('a failed deletion is announced in the dialog (role="alert") and it stays open with the text', async () => {
    const { emulator } = await signedIn();
    emulator.faults.add({ method: 'DELETE', path: '/api/v1/auth/accounts', status: 500 });
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{Enter}');
    const field = await screen.findByLabelText('Type ada@example.com to confirm');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('ada@example.com');
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Something went wrong on our side. Please try again.',
      ),
    );
    expect(screen.getByRole('dialog')).toBeVisible();
    expect(field).toHaveValue('ada@example.com');
    expect(emulator.accounts()).toHaveLength(2);
  });
});

describe('DeleteAccountDialog, open controlled or not', () => {
  it('controlled: Escape asks the parent through onOpenChange and the dialog stays open until `open` changes', async () => {
    const onOpenChange = vi.fn();
    await signedIn({ open: true, onOpenChange });
    await screen.findByRole('dialog', { name: 'Delete your account' });
    await userEvent.setup().keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledTimes(1);
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog', { name: 'Delete your account' })).toBeVisible();
  });

  it('uncontrolled: opens at defaultOpen, closes on Escape and reports each change once', async () => {
    const onOpenChange = vi.fn();
    await signedIn({ defaultOpen: true, onOpenChange });
    await screen.findByRole('dialog', { name: 'Delete your account' });
    await userEvent.setup().keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onOpenChange.mock.calls).toEqual([[false]]);
  });
});
