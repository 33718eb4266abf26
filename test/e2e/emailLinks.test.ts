/** Flows that go through a mailed link: forgot/reset password, invitation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, uniqueEmail, type Playground } from './harness';
import { isSignedIn, message, signIn, signOut, userCard, visible, waitForPath } from './flows';
import { PASSWORD } from '../helpers/password';

const NEW_PASSWORD = 'battery-staple-2';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

describe('mailed links', () => {
  it('forgot password → reset link → the new password works, the old one not, the link is single-use', async () => {
    const email = uniqueEmail('forgot');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();

    // From the sign-in form's "Forgot password?" link.
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await waitForPath(page, '/forgot-password');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await visible(
      message(page, `If an account exists for ${email}, we sent a link to reset your password.`),
    );

    const mail = await playground.waitForMail(email, 'resetPassword');
    await page.goto(mail.link);
    await visible(page.getByRole('heading', { name: 'Choose a new password' }));
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Reset password' }).click();
    await visible(message(page, 'Your password was reset. You can now sign in.'));
    expect(await playground.signsIn(email, NEW_PASSWORD)).toBe(true);

    // The same link a second time ends in a dead end with a way forward (the API only tells on submit).
    await page.goto(mail.link);
    await page.getByLabel('New password', { exact: true }).fill('third-password-3');
    await page.getByLabel('Confirm password', { exact: true }).fill('third-password-3');
    await page.getByRole('button', { name: 'Reset password' }).click();
    await visible(message(page, 'This link was already used or is invalid'));
    await visible(page.getByRole('link', { name: 'Request a new link' }));
    // The second use changed nothing: the password chosen the first time still holds.
    expect(await playground.signsIn(email, 'third-password-3')).toBe(false);
    expect(await playground.signsIn(email, NEW_PASSWORD)).toBe(true);
    expect(await page.getByLabel('New password', { exact: true }).count()).toBe(0);

    // Old password refused, new one accepted.
    await page.goto('/sign-in');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(message(page, 'The password is incorrect.'));
    expect(await playground.signsIn(email, PASSWORD)).toBe(false);
    await signIn(page, email, NEW_PASSWORD);
    expect(await isSignedIn(page)).toBe(true);
  });

  it('invite → accept the invitation → signed in; the chosen password works afterwards', async () => {
    const email = uniqueEmail('invitee');
    const admin = uniqueEmail('admin');
    await playground.seedAccount({ email: admin, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    // The invite page is for signed-in users (the API itself takes no token on invite).
    await signIn(page, admin, PASSWORD);
    await page.goto('/invite');
    await page.getByLabel("Invitee's email", { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send invite' }).click();
    await visible(message(page, `Invitation sent to ${email}.`));
    // Invited accounts exist but are disabled until accepted.
    expect((await playground.accounts()).find((account) => account.email === email)?.disabled).toBe(
      true,
    );

    const mail = await playground.waitForMail(email, 'invite');
    expect(mail.link.startsWith(`${playground.origin}/accept-invite?`)).toBe(true);
    await page.goto(mail.link);
    await visible(page.getByRole('heading', { name: 'Accept your invitation' }));
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Accept invite' }).click();
    await visible(message(page, 'Your account is ready.'));
    await page
      .getByRole('link', { name: 'Continue' })
      .or(page.getByRole('button', { name: 'Continue' }))
      .first()
      .click();
    await waitForPath(page, '/');
    const card = await visible(userCard(page, email));
    await visible(card.getByTestId('email-verified').getByText('Yes'));

    await signOut(page);
    await signIn(page, email, NEW_PASSWORD);
  });
});
