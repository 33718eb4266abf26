// (c) Five tabs of one origin at expiry, in real Chromium: five pages of one browser context, so
// they share localStorage, BroadcastChannel and Web Locks for real. Each page runs the session
// engine (tab-entry.ts); one emulator in Node answers all of them (request interception), so its
// request log counts the whole origin's traffic.
import { resolve } from 'node:path';
import { launchChromium } from '../../chromium.mjs';
import { bundle, ORIGIN, page, serve } from './browser.mjs';

const TABS = 5;
const EMAIL = 'tabs@example.com';
const PASSWORD = 'correct horse battery';

/**
 * @param engine from loadEngine() (the emulator runs in Node)
 * @param {{ coordinated: boolean, mode: 'idle' | 'burst', cycles?: number, callsPerTab?: number }} options
 *   idle: tokens live 10 s (margin = half = 5 s), every tab's refresh timer falls due at the same
 *   moment; the tabs stay open for `cycles` refresh periods of real time.
 *   burst: tokens live 1 h; the shared clock jumps past expiry (no timer has run: frozen tabs) and
 *   every tab starts `callsPerTab` authenticated calls at the same wall-clock instant.
 */
export async function fiveTabs(
  engine,
  browser,
  script,
  { coordinated, mode, cycles = 3, callsPerTab = 20 },
) {
  let offset = 0;
  const ttl = mode === 'idle' ? 10 : 3600;
  const emulator = engine.createEmulator({
    now: () => Date.now() + offset,
    tokenTtlSeconds: ttl,
    passwordHashIterations: 1000,
  });
  await emulator.createAccount({ email: EMAIL, password: PASSWORD, emailVerified: true });
  const context = await browser.newContext();
  try {
    if (!coordinated) {
      // The uncoordinated baseline: what a tab without Web Locks or cross-tab messages does.
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'locks', {
          get: () => undefined,
          configurable: true,
        }),
      );
    }
    await serve(
      context,
      {
        '/': { type: 'text/html', body: page() },
        '/app.js': { type: 'text/javascript', body: script },
      },
      { emulator },
    );
    const pages = [];
    for (let i = 0; i < TABS; i++) {
      const p = await context.newPage();
      await p.goto(`${ORIGIN}/`);
      await p.waitForFunction(() => window.tab !== undefined);
      await p.evaluate((c) => window.tab.start({ coordinated: c }), coordinated);
      pages.push(p);
    }
    const signedIn = await pages[0].evaluate(
      ([e, pw]) => window.tab.signIn(e, pw),
      [EMAIL, PASSWORD],
    );
    if (coordinated) {
      for (const p of pages) await p.waitForFunction(() => window.tab.status() === 'signedIn');
    } else {
      for (const p of pages.slice(1)) await p.evaluate((s) => window.tab.setSession(s), signedIn);
    }
    const environment = {
      visibility: await Promise.all(pages.map((p) => p.evaluate(() => window.tab.visibility()))),
      webLocks: await pages[0].evaluate(() => window.tab.locks()),
    };
    emulator.clearRequests();
    let callsFailed = 0;
    if (mode === 'idle') {
      // Real time: `cycles` refresh periods after sign-in, plus slack for the last refresh to land.
      const periodMs = (ttl * 1000) / 2;
      const elapsed = Date.now() - (signedIn.expiresAt - ttl * 1000);
      await new Promise((r) => setTimeout(r, cycles * periodMs - elapsed + 1500));
    } else {
      offset = signedIn.expiresAt - Date.now() + 60_000;
      await Promise.all(pages.map((p) => p.evaluate((o) => window.tab.setOffset(o), offset)));
      const at = Date.now() + 300;
      const failures = await Promise.all(
        pages.map((p) =>
          p.evaluate(([n, e, t]) => window.tab.burst(n, e, t), [callsPerTab, EMAIL, at]),
        ),
      );
      callsFailed = failures.flat().length;
      await new Promise((r) => setTimeout(r, 300));
    }
    const requests = emulator.requests().filter((r) => r.path.startsWith('/api/v1/auth/'));
    const statuses = await Promise.all(pages.map((p) => p.evaluate(() => window.tab.status())));
    return {
      tabs: TABS,
      coordinated,
      mode,
      tokenTtlSeconds: ttl,
      ...(mode === 'idle' ? { cycles } : { callsPerTab, calls: callsPerTab * TABS, callsFailed }),
      requests: requests.length,
      refreshRequests: requests.filter((r) => r.path.endsWith('/token/refresh')).length,
      updateEmailRequests: requests.filter((r) => r.path.endsWith('/update-email')).length,
      failedRequests: requests.filter((r) => r.status >= 400 || r.status === 0).length,
      tabsSignedInAfter: statuses.filter((s) => s === 'signedIn').length,
      environment,
    };
  } finally {
    await context.close();
  }
}

export async function tabScenarios(engine, { root }) {
  const { js } = await bundle(resolve(root, 'scripts/bench/tokens/tab-entry.ts'));
  const browser = await launchChromium();
  try {
    const out = {};
    out.idleCoordinated = await fiveTabs(engine, browser, js, { coordinated: true, mode: 'idle' });
    out.idleUncoordinated = await fiveTabs(engine, browser, js, {
      coordinated: false,
      mode: 'idle',
    });
    out.burstCoordinated = await fiveTabs(engine, browser, js, {
      coordinated: true,
      mode: 'burst',
    });
    out.burstUncoordinated = await fiveTabs(engine, browser, js, {
      coordinated: false,
      mode: 'burst',
    });
    return { browser: `Chromium ${browser.version()}`, ...out };
  } finally {
    await browser.close();
  }
}
