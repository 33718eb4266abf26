/** The signed-in account page: RequireAuth, update email, update password, delete account. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, uniqueEmail, type Playground } from './harness';
import {
  isSignedIn,
  message,
  pathOf,
  signIn,
  signOut,
  userCard,
  visible,
  waitForPath,
} from './flows';
import { PASSWORD } from '../helpers/password';
import type { Page } from 'playwright-core';

/** The account page's "Change your email" and "Change your password" forms. */
const emailForm = (page: Page) => page.locator('[data-slot="update-email-form"]');
const passwordForm = (page: Page) => page.locator('[data-slot="update-password-form"]');

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

describe('account settings', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    const page = await playground.newPage();
    await page.goto('/account');
    await waitForPath(page, '/sign-in');
    await visible(page.getByRole('button', { name: 'Sign in', exact: true }));
    expect(await pathOf(page)).toBe('/sign-in');
    expect(await isSignedIn(page)).toBe(false);
    // The account screen never rendered for the visitor.
    expect(await page.getByRole('button', { name: 'Update email' }).count()).toBe(0);
  });

  it('updates the email with the current password: the user stays signed in, the new address gets a verification mail and signs in', async () => {
    const email = uniqueEmail('old');
    const newEmail = uniqueEmail('new');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await signIn(page, email, PASSWORD);
    await page.goto('/account');

    await emailForm(page).getByLabel('New email', { exact: true }).fill(newEmail);
    await emailForm(page).getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Update email' }).click();
    await visible(message(page, 'Your email was updated.'));
    expect(await isSignedIn(page)).toBe(true);
    await visible(
      message(page, `We sent a verification link to ${newEmail}. Open it to confirm your address.`),
    );

    const mail = await playground.waitForMail(newEmail, 'verifyEmail');
    await page.goto(mail.link);
    await visible(message(page, 'Your email is verified.'));

    await page.goto('/');
    await visible(userCard(page, newEmail));
    await signOut(page);
    await signIn(page, newEmail, PASSWORD);
    expect((await playground.accounts()).some((account) => account.email === email)).toBe(false);
  });

  it('updates the password: the current one is checked, the new one works', async () => {
    const email = uniqueEmail('pwd');
    const newPassword = 'new-password-3';
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await signIn(page, email, PASSWORD);
    await page.goto('/account');

    const form = passwordForm(page);
    await form.getByLabel('Current password', { exact: true }).fill('not-my-password');
    await form.getByLabel('New password', { exact: true }).fill(newPassword);
    await form.getByLabel('Confirm password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Update password' }).click();
    await visible(message(page, 'The password is incorrect.'));
    expect(await playground.signsIn(email, PASSWORD)).toBe(true);
    expect(await playground.signsIn(email, newPassword)).toBe(false);

    await form.getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Update password' }).click();
    await visible(message(page, 'Your password was updated.'));
    expect(await playground.signsIn(email, newPassword)).toBe(true);
    expect(await playground.signsIn(email, PASSWORD)).toBe(false);
    // Still signed in (the kit signed in again with the new password), then the new password signs in.
    await page.goto('/');
    await visible(userCard(page, email));
    await signOut(page);
    await signIn(page, email, newPassword);
    expect(await isSignedIn(page)).toBe(true);
  });

  it('deletes the account after confirmation and signs out', async () => {
    const email = uniqueEmail('delete');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await signIn(page, email, PASSWORD);
    await page.goto('/account');

    await page.getByRole('button', { name: 'Delete account' }).first().click();
    const dialog = await visible(page.getByRole('alertdialog').or(page.getByRole('dialog')));
    await visible(dialog.getByRole('heading', { name: 'Delete your account' }));
    // Cancel keeps everything.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.first().waitFor({ state: 'detached' });
    expect((await playground.accounts()).some((account) => account.email === email)).toBe(true);

    await page.getByRole('button', { name: 'Delete account' }).first().click();
    const confirm = await visible(page.getByRole('alertdialog').or(page.getByRole('dialog')));
    // Armed only once the user typed their own email.
    const armed = confirm.getByRole('button', { name: 'Delete account' });
    expect(await armed.isDisabled()).toBe(true);
    await confirm.getByLabel(`Type ${email} to confirm`).fill(email);
    expect(await armed.isDisabled()).toBe(true);
    // The current password confirms it is the user (re-authentication).
    await confirm.getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await armed.click();
    // Signed out, on a page that says it worked and offers the way on. (Wait for the page, not for
    // the header's Sign out button to go: while the modal is open the header is aria-hidden, so a
    // role query reads it as gone before the deletion has happened.)
    await waitForPath(page, '/account-deleted');
    await visible(page.getByRole('heading', { name: 'Account deleted', level: 1 }));
    expect((await playground.accounts()).some((account) => account.email === email)).toBe(false);
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).count()).toBe(
      0,
    );
    await visible(page.getByRole('link', { name: 'Sign in' }));
    // Signed out without an error: the no-content answer is a success.
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
  });
});
