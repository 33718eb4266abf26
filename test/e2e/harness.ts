/**
 * End-to-end harness: the real playground (Vite dev server + emulator, in this process) driven by
 * Debian's Chromium through playwright-core. Everything goes over real HTTP; the emulator's
 * control API is the test's window into the backend (outbox, seeded accounts).
 */
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AccountView, Mail, MailKind, SeedAccount } from '../../src/emulator/types';
import { launchChromium, startPlaygroundServer, type PlaygroundServer } from './server';

export const VIEWPORT = { width: 900, height: 700 };

export interface Playground {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  browser: Browser;
  /** A fresh browser context (own storage) and page; closed by `close()`. */
  newPage(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** The mails sent to `to` (all mails without it), oldest first. */
  outbox(to?: string): Promise<Mail[]>;
  /** Polls the outbox until a mail of `kind` to `to` is there; the newest such mail. */
  waitForMail(to: string, kind: MailKind, options?: { timeoutMs?: number }): Promise<Mail>;
  /**
   * Calls the emulator's control API (`/emulator/v1/<path>`, see docs/emulator.md) with a JSON body
   * and returns its `data`; throws on any answer that is not 2xx.
   */
  emulatorControl<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** Creates an account through the control API (no mail is sent). */
  seedAccount(account: SeedAccount): Promise<AccountView>;
  accounts(): Promise<AccountView[]>;
  /** Whether the API signs `email` in with `password` right now (a direct request; no page). */
  signsIn(email: string, password: string): Promise<boolean>;
  /** Makes the next matching API calls fail (see docs/emulator.md, `POST /emulator/v1/faults`). */
  addFault(fault: {
    path: string;
    method?: string;
    status?: number;
    count?: number;
    network?: boolean;
  }): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;
/** A unique address per call, so tests never see each other's accounts or mails. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.com`;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok)
    throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A browser on the playground. The e2e project's global setup starts ONE server for all files
 * (`inject('playgroundOrigin')`); without it (a file run on its own elsewhere) this starts one.
 */
export async function startPlayground(): Promise<Playground> {
  let own: PlaygroundServer | null = null;
  let origin = inject('playgroundOrigin');
  if (!origin) {
    own = await startPlaygroundServer();
    origin = own.origin;
  }

  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];

  const control = (path: string, init?: RequestInit) =>
    fetch(`${origin}/emulator/v1/${path}`, init);

  const playground: Playground = {
    origin,
    browser,

    async newPage(options = {}) {
      const context = await browser.newContext({
        viewport: VIEWPORT,
        colorScheme: options.colorScheme ?? 'light',
        baseURL: origin,
      });
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
      for (;;) {
        const mails = (await playground.outbox(to)).filter((mail) => mail.kind === kind);
        const mail = mails[mails.length - 1];
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`No ${kind} mail to ${to} within the timeout`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },

    async emulatorControl<T>(method: string, path: string, body?: unknown) {
      const response = await control(path, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return (await json<{ data: T }>(response)).data;
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

    async signsIn(email, password) {
      const response = await fetch(`${origin}/api/v1/auth/accounts/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (response.ok) return true;
      if (response.status === 400 || response.status === 422) return false;
      throw new Error(`sign-in/email answered ${response.status}: ${await response.text()}`);
    },

    async addFault(fault) {
      const response = await control('faults', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fault),
      });
      if (response.status !== 201)
        throw new Error(`POST /emulator/v1/faults answered ${response.status}`);
    },

    async close() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
      await own?.close();
    },
  };

  return playground;
}
