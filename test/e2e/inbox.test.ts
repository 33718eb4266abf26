/**
 * The emulator's inbox page (`/emulator/`) in Chromium, mounted by the Vite plugin next to the
 * playground app: a person clicks their verification mail and lands on the app, moves the clock,
 * adds a fault, resets everything. axe passes in both themes, markup in an email stays text, and a
 * form posted from another origin changes nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { VIEWPORT, startPlayground, uniqueEmail, type Playground } from './harness';
import { message, visible, waitForPath } from './flows';
import { PASSWORD } from '../helpers/password';
import { violations } from './axe';

let playground: Playground;

beforeAll(async () => {
  playground = await startPlayground();
});

afterEach(async () => {
  // The server is shared with the other e2e files: leave it on real time and without faults.
  await fetch(`${playground.origin}/emulator/v1/clock`, { method: 'DELETE' });
  await fetch(`${playground.origin}/emulator/v1/faults`, { method: 'DELETE' });
});

afterAll(async () => {
  await Promise.allSettled(noScriptContexts.map((context) => context.close()));
  await playground?.close();
});

async function signUpThroughApi(email: string): Promise<void> {
  const response = await fetch(`${playground.origin}/api/v1/auth/accounts/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
}

async function clock(): Promise<{ offsetMs: number }> {
  const response = await fetch(`${playground.origin}/emulator/v1/clock`);
  return ((await response.json()) as { data: { offsetMs: number } }).data;
}

const section = (page: Page, name: string) => page.getByRole('region', { name });

/** A page in a context with JavaScript off: the inbox must work as plain HTML forms. */
async function pageWithoutJavaScript(): Promise<Page> {
  const context = await playground.browser.newContext({
    javaScriptEnabled: false,
    viewport: VIEWPORT,
    baseURL: playground.origin,
  });
  noScriptContexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

const noScriptContexts: BrowserContext[] = [];

describe('the inbox page', () => {
  it('signing up through the API, then clicking the verification link on /emulator/ verifies the email in the app', async () => {
    const email = uniqueEmail('inbox');
    await signUpThroughApi(email);
    const page = await playground.newPage();
    await page.goto('/emulator/');
    await visible(page.getByRole('heading', { name: 'Emulator inbox', level: 1 }));

    // Keyboard only: filter by recipient (Enter submits), then follow the link.
    const mails = section(page, 'Mails');
    await mails.getByLabel('Recipient').focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('to') === email);
    const rows = mails.getByRole('row');
    await expect.poll(() => rows.count()).toBe(2); // header + the one mail to this address
    const link = mails.getByRole('link', { name: `Verify email link for ${email}` });
    const mail = await playground.waitForMail(email, 'verifyEmail');
    expect(await link.getAttribute('href')).toBe(mail.link);
    await link.focus();
    await page.keyboard.press('Enter');

    await waitForPath(page, '/verify-email');
    await visible(message(page, 'Your email is verified.'));
    expect(
      (await playground.accounts()).find((account) => account.email === email)?.emailVerified,
    ).toBe(true);

    // Back on the inbox the code shows as used, and the account as verified.
    await page.goto(`/emulator/?to=${encodeURIComponent(email)}`);
    await visible(section(page, 'Mails').getByText('Used', { exact: true }));
    const account = section(page, 'Accounts').getByRole('row', { name: new RegExp(email) });
    expect(await account.getByRole('cell').first().textContent()).toBe('Yes');
  });

  it('advances the clock by a chosen amount from the page, and resets it (without JavaScript)', async () => {
    const page = await pageWithoutJavaScript();
    await page.goto('/emulator/');
    const clockSection = section(page, 'Clock');
    await clockSection.getByLabel('Advance by').fill('2');
    await clockSection.getByLabel('Unit').selectOption('hours');
    await clockSection.getByRole('button', { name: 'Advance the clock' }).click();
    await visible(page.getByRole('status').getByText('The clock moved forward.'));
    await visible(section(page, 'Clock').getByText('+2 h'));
    expect((await clock()).offsetMs).toBe(2 * 3_600_000);

    await section(page, 'Clock').getByRole('button', { name: 'Reset the clock' }).click();
    await visible(page.getByRole('status').getByText('The clock is back to real time.'));
    await visible(section(page, 'Clock').getByText('none (real time)'));
    expect((await clock()).offsetMs).toBe(0);
  });

  it('adds a fault from the page, explains a refused one, and clears them', async () => {
    const page = await playground.newPage();
    await page.goto('/emulator/');
    const faults = section(page, 'Faults');
    await faults.getByLabel('Path').fill('/api/v1/auth/accounts/sign-in/email');
    await faults.getByLabel('Status').fill('503');
    await faults.getByRole('button', { name: 'Add fault' }).click();
    await visible(page.getByRole('status').getByText('Fault added.'));
    await visible(section(page, 'Faults').getByRole('cell', { name: 'answers 503' }));

    // A path without "/" is refused by the control API's own check, shown next to the field.
    await section(page, 'Faults').getByLabel('Path').fill('no-slash');
    await section(page, 'Faults').getByRole('button', { name: 'Add fault' }).click();
    await visible(page.getByRole('alert').getByText('A fault needs a "path" starting with "/"'));
    expect(await page.getByLabel('Path').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Path').inputValue()).toBe('no-slash');
    expect(await page.getByLabel('Path').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );

    await section(page, 'Faults').getByRole('button', { name: 'Clear all faults' }).click();
    await visible(page.getByRole('status').getByText('All faults were cleared.'));
    const listed = await fetch(`${playground.origin}/emulator/v1/faults`);
    expect(((await listed.json()) as { data: unknown[] }).data).toEqual([]);
  });

  it('coming back to the tab shows mails sent meanwhile, but never drops what was typed', async () => {
    const page = await playground.newPage();
    // Counts the page's unloads across reloads, so a reload that should not happen is seen.
    await page.addInitScript(() =>
      addEventListener('pagehide', () =>
        sessionStorage.setItem('unloads', String(Number(sessionStorage.getItem('unloads')) + 1)),
      ),
    );
    const comeBack = () =>
      page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const mailLink = (email: string) =>
      section(page, 'Mails').getByRole('link', { name: `Verify email link for ${email}` });

    await page.goto('/emulator/?done=clock-reset');
    const first = uniqueEmail('returning');
    await signUpThroughApi(first);
    await comeBack();
    await visible(mailLink(first));
    // The notice of the earlier action does not come back with the reload.
    expect(new URL(page.url()).searchParams.has('done')).toBe(false);

    // Half-typed: coming back keeps the page (and the text) as it is.
    const email = section(page, 'Accounts').getByLabel('Email', { exact: true });
    await email.fill('half-typed@example.com');
    const second = uniqueEmail('returning');
    await signUpThroughApi(second);
    await comeBack();
    expect(await email.inputValue()).toBe('half-typed@example.com');
    // Once the field is back to how it was served, coming back reloads again.
    await email.fill('');
    await comeBack();
    await visible(mailLink(second));
    expect(await page.evaluate(() => sessionStorage.getItem('unloads'))).toBe('2');
  });

  it('shows an email carrying markup as text, and no script runs', async () => {
    const email = `<img/src/onerror=alert(1)>${uniqueEmail('xss')}`;
    await signUpThroughApi(email);
    await playground.seedAccount({
      email: uniqueEmail('xss-name'),
      displayName: '<script>alert(2)</script>',
    });
    const page = await playground.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`/emulator/?to=${encodeURIComponent(email)}`);
    const mails = section(page, 'Mails');
    await visible(mails.getByRole('link', { name: `Only mails to ${email}`, exact: true }));
    await visible(mails.getByRole('link', { name: `Verify email link for ${email}` }));
    await page.goto('/emulator/');
    await visible(section(page, 'Accounts').getByText('<script>alert(2)</script>'));
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('resets everything from the page (without JavaScript)', async () => {
    await signUpThroughApi(uniqueEmail('reset'));
    const page = await pageWithoutJavaScript();
    await page.goto('/emulator/');
    await section(page, 'Accounts').getByRole('button', { name: 'Reset the emulator' }).click();
    await visible(page.getByRole('status').getByText(/The emulator was reset/));
    await visible(section(page, 'Accounts').getByText('No accounts yet.'));
    await visible(section(page, 'Mails').getByText(/^No mails yet/));
    expect(await playground.accounts()).toEqual([]);
    expect(await playground.outbox()).toEqual([]);
  });

  it('refuses a form posted to it from another origin (even one that knows the form token)', async () => {
    const email = uniqueEmail('csrf');
    await signUpThroughApi(email);
    const page = await playground.newPage();
    await page.goto('/emulator/');
    const formToken = await page.locator('input[name=formToken]').first().inputValue();

    // A page on another local port posts the reset form on load, as a malicious site would.
    const attacker: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><form method="post" action="${playground.origin}/emulator/ui/reset">
<input name="formToken" value="${formToken}"></form><script>document.forms[0].submit()</script>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = attacker.address() as AddressInfo;
      await page.goto(`http://localhost:${port}/`);
      await page.waitForURL(`${playground.origin}/emulator/ui/reset`);
      await visible(page.getByRole('heading', { name: 'The emulator refused this request' }));
      await visible(page.getByRole('alert').getByText(/came from another site/));
    } finally {
      await new Promise((resolve) => attacker.close(resolve));
    }
    expect((await playground.accounts()).some((account) => account.email === email)).toBe(true);
  });
});

describe.each(['light', 'dark'] as const)('the inbox page passes axe, %s theme', (theme) => {
  it('with mails, accounts, a fault, a notice and a refused form', async () => {
    await signUpThroughApi(uniqueEmail(`inbox-a11y-${theme}`));
    await playground.seedAccount({
      email: uniqueEmail(`inbox-a11y-invited-${theme}`),
      disabled: true,
      providers: ['github.com'],
    });
    await playground.addFault({ path: '/api/v1/auth/accounts/sign-in/email', status: 503 });
    const page = await playground.newPage({ colorScheme: theme });
    await page.goto('/emulator/?done=fault-added');
    await visible(page.getByRole('status'));
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      theme === 'dark',
    );
    expect(await violations(page), '/emulator/').toEqual([]);

    await section(page, 'Clock').getByLabel('Advance by').fill('-1');
    // The browser's own validation would stop a negative number; the server's check is what we test.
    await section(page, 'Clock')
      .getByLabel('Advance by')
      .evaluate((input) => input.removeAttribute('min'));
    await section(page, 'Clock').getByRole('button', { name: 'Advance the clock' }).click();
    await visible(page.getByRole('alert').getByText('Type a number of 0 or more.'));
    expect(await violations(page), '/emulator/ (refused form)').toEqual([]);
  });
});
