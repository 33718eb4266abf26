/**
 * Expiry through time travel: the test moves the EMULATOR's clock (`POST /emulator/v1/clock`), never
 * the browser's, so mailed links and id tokens expire on the server only. The playground server is
 * shared by the whole run (globalSetup): the clock is reset after every test so other files see
 * real time.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, uniqueEmail, type Playground } from './harness';
import { message, pathOf, signIn, visible, waitForPath } from './flows';
import { PASSWORD } from '../helpers/password';
import type { RequestLogEntry } from '../../src/emulator/types';

const TWO_HOURS_MS = 2 * 3600 * 1000;

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterEach(async () => {
  await playground.emulatorControl('DELETE', 'clock');
});

afterAll(async () => {
  await playground?.close();
});

/** Moves the emulator's clock forward (the browser's clock stays where it is). */
async function advanceEmulatorClock(ms: number): Promise<void> {
  const clock = await playground.emulatorControl<{ now: number; offsetMs: number }>(
    'POST',
    'clock',
    {
      advanceMs: ms,
    },
  );
  expect(clock.offsetMs).toBe(ms);
}

describe('expiry (emulator clock moved forward)', () => {
  it('a reset link opened two hours later ends in the expired-link dead end with "Request a new link"', async () => {
    const email = uniqueEmail('expired-link');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();

    await page.goto('/forgot-password');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await visible(
      message(page, `If an account exists for ${email}, we sent a link to reset your password.`),
    );
    const mail = await playground.waitForMail(email, 'resetPassword');

    await advanceEmulatorClock(TWO_HOURS_MS);

    // The API only tells on submit that the code expired (oobCodeTtlSeconds defaults to one hour).
    await page.goto(mail.link);
    await visible(page.getByRole('heading', { name: 'Choose a new password' }));
    await page.getByLabel('New password', { exact: true }).fill('battery-staple-2');
    await page.getByLabel('Confirm password', { exact: true }).fill('battery-staple-2');
    await page.getByRole('button', { name: 'Reset password' }).click();
    await visible(message(page, 'This link has expired'));
    // The expired code changed nothing.
    expect(await playground.signsIn(email, PASSWORD)).toBe(true);
    expect(await playground.signsIn(email, 'battery-staple-2')).toBe(false);
    await page.getByRole('link', { name: 'Request a new link' }).click();
    await waitForPath(page, '/forgot-password');
    expect(await pathOf(page)).toBe('/forgot-password');
  });

  it('an id token expired on the server only: the kit refreshes once, retries, and the password update succeeds', async () => {
    const email = uniqueEmail('expired-token');
    const newPassword = 'after-expiry-9';
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await signIn(page, email, PASSWORD);
    await page.goto('/account');
    const form = page.locator('[data-slot="update-password-form"]');
    await visible(form.getByLabel('Current password', { exact: true }));

    await advanceEmulatorClock(TWO_HOURS_MS);
    await playground.emulatorControl('DELETE', 'requests');

    await form.getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await form.getByLabel('New password', { exact: true }).fill(newPassword);
    await form.getByLabel('Confirm password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Update password' }).click();
    await visible(message(page, 'Your password was updated.'));

    const relevant = (await playground.emulatorControl<RequestLogEntry[]>('GET', 'requests'))
      .filter((entry) => entry.path.startsWith('/api/v1/auth/accounts/'))
      .map(
        ({ method, path, status }) =>
          `${method} ${path.replace('/api/v1/auth/accounts', '')} ${status}`,
      );
    // 403 token-expired → one refresh → the retry succeeds with no content; the change revoked the
    // refresh tokens, so the kit signs in again with the new password.
    expect(relevant).toEqual([
      'POST /update-password 403',
      'POST /token/refresh 200',
      'POST /update-password 204',
      'POST /sign-in/email 200',
    ]);
    expect(await playground.signsIn(email, newPassword)).toBe(true);
  });
});
