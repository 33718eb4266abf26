import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateEmailForm } from '../../../src/components';
import { parseOAuthCallback } from '../../../src/core/links';
import { lastMail } from '../../helpers/mail';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const ADA = { email: 'ada@example.com', password: 'secret-1' };
const TAKEN = { email: 'taken@example.com', password: 'secret-2' };

function signedIn() {
  return renderAuth(<UpdateEmailForm />, { accounts: [ADA, TAKEN], signedInAs: ADA });
}

describe('UpdateEmailForm, keyboard only', () => {
  it('Tab reaches the email, the current password and the button; Enter with the current address reports it on the field, which takes focus', async () => {
    const { emulator } = await signedIn();
    const user = userEvent.setup();
    const email = screen.getByLabelText('New email');
    await user.tab();
    expect(email).toHaveFocus();
    await user.keyboard('ADA@example.com');
    await user.tab();
    expect(screen.getByLabelText('Current password')).toHaveFocus();
    await user.keyboard(ADA.password);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveFocus();
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
    await user.keyboard(TAKEN.email);
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    const email = screen.getByLabelText('New email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('An account with this email already exists.');
    expect(email).toHaveFocus();
    expect(emulator.requestCount('/update-email')).toBe(1);
  });

  it('a wrong current password is reported on its field and changes nothing', async () => {
    const { emulator } = await signedIn();
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('ada.lovelace@example.com');
    await user.tab();
    await user.keyboard('not-her-password{Enter}');
    const password = screen.getByLabelText('Current password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription('The password is incorrect.');
    expect(emulator.requestCount('/update-email')).toBe(0);
  });

  it('Enter saves; "Your email was updated." is announced, the fields are emptied, the emulator has the new address and the user stays signed in with it', async () => {
    const test = await signedIn();
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('ada.lovelace@example.com');
    await user.tab();
    await user.keyboard(`${ADA.password}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Your email was updated.'),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'We sent a verification link to ada.lovelace@example.com',
    );
    expect(screen.getByLabelText('New email')).toHaveValue('');
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    expect(test.session.getSnapshot()).toMatchObject({
      status: 'signedIn',
      user: { email: 'ada.lovelace@example.com' },
    });
    expect(test.emulator.accounts().map((a) => a.email)).toContain('ada.lovelace@example.com');
    expect(test.emulator.accounts().map((a) => a.email)).not.toContain(ADA.email);
    expect(lastMail(test.emulator, 'verifyEmail').to).toBe('ada.lovelace@example.com');
  });

  it('an account that signs in with Google only has no password to give: no password field, and the change ends the session with a clear message', async () => {
    const test = await renderAuth(<UpdateEmailForm />);
    const callBackUri = 'http://localhost/oauth/callback';
    const started = await test.client.createOAuthUrl({ providerId: 'google.com', callBackUri });
    const redirect = await test.emulator.completeOAuth(started.authUri, {
      email: 'grace@example.com',
    });
    const signedIn = await test.client.signInWithIdp({
      providerId: 'google.com',
      sessionId: started.sessionId,
      callBackUri,
      token: parseOAuthCallback(redirect).token ?? undefined,
    });
    if (signedIn.status !== 'signedIn') throw new Error('expected a Google sign-in');
    act(() => test.session.setSession(signedIn.session, 'signedIn'));

    const user = userEvent.setup();
    const email = await screen.findByLabelText('New email');
    expect(screen.queryByLabelText('Current password')).toBeNull();
    await user.type(email, 'grace.h@example.com{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Your email is now grace.h@example.com. Sign in again with it.',
      ),
    );
    expect(test.session.getSnapshot()).toMatchObject({
      status: 'signedOut',
      signOutReason: 'emailChanged',
    });
    expect(test.emulator.accounts().map((a) => a.email)).toContain('grace.h@example.com');
  });
});
