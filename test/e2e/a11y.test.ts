/**
 * axe on the playground's main pages, light and dark: the kit's screens and the playground shell
 * around them (header, outbox panel with a mail in it) must pass the WCAG 2.1 A/AA rules,
 * contrast included. One page per theme, moving with the client router to keep it quick.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, uniqueEmail, type Playground } from './harness';
import { userCard, visible, waitForPath } from './flows';
import { violations } from './axe';
import { PASSWORD } from '../helpers/password';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

describe.each(['light', 'dark'] as const)('accessibility, %s theme', (theme) => {
  it('sign-in, sign-up, forgot password, signed-in home and account settings pass axe', async () => {
    const email = uniqueEmail(`a11y-${theme}`);
    // A sign-up through the API: a real account and a mail in the outbox panel.
    await fetch(`${playground.origin}/api/v1/auth/accounts/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const page = await playground.newPage({ colorScheme: theme });
    await page.addInitScript((value) => localStorage.setItem('playground.theme', value), theme);
    const nav = page.getByRole('navigation', { name: 'Pages' });

    await page.goto('/sign-in');
    await visible(
      page
        .getByRole('complementary', { name: 'Emulator outbox' })
        .getByRole('link', { name: `Verify email link for ${email}` }),
    );
    expect(await violations(page), '/sign-in').toEqual([]);

    await nav.getByRole('link', { name: 'Sign up' }).click();
    await visible(page.getByRole('heading', { name: 'Create an account', level: 1 }));
    expect(await violations(page), '/sign-up').toEqual([]);

    await nav.getByRole('link', { name: 'Forgot password' }).click();
    await visible(page.getByRole('heading', { name: 'Reset your password', level: 1 }));
    expect(await violations(page), '/forgot-password').toEqual([]);

    await nav.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(userCard(page, email));
    expect(await violations(page), '/ (signed in)').toEqual([]);

    await page.getByRole('link', { name: 'Account settings' }).click();
    await waitForPath(page, '/account');
    await visible(page.getByRole('heading', { name: 'Account settings' }));
    expect(await violations(page), '/account').toEqual([]);
  });
});
