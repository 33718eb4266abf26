// Token work of ONE tab, in Node, against the in-process emulator, on a virtual clock (clock.mjs):
//   (a) an idle signed-in tab for 24 h: refresh requests per hour;
//   (b) 100 concurrent authenticated calls (withIdToken → update-email) when the token has expired
//       (and when it is merely inside the refresh margin), against naive baselines run the same way.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../measure.mjs';
import { installClock } from './clock.mjs';

const HOUR = 3_600_000;
const EMAIL = 'bench@example.com';
const PASSWORD = 'correct horse battery';

/** The real engine and emulator, compiled from src/ by esbuild (what the library build does). */
export async function loadEngine() {
  const outfile = resolve(ROOT, 'bench/.out/tokens/engine.mjs');
  mkdirSync(resolve(ROOT, 'bench/.out/tokens'), { recursive: true });
  await build({
    stdin: {
      contents: `export { createAuthClient, createAuthSession, REFRESH_MARGIN_MS } from './src/core/index.ts';
export { createEmulator } from './src/emulator/index.ts';`,
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'tokens-engine.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** One emulator + client + session on a fresh virtual clock, signed in. */
async function setup(engine, { tokenTtlSeconds = 3600 } = {}) {
  let inFlight = 0;
  const clock = installClock({ inFlight: () => inFlight });
  const emulator = engine.createEmulator({
    now: clock.now,
    tokenTtlSeconds,
    passwordHashIterations: 1000,
  });
  const countingFetch = (input, init) => {
    inFlight++;
    return emulator.fetch(input, init).finally(() => {
      inFlight--;
    });
  };
  const client = engine.createAuthClient({
    baseUrl: 'http://emulator.test/api/v1/',
    fetch: countingFetch,
    now: clock.now,
  });
  await emulator.createAccount({ email: EMAIL, password: PASSWORD, emailVerified: true });
  const session = engine.createAuthSession({
    client,
    storage: 'memory',
    crossTab: false,
    now: clock.now,
    logger: { warn() {} },
  });
  await session.initialize();
  const { session: signedIn } = await client.signInWithEmail({ email: EMAIL, password: PASSWORD });
  session.setSession(signedIn);
  await clock.settle();
  emulator.clearRequests();
  const events = [];
  session.onAuthStateChange((e) => events.push(e.type));
  const teardown = () => {
    session.destroy();
    clock.uninstall();
  };
  return { clock, emulator, client, session, signedIn, events, teardown };
}

function tally(emulator) {
  const requests = emulator.requests().filter((r) => r.path.startsWith('/api/v1/auth/'));
  return {
    total: requests.length,
    refresh: requests.filter((r) => r.path.endsWith('/token/refresh')).length,
    updateEmail: requests.filter((r) => r.path.endsWith('/update-email')).length,
    failed: requests.filter((r) => r.status >= 400 || r.status === 0).length,
  };
}

/** (a) A signed-in tab left open for `hours`: only the refresh timer talks to the server. */
export async function idleTab(engine, { hours = 24 } = {}) {
  const { clock, emulator, events, teardown } = await setup(engine);
  try {
    await clock.advance(hours * HOUR);
    const t = tally(emulator);
    const ttlMs = HOUR;
    const marginMs = engine.REFRESH_MARGIN_MS;
    const minimum = (hours * HOUR) / (ttlMs - marginMs); // one refresh per (TTL − margin), the floor for a proactive refresher
    return {
      simulatedHours: hours,
      tokenTtlSeconds: 3600,
      refreshMarginMs: marginMs,
      requests: t.total,
      refreshRequests: t.refresh,
      failedRequests: t.failed,
      requestsPerHour: Number((t.total / hours).toFixed(3)),
      // A proactive refresher needs one refresh per (TTL − margin) = 55 min: 60/55 per hour.
      minimumPerHour: Number((HOUR / (ttlMs - marginMs)).toFixed(3)),
      minimumRequests: Math.floor(minimum),
      overMinimum: Number((t.total / Math.floor(minimum)).toFixed(3)),
      signedOutEvents: events.filter((e) => e === 'signedOut').length,
      stillSignedIn: true,
    };
  } finally {
    teardown();
  }
}

/** What the emulator saw, and how many of the callers' promises rejected. */
function requestSummary(emulator, results) {
  const t = tally(emulator);
  return {
    requests: t.total,
    refreshRequests: t.refresh,
    updateEmailRequests: t.updateEmail,
    failedRequests: t.failed,
    callsFailed: results.filter((r) => r.status === 'rejected').length,
  };
}

/**
 * (b) `calls` authenticated calls started in the same tick, each `session.withIdToken(token =>
 * client.updateEmail({ email: same }, { idToken: token }))` (same address: nothing changes, no
 * token is revoked). `when`: 'expired' (tab was frozen past expiresAt, the timer has not run) or
 * 'margin' (inside the 5-minute margin, before the timer fires).
 */
export async function concurrentCalls(engine, { calls = 100, when = 'expired' } = {}) {
  const { clock, emulator, client, session, signedIn, teardown } = await setup(engine);
  try {
    clock.jump(
      when === 'expired'
        ? signedIn.expiresAt - clock.now() + 60_000
        : signedIn.expiresAt - clock.now() - 120_000,
    );
    const results = await Promise.allSettled(
      Array.from({ length: calls }, () =>
        session.withIdToken((idToken) => client.updateEmail({ email: EMAIL }, { idToken })),
      ),
    );
    await clock.settle();
    return { calls, when, ...requestSummary(emulator, results) };
  } finally {
    teardown();
  }
}

/**
 * Naive baselines, same emulator, same calls, no engine:
 * - `refreshPerCall`: every call refreshes for itself before calling (no single-flight);
 * - `retryOnExpired`: every call sends its stale token, gets 403 "token expired", refreshes, retries.
 */
export async function naiveCalls(engine, { calls = 100, strategy }) {
  const { clock, emulator, client, signedIn, teardown } = await setup(engine);
  try {
    clock.jump(signedIn.expiresAt - clock.now() + 60_000);
    const one = async () => {
      if (strategy === 'refreshPerCall') {
        const { session } = await client.refreshToken(signedIn.refreshToken);
        return client.updateEmail({ email: EMAIL }, { idToken: session.idToken });
      }
      try {
        return await client.updateEmail({ email: EMAIL }, { idToken: signedIn.idToken });
      } catch {
        const { session } = await client.refreshToken(signedIn.refreshToken);
        return client.updateEmail({ email: EMAIL }, { idToken: session.idToken });
      }
    };
    const results = await Promise.allSettled(Array.from({ length: calls }, one));
    await clock.settle();
    return { calls, strategy, ...requestSummary(emulator, results) };
  } finally {
    teardown();
  }
}
