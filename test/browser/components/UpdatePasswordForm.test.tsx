import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthClient, createAuthSession } from '../../../src/core';
import { AuthProvider } from '../../../src/react';
import { UpdatePasswordForm } from '../../../src/components';
import { createTestEmulator } from '../../helpers/emulator';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'current-1' };

async function signedIn() {
  const { emulator, baseUrl, fetch } = createTestEmulator();
  await emulator.createAccount(ADA);
  const client = createAuthClient({ baseUrl, fetch });
  const session = createAuthSession({ client, storage: 'memory', crossTab: false });
  await session.initialize();
  session.setSession((await client.signInWithEmail(ADA)).session, 'signedIn');
  render(
    <AuthProvider client={client} session={session}>
      <UpdatePasswordForm />
    </AuthProvider>,
  );
  return { emulator, client };
}

describe('UpdatePasswordForm, keyboard only', () => {
  it('Tab reaches the fields and the button in order; Enter submits; a wrong password is announced on its field', async () => {
    const { emulator } = await signedIn();
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByLabelText('Current password')).toHaveFocus();
    await user.keyboard('wrong-1');
    await user.tab(); // the show/hide toggle of the current password
    expect(screen.getAllByRole('button', { name: 'Show password' })[0]).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('New password')).toHaveFocus();
    await user.keyboard('brand-new-1');
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('Confirm password')).toHaveFocus();
    await user.keyboard('brand-new-1');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Update password' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const current = screen.getByLabelText('Current password');
    await waitFor(() => expect(current).toHaveAccessibleDescription('The password is incorrect.'));
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveFocus();
    expect(emulator.requestCount('/update-password')).toBe(1);
  });

  it('Enter in the last field submits; success is announced in a status region and the fields are cleared', async () => {
    const { client } = await signedIn();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Current password'));
    await user.keyboard(ADA.password);
    await user.click(screen.getByLabelText('New password'));
    await user.keyboard('brand-new-1');
    await user.click(screen.getByLabelText('Confirm password'));
    await user.keyboard('brand-new-1{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your password was updated.'),
    );
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    await expect(
      client.signInWithEmail({ email: ADA.email, password: 'brand-new-1' }),
    ).resolves.toBeTruthy();
  });
});
