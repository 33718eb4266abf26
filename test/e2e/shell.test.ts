/**
 * The playground shell: routing, theme and language switches, and the outbox panel that lets a
 * person follow mailed links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, uniqueEmail, type Playground } from './harness';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterAll(async () => {
  await playground?.close();
});

describe('playground shell', () => {
  it('navigates between pages without reloading and supports back/forward', async () => {
    const page = await playground.newPage();
    await page.goto('/');
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same document';
    });
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await nav.getByRole('link', { name: 'Sign up' }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/sign-up');
    await nav.getByRole('link', { name: 'Forgot password' }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/forgot-password');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/sign-up');
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'same document',
    );
    await page.goto('/nowhere');
    await expect(page.getByRole('heading', { name: 'Page not found' }).isVisible()).resolves.toBe(
      true,
    );
  });

  it('switches theme and language, and remembers both across reloads', async () => {
    const page = await playground.newPage();
    await page.goto('/');
    const root = page.locator('[data-slot="auth-root"]');
    expect(await root.getAttribute('data-theme')).toBe('light');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await root.getAttribute('data-theme')).toBe('dark');
    await page.getByLabel('Language').selectOption('fr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The kit's own texts follow the locale.
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.getByRole('button', { name: 'Se connecter', exact: true }).waitFor();
    await page.reload();
    expect(await page.locator('[data-slot="auth-root"]').getAttribute('data-theme')).toBe('dark');
    expect(await page.getByLabel('Language').inputValue()).toBe('fr');
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).waitFor();
  });

  it('lists mails in the outbox panel with links on this origin, and resets the emulator', async () => {
    const email = uniqueEmail('outbox');
    const page = await playground.newPage();
    await page.goto('/');
    const outbox = page.getByRole('complementary', { name: 'Emulator outbox' });

    // A sign-up through the real API sends a verification mail.
    const response = await fetch(`${playground.origin}/api/v1/auth/accounts/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'secret123' }),
    });
    expect(response.status).toBe(200);

    const link = outbox.getByRole('link', { name: `Verify email link for ${email}` });
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${playground.origin}/verify-email\\?oobCode=[^&]+&uid=`));

    // Collapsible: the toggle hides and shows the list.
    const toggle = outbox.getByRole('button', { name: /^Outbox/ });
    await toggle.click();
    expect(await link.isVisible()).toBe(false);
    await toggle.click();
    expect(await link.isVisible()).toBe(true);

    await outbox.getByRole('button', { name: 'Reset emulator' }).click();
    await link.waitFor({ state: 'detached' });
    expect(await playground.accounts()).toEqual([]);
  });
});
