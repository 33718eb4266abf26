#!/usr/bin/env node
// `npm run bench:tokens`: how many requests the session engine makes (docs/benchmarks.md, "Token work").
//
//   node scripts/bench/tokens.mjs             everything, writes bench/results.json `tokens` + results.md
//   node scripts/bench/tokens.mjs --no-tabs   skip the five-tab scenarios (no browser, ~5 s)
//   node scripts/bench/tokens.mjs --no-write  print only
//
// (a) and (b) run in Node on a virtual clock (tokens/clock.mjs); (c) runs in real Chromium
// (tokens/tabs.mjs). All of them use the real engine and the real emulator compiled from src/.
import { ROOT } from './measure.mjs';
import { concurrentCalls, idleTab, loadEngine, naiveCalls } from './tokens/node.mjs';
import { writeSection } from './tokens/section.mjs';
import { tabScenarios } from './tokens/tabs.mjs';

const args = new Set(process.argv.slice(2));
const ratio = (a, b) => (b ? Number((a / b).toFixed(2)) : null);

const engine = await loadEngine();

console.log('(a) idle signed-in tab, 24 h on a virtual clock…');
const idle = await idleTab(engine, { hours: 24 });
console.log(
  `    ${idle.requests} requests (${idle.refreshRequests} refreshes) = ${idle.requestsPerHour}/h; minimum ${idle.minimumRequests} (${idle.minimumPerHour}/h)`,
);

console.log('(b) 100 concurrent withIdToken(update-email) calls at expiry…');
const expired = await concurrentCalls(engine, { calls: 100, when: 'expired' });
const margin = await concurrentCalls(engine, { calls: 100, when: 'margin' });
const perCall = await naiveCalls(engine, { calls: 100, strategy: 'refreshPerCall' });
const retry = await naiveCalls(engine, { calls: 100, strategy: 'retryOnExpired' });
for (const r of [expired, margin, perCall, retry]) {
  console.log(
    `    ${(r.strategy ?? `engine, ${r.when}`).padEnd(16)} ${r.requests} requests, ${r.refreshRequests} refreshes, ${r.failedRequests} failed, ${r.callsFailed} calls failed`,
  );
}

let tabs = { status: 'skipped', note: '--no-tabs' };
if (!args.has('--no-tabs')) {
  console.log('(c) five tabs in Chromium (about 45 s: the idle scenarios run in real time)…');
  const t = await tabScenarios(engine, { root: ROOT });
  for (const [id, r] of Object.entries(t)) {
    if (typeof r !== 'object') continue;
    console.log(
      `    ${id.padEnd(20)} ${r.requests} requests, ${r.refreshRequests} refreshes, ${r.failedRequests} failed; Web Locks ${r.environment.webLocks}, ${r.tabsSignedInAfter}/5 signed in after`,
    );
  }
  tabs = {
    browser: t.browser,
    idle: {
      coordinated: t.idleCoordinated,
      uncoordinated: t.idleUncoordinated,
      refreshesPerCycle: {
        ours: t.idleCoordinated.refreshRequests / t.idleCoordinated.cycles,
        uncoordinated: t.idleUncoordinated.refreshRequests / t.idleUncoordinated.cycles,
      },
      uncoordinatedOverOurs: ratio(
        t.idleUncoordinated.refreshRequests,
        t.idleCoordinated.refreshRequests,
      ),
    },
    burst: {
      coordinated: t.burstCoordinated,
      uncoordinated: t.burstUncoordinated,
      uncoordinatedOverOurs: {
        refreshes: ratio(t.burstUncoordinated.refreshRequests, t.burstCoordinated.refreshRequests),
        requests: ratio(t.burstUncoordinated.requests, t.burstCoordinated.requests),
      },
    },
  };
}

const section = {
  status: 'ok',
  generatedAt: new Date().toISOString(),
  method: 'docs/benchmarks.md#token-work',
  summary: {
    idleRequestsPerHour: idle.requestsPerHour,
    concurrentCallsAtExpiry: {
      calls: 100,
      refreshes: expired.refreshRequests,
      requests: expired.requests,
      naiveRefreshes: perCall.refreshRequests,
      naiveRequests: perCall.requests,
    },
    fiveTabsRefreshesPerCycle: tabs.idle?.refreshesPerCycle ?? null,
    fiveTabsBurstRefreshes: tabs.burst
      ? {
          ours: tabs.burst.coordinated.refreshRequests,
          uncoordinated: tabs.burst.uncoordinated.refreshRequests,
        }
      : null,
  },
  idleTab: idle,
  concurrentCalls: {
    engineExpired: expired,
    engineInsideMargin: margin,
    naiveRefreshPerCall: perCall,
    naiveRetryOnExpired: retry,
    ratios: {
      refreshPerCallOverOurs: {
        refreshes: ratio(perCall.refreshRequests, expired.refreshRequests),
        requests: ratio(perCall.requests, expired.requests),
      },
      retryOnExpiredOverOurs: {
        refreshes: ratio(retry.refreshRequests, expired.refreshRequests),
        requests: ratio(retry.requests, expired.requests),
      },
    },
  },
  fiveTabs: tabs,
};

if (!args.has('--no-write')) {
  writeSection('tokens', section);
  console.log('Wrote the `tokens` section of bench/results.json and regenerated bench/results.md');
}
