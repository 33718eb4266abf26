import '@testing-library/jest-dom/vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AcceptInvitePage } from '../../../src/components';
import { tabThroughNewPasswordFields } from './support/newPasswordFields';
import { lastMail } from '../../helpers/mail';
import { renderAuth } from './support/renderAuth';

afterEach(cleanup);

const GRACE = 'grace@example.com';

/** A real invitation from the emulator's outbox, rendered as the page's `url`. */
async function invitePage(signInAfter = false) {
  let link = '';
  const rendered = await renderAuth(
    () => (
      <AcceptInvitePage
        url={link}
        signInAfter={signInAfter}
        continueHref="/app"
        signInHref="/sign-in"
      />
    ),
    {
      before: async (test) => {
        await test.client.inviteUser({ email: GRACE });
        link = lastMail(test.emulator, 'invite').link;
      },
    },
  );
  return rendered;
}

describe('AcceptInvitePage, keyboard only', () => {
  it('Tab reaches both fields, their toggles and the button in order; mismatching passwords are reported on the confirmation, which takes focus', async () => {
    const { emulator } = await invitePage();
    const user = userEvent.setup();
    const { password, confirm } = await tabThroughNewPasswordFields(user, {
      password: 'grace-secret-1',
      confirm: 'grace-secret-2',
    });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Accept invite' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(confirm).toHaveAttribute('aria-invalid', 'true'));
    expect(confirm).toHaveAccessibleDescription('Passwords do not match');
    expect(confirm).toHaveFocus();
    expect(password).not.toHaveAttribute('aria-invalid', 'true');
    expect(emulator.requestCount('/verify/invite')).toBe(0);
  });

  it('an empty form: Enter reports both fields and focuses the first one', async () => {
    await invitePage();
    const user = userEvent.setup();
    await user.tab();
    const password = await screen.findByLabelText('New password');
    expect(password).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Confirm password')).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
  });

  it('Enter in the confirmation accepts; "Your account is ready." is announced and focused; with signInAfter the invitee is signed in', async () => {
    const { emulator, session } = await invitePage(true);
    const user = userEvent.setup();
    await user.tab();
    expect(await screen.findByLabelText('New password')).toHaveFocus();
    await user.keyboard('grace-secret-1');
    await user.tab();
    await user.tab();
    expect(screen.getByLabelText('Confirm password')).toHaveFocus();
    await user.keyboard('grace-secret-1{Enter}');

    const ready = await screen.findByText('Your account is ready.');
    expect(ready.closest('[role="status"]')).not.toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute('data-slot', 'accept-invite-success'),
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveFocus();
    expect(session.getSnapshot().status).toBe('signedIn');
    expect(emulator.accounts().find((a) => a.email === GRACE)?.disabled).toBe(false);
  });
});
