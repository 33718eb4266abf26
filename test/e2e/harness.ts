/**
 * End-to-end harness: the real playground (Vite dev server + emulator, in this process) driven by
 * Debian's Chromium through playwright-core. Everything goes over real HTTP; the emulator's
 * control API is the test's window into the backend (outbox, seeded accounts).
 */
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { AccountView, Mail, MailKind, SeedAccount } from '../../src/emulator/types';

const CONFIG_FILE = fileURLToPath(new URL('../../playground/vite.config.ts', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORT = { width: 900, height: 700 };

export interface Playground {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  browser: Browser;
  server: ViteDevServer;
  /** A fresh browser context (own storage) and page; closed by `close()`. */
  newPage(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** The mails sent to `to` (all mails without it), oldest first. */
  outbox(to?: string): Promise<Mail[]>;
  /** Polls the outbox until a mail of `kind` to `to` arrives (the newest one wins). */
  waitForMail(to: string, kind: MailKind, options?: { after?: number; timeoutMs?: number }): Promise<Mail>;
  /** Creates an account through the control API (no mail is sent). */
  seedAccount(account: SeedAccount): Promise<AccountView>;
  accounts(): Promise<AccountView[]>;
  close(): Promise<void>;
}

let counter = 0;
/** A unique address per call, so tests never see each other's accounts or mails. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.com`;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function startPlayground(): Promise<Playground> {
  // The playground config picks the port before creating the emulator so mailed links carry it;
  // `0` asks it for any free port (passing `server.port` here would bypass that).
  process.env.PLAYGROUND_PORT = '0';
  const server = await createServer({
    configFile: CONFIG_FILE,
    logLevel: 'warn',
    // Other people edit the sources while tests run: no watcher, no HMR reloads mid-test.
    server: { hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address !== 'object') throw new Error('The playground did not start listening');
  const origin = `http://127.0.0.1:${address.port}`;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const contexts: BrowserContext[] = [];

  const control = (path: string, init?: RequestInit) => fetch(`${origin}/emulator/v1/${path}`, init);

  const playground: Playground = {
    origin,
    browser,
    server,

    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: options.colorScheme ?? 'light', baseURL: origin });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      return page;
    },

    async outbox(to) {
      const query = to ? `?to=${encodeURIComponent(to)}` : '';
      return (await json<{ data: Mail[] }>(await control(`outbox${query}`))).data;
    },

    async waitForMail(to, kind, options = {}) {
      const deadline = Date.now() + (options.timeoutMs ?? 10_000);
      const after = options.after ?? 0;
      for (;;) {
        const mails = (await playground.outbox(to)).filter((mail) => mail.kind === kind);
        const mail = mails[mails.length - 1];
        if (mail && mails.length > after) return mail;
        if (Date.now() > deadline) throw new Error(`No ${kind} mail to ${to} within the timeout`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },

    async seedAccount(account) {
      const response = await control('accounts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      });
      return (await json<{ data: AccountView }>(response)).data;
    },

    async accounts() {
      return (await json<{ data: AccountView[] }>(await control('accounts'))).data;
    },

    async close() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
      await server.close();
    },
  };

  // Warm-up: the first load makes Vite pre-bundle React & co; doing it here keeps that (and the
  // full reload it can trigger) out of the first test.
  const page = await playground.newPage();
  await page.goto(origin, { waitUntil: 'networkidle' });
  await page.context().close();
  return playground;
}
