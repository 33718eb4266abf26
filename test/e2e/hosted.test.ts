/**
 * The hosted service's answers, lived through in Chromium: account changes revoke the user's
 * refresh tokens and answer with no content, so the kit must sign in again to keep the session.
 * The proof is a whole token lifetime later: both clocks (the emulator's, through the control API,
 * and the page's, through Playwright's clock) move two hours, the kit's refresh timer fires and
 * refreshes with the token it holds. Had it kept the revoked one, the refresh would answer
 * TOKEN_EXPIRED and the user would be signed out.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPlayground, uniqueEmail, type Playground } from './harness';
import { isSignedIn, message, signIn, visible, waitForPath } from './flows';
import { PASSWORD } from '../helpers/password';
import type { RequestLogEntry } from '../../src/emulator/types';

const TWO_HOURS_MS = 2 * 3600 * 1000;

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterEach(async () => {
  // The playground server is shared by the whole run: other files see real time again.
  await fetch(`${playground.origin}/emulator/v1/clock`, { method: 'DELETE' });
});

afterAll(async () => {
  await playground?.close();
});

/** A signed-in page whose clock Playwright controls (installed before any script runs). */
async function signedInPage(email: string): Promise<Page> {
  const page = await playground.newPage();
  await page.clock.install();
  await signIn(page, email, PASSWORD);
  await page.goto('/account');
  return page;
}

/** The refreshes the emulator answered since `since` (epoch ms of the emulator clock). */
async function refreshesAfter(since: number): Promise<number[]> {
  const log = await playground.emulatorControl<RequestLogEntry[]>('GET', 'requests');
  return log
    .filter((entry) => entry.path.endsWith('/token/refresh') && entry.at >= since)
    .map((entry) => entry.status);
}

/**
 * Two hours pass for the server and the page alike; resolves once the kit's own refresh timer has
 * refreshed (or failed to), with the statuses of those refreshes.
 */
async function aTokenLifetimeLater(page: Page): Promise<number[]> {
  const { now } = await playground.emulatorControl<{ now: number }>('POST', 'clock', {
    advanceMs: TWO_HOURS_MS,
  });
  await page.clock.fastForward(TWO_HOURS_MS);
  let statuses: number[] = [];
  for (let attempt = 0; attempt < 50 && statuses.length === 0; attempt++) {
    statuses = await refreshesAfter(now);
    if (statuses.length === 0) await page.waitForTimeout(100);
  }
  return statuses;
}

const profileEmail = (page: Page) => page.locator('[data-slot="account-settings-email"]');

describe('the hosted answers in the playground', () => {
  it('a token lifetime after a password change, the user is still signed in with the same email', async () => {
    const email = uniqueEmail('lifetime-password');
    const newPassword = 'lifetime-pass-2';
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await signedInPage(email);
    const form = page.locator('[data-slot="update-password-form"]');
    await form.getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await form.getByLabel('New password', { exact: true }).fill(newPassword);
    await form.getByLabel('Confirm password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Update password' }).click();
    await visible(message(page, 'Your password was updated.'));

    expect(await aTokenLifetimeLater(page)).toEqual([200]);
    expect(await isSignedIn(page)).toBe(true);
    await visible(profileEmail(page).getByText(email));
    expect(await playground.signsIn(email, newPassword)).toBe(true);
  });

  it('a token lifetime after an email change, the user is still signed in and sees the new email', async () => {
    const email = uniqueEmail('lifetime-email');
    const newEmail = uniqueEmail('lifetime-email-new');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await signedInPage(email);
    const form = page.locator('[data-slot="update-email-form"]');
    await form.getByLabel('New email', { exact: true }).fill(newEmail);
    await form.getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Update email' }).click();
    await visible(message(page, 'Your email was updated.'));
    await visible(profileEmail(page).getByText(newEmail));

    expect(await aTokenLifetimeLater(page)).toEqual([200]);
    expect(await isSignedIn(page)).toBe(true);
    await visible(profileEmail(page).getByText(newEmail));
    expect(await profileEmail(page).textContent()).not.toContain(email);
  });

  it('an unknown email gets the same reset confirmation as a known one, and no error', async () => {
    const email = uniqueEmail('nobody');
    const page = await playground.newPage();
    await page.goto('/forgot-password');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await visible(
      message(page, `If an account exists for ${email}, we sent a link to reset your password.`),
    );
    expect(await message(page, 'No account was found.').count()).toBe(0);
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
    // The emulator did answer the hosted 422 for it: the form hid it on purpose.
    const answered = (
      await playground.emulatorControl<RequestLogEntry[]>('GET', 'requests')
    ).filter((entry) => entry.path.endsWith('/password-reset'));
    expect(answered.at(-1)?.status).toBe(422);
  });

  it('deleting the account signs out without an error', async () => {
    const email = uniqueEmail('delete-quietly');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await signedInPage(email);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.getByRole('button', { name: 'Delete account' }).first().click();
    const dialog = await visible(page.getByRole('dialog'));
    await dialog.getByLabel(`Type ${email} to confirm`).fill(email);
    await dialog.getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await waitForPath(page, '/account-deleted');
    expect(await isSignedIn(page)).toBe(false);
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    expect((await playground.accounts()).some((account) => account.email === email)).toBe(false);
  });
});
