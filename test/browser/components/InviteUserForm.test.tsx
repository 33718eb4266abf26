import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { InviteUserForm } from '../../../src/components';
import { lastMail } from '../../helpers/mail';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const TAKEN = { email: 'taken@example.com', password: 'secret-1' };

describe('InviteUserForm, keyboard only', () => {
  it('Tab reaches the field then the button; Enter on an empty form reports the field and focuses it', async () => {
    const { emulator } = await renderAuth(<InviteUserForm />);
    const user = userEvent.setup();
    const email = screen.getByLabelText("Invitee's email");
    await user.tab();
    expect(email).toHaveFocus();
    await user.tab();
    const send = screen.getByRole('button', { name: 'Send invite' });
    expect(send).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();

    send.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Enter your email address');
    expect(email).toHaveFocus();
    await user.keyboard('not-an-email{Enter}');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter a valid email address'));
    expect(emulator.requestCount('/invite')).toBe(0);
  });

  it('an address that already has an account is reported on the field, which keeps focus and text', async () => {
    const { emulator } = await renderAuth(<InviteUserForm />, { accounts: [TAKEN] });
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard(`${TAKEN.email}{Enter}`);
    const email = screen.getByLabelText("Invitee's email");
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('An account with this email already exists.'),
    );
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(email).toHaveValue(TAKEN.email);
    expect(emulator.requestCount('/invite')).toBe(1);
  });

  it('Enter sends the invitation; success is announced in the status region, the field is emptied and keeps focus for the next one', async () => {
    const test = await renderAuth(<InviteUserForm />);
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('grace@example.com{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Invitation sent to grace@example.com.'),
    );
    const email = screen.getByLabelText("Invitee's email");
    expect(email).toHaveValue('');
    expect(email).not.toHaveAttribute('aria-invalid', 'true');
    expect(lastMail(test.emulator, 'invite').to).toBe('grace@example.com');
  });
});
