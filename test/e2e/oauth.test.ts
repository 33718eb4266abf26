/** OAuth through the emulator's consent page: Google (implicit, `#id_token`), GitHub (`?code`), needConfirmation, cancel. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPlayground, uniqueEmail, type Playground } from './harness';
import { isSignedIn, pathOf, signOut, userCard, visible, waitForPath } from './flows';
import { PASSWORD } from '../helpers/password';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

/** Clicks the provider button on `/sign-in` and waits for the emulator's consent page. */
async function openConsent(page: Page, provider: 'Google' | 'GitHub' | 'Facebook'): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Continue with ${provider}` }).click();
  await visible(page.getByRole('heading', { name: `Sign in with ${provider}` }));
  expect(new URL(page.url()).pathname).toBe('/emulator/v1/oauth/authorize');
}

/** Fills the consent page's own identity form and continues. */
async function consentAs(page: Page, email: string, displayName: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Display name').fill(displayName);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

describe('OAuth via the emulator consent page', () => {
  it('Google: consents, comes back to /oauth/callback and lands signed in', async () => {
    const email = uniqueEmail('google');
    const page = await playground.newPage();
    await openConsent(page, 'Google');
    await consentAs(page, email, 'Grace Google');
    const card = await visible(userCard(page, email));
    expect(await page.evaluate(() => location.pathname + location.hash)).toBe('/');
    await visible(card.getByText('google.com'));
    await visible(card.getByText('Grace Google'));
    expect(
      (await playground.accounts()).find((account) => account.email === email)?.providers,
    ).toEqual(['google.com']);

    // The same identity again reuses the account.
    await signOut(page);
    await openConsent(page, 'Google');
    await consentAs(page, email, 'Grace Google');
    await visible(userCard(page, email));
    expect((await playground.accounts()).filter((account) => account.email === email)).toHaveLength(
      1,
    );
  });

  it('GitHub: the code flow signs in too', async () => {
    const email = uniqueEmail('github');
    const page = await playground.newPage();
    await openConsent(page, 'GitHub');
    await consentAs(page, email, 'Gus Hub');
    const card = await visible(userCard(page, email));
    await visible(card.getByText('github.com'));
    // The one-time code is gone from the address bar.
    expect(await page.evaluate(() => location.search)).toBe('');
  });

  it('needConfirmation: an email owned by a password account shows "You already have an account"', async () => {
    const email = uniqueEmail('owned');
    await playground.seedAccount({ email, password: PASSWORD, emailVerified: true });
    const page = await playground.newPage();
    await openConsent(page, 'Google');
    await consentAs(page, email, 'Not Linked');

    await waitForPath(page, '/oauth/callback');
    await visible(page.getByRole('heading', { name: 'You already have an account' }));
    await visible(page.getByText(email, { exact: false }));
    // Nobody is signed in, and the way out leads to the password sign-in.
    expect(await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).count()).toBe(
      0,
    );
    await page.getByRole('link', { name: 'Sign in with email and password instead' }).click();
    await waitForPath(page, '/sign-in');
    // The address comes along: only the password is left to type.
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(email);
    expect(
      (await playground.accounts()).find((account) => account.email === email)?.providers,
    ).not.toContain('google.com');
  });

  it('cancelling on the consent page says so calmly and offers the way back', async () => {
    const page = await playground.newPage();
    const accountsBefore = (await playground.accounts()).length;
    await openConsent(page, 'Facebook');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitForPath(page, '/oauth/callback');
    await visible(page.getByRole('heading', { name: 'Sign-in cancelled' }));
    // Nobody signed in, no account created, and no provider answer left in the address bar.
    expect(await isSignedIn(page)).toBe(false);
    expect(await playground.accounts()).toHaveLength(accountsBefore);
    expect(await page.evaluate(() => location.search + location.hash)).not.toMatch(
      /code=|id_token=|error=/,
    );
    await page.getByRole('link', { name: 'Back to sign in' }).click();
    await waitForPath(page, '/sign-in');
    expect(await pathOf(page)).toBe('/sign-in');
  });
});
