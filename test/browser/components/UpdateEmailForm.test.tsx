import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateEmailForm } from '../../../src/components';
import { lastMail } from '../../helpers/mail';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'secret-1' };
const TAKEN = { email: 'taken@example.com', password: 'secret-2' };

function signedIn() {
  return renderAuth(<UpdateEmailForm />, { accounts: [ADA, TAKEN], signedInAs: ADA });
}

describe('UpdateEmailForm, keyboard only', () => {
  it('Tab reaches the field then the button; Enter with the current address reports it on the field, which takes focus', async () => {
    const { emulator } = await signedIn();
    const user = userEvent.setup();
    const email = screen.getByLabelText('New email');
    await user.tab();
    expect(email).toHaveFocus();
    await user.keyboard('ADA@example.com');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Update email' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('This is already your email address');
    expect(email).toHaveFocus();
    expect(emulator.requestCount('/update-email')).toBe(0);
  });

  it("another account's address is refused by the server and reported on the field", async () => {
    const { emulator } = await signedIn();
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard(`${TAKEN.email}{Enter}`);
    const email = screen.getByLabelText('New email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('An account with this email already exists.');
    expect(email).toHaveFocus();
    expect(emulator.requestCount('/update-email')).toBe(1);
  });

  it('Enter saves; "Your email was updated." is announced, the field is emptied, and the emulator has the new address', async () => {
    const test = await signedIn();
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('ada.lovelace@example.com{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your email was updated.'),
    );
    expect(screen.getByLabelText('New email')).toHaveValue('');
    expect(test.emulator.accounts().map((a) => a.email)).toContain('ada.lovelace@example.com');
    expect(test.emulator.accounts().map((a) => a.email)).not.toContain(ADA.email);
    expect(lastMail(test.emulator, 'verifyEmail').to).toBe('ada.lovelace@example.com');
  });
});
