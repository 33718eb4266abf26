#!/usr/bin/env node
// Screenshots of the playground's main screens, light and dark, for the docs:
//   node scripts/screenshots.mjs            → docs/screenshots/<screen>-<theme>.png
// Starts the playground (Vite + emulator) in this process on a free port, drives Debian's Chromium
// (never a downloaded one), seeds what each screen needs through the emulator's control API.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 900, height: 700 };
const PASSWORD = 'correct-horse-1';

process.env.PLAYGROUND_PORT = '0';
const server = await createServer({
  configFile: `${root}playground/vite.config.ts`,
  logLevel: 'warn',
  server: { hmr: false, watch: null },
});
await server.listen();
const address = server.httpServer.address();
const origin = `http://127.0.0.1:${address.port}`;

const browser = await launchChromium();

async function control(path, init) {
  const response = await fetch(`${origin}/emulator/v1/${path}`, init);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function api(path, body) {
  const response = await fetch(`${origin}/api/v1/auth/accounts/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
  // Several endpoints answer with no content (as the hosted service does).
  return text ? JSON.parse(text) : null;
}

/** A page with the playground's theme preset and the outbox panel collapsed (the screen is the subject). */
async function openPage(theme) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: theme,
    deviceScaleFactor: 1,
  });
  await context.addInitScript((value) => localStorage.setItem('playground.theme', value), theme);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function collapseOutbox(page) {
  const toggle = page
    .getByRole('complementary', { name: 'Emulator outbox' })
    .getByRole('button', { name: /Outbox/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

async function settle(page) {
  await page.waitForLoadState('networkidle');
  // Let focus rings and transitions finish, and keep the caret out of the picture.
  await page.evaluate(
    () => document.activeElement instanceof HTMLElement && document.activeElement.blur(),
  );
  await page.waitForTimeout(250);
}

const screens = {
  async 'sign-in'(page) {
    await page.goto(`${origin}/sign-in`);
  },
  async 'sign-up'(page) {
    await page.goto(`${origin}/sign-up`);
  },
  async 'reset-password'(page, theme) {
    // A real reset link from the outbox, so the page shows its form rather than a dead end.
    const email = `reset-${theme}@example.com`;
    await control('accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD, emailVerified: true }),
    });
    await api('password-reset', { email });
    const { data } = await control(`outbox?to=${encodeURIComponent(email)}`);
    await page.goto(data[data.length - 1].link);
  },
  async 'check-your-inbox'(page, theme) {
    // Sign-up's result: the verification mail was sent, and the next step.
    await page.goto(`${origin}/sign-up`);
    await page.getByLabel('Email', { exact: true }).fill(`new-${theme}@example.com`);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  },
  async 'link-used'(page, theme) {
    // A reset link used once already: the dead end with its reason and the way on.
    const email = `used-${theme}@example.com`;
    await control('accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD, emailVerified: true }),
    });
    await api('password-reset', { email });
    const { data } = await control(`outbox?to=${encodeURIComponent(email)}`);
    const mail = data[data.length - 1];
    await api('verify/password-reset', { oobCode: mail.oobCode, newPassword: `${PASSWORD}-2` });
    await page.goto(mail.link);
    await page.getByLabel('New password', { exact: true }).fill(`${PASSWORD}-3`);
    await page.getByLabel('Confirm password', { exact: true }).fill(`${PASSWORD}-3`);
    await page.getByRole('button', { name: 'Reset password' }).click();
    await page.getByText('This link was already used or is invalid').waitFor();
  },
  async 'account-settings'(page, theme) {
    const email = `account-${theme}@example.com`;
    await control('accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD, emailVerified: true }),
    });
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    const password = page.getByLabel('Password', { exact: true });
    if (!(await password.isVisible()))
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await password.fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.goto(`${origin}/account`);
  },
  async 'emulator-inbox'(page) {
    // The emulator's own page (not the playground app): a few mails, accounts and a fault.
    await control('accounts', { method: 'DELETE' });
    const json = { method: 'POST', headers: { 'content-type': 'application/json' } };
    await control('accounts', {
      ...json,
      body: JSON.stringify({
        email: 'grace@example.com',
        password: PASSWORD,
        emailVerified: true,
        providers: ['google.com'],
        displayName: 'Grace Hopper',
      }),
    });
    const { data: ada } = await api('signup', { email: 'ada@example.com', password: PASSWORD });
    const invite = await fetch(`${origin}/api/v1/auth/accounts/invite`, {
      ...json,
      headers: { ...json.headers, 'x-authorization': `Bearer ${ada.idToken}` },
      body: JSON.stringify({ email: 'alan@example.com' }),
    });
    if (!invite.ok) throw new Error(`invite: ${invite.status}`);
    await api('password-reset', { email: 'grace@example.com' });
    await control('faults', {
      ...json,
      body: JSON.stringify({ path: '/api/v1/auth/accounts/sign-in/email', status: 503, count: 2 }),
    });
    await page.goto(`${origin}/emulator/`);
  },
};

/** Screens taken whole rather than cut at the window's height. */
const FULL_PAGE = new Set(['account-settings']);

/** Screens that are not the playground app, so have no outbox panel to collapse. */
const WITHOUT_SHELL = new Set(['emulator-inbox']);

const only = process.argv.slice(2);
try {
  await mkdir(outDir, { recursive: true });
  await control('accounts', { method: 'DELETE' });
  for (const theme of ['light', 'dark']) {
    for (const [name, open] of Object.entries(screens)) {
      if (only.length > 0 && !only.includes(name)) continue;
      // No screen inherits another's setup: the inbox screen leaves sign-in faults behind.
      await control('faults', { method: 'DELETE' });
      const page = await openPage(theme);
      await open(page, theme);
      if (!WITHOUT_SHELL.has(name)) await collapseOutbox(page);
      await settle(page);
      const file = `${outDir}${name}-${theme}.png`;
      // Account settings is taller than the window; the whole page shows its last section too.
      await page.screenshot({ path: file, fullPage: FULL_PAGE.has(name) });
      console.log(`wrote ${file.slice(root.length)}`);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
