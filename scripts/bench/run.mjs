#!/usr/bin/env node
// `npm run bench`: our sizes + the peers', written to bench/results.json and bench/results.md.
//
//   node scripts/bench/run.mjs            install peers into bench/.work (registry needed) and measure
//   node scripts/bench/run.mjs --fresh    reinstall the peers at their latest versions
//   node scripts/bench/run.mjs --no-peers our scenarios only (keeps the peers from the last results)
//
// `render` and `tokens` in results.json belong to other benchmarks (render counts, token work): this
// script keeps whatever is there and only creates placeholders. Budgets are reported here;
// `npm run size` is the CI guard that fails on them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESBUILD_VERSION, ROOT, kB } from './measure.mjs';
import { installPeers, measurePeers } from './peers.mjs';
import { OWN_SCENARIOS, budgetFailures, formatOwnTable, measureOwn } from './size.mjs';
import { measureWithVite } from './viteFirstLoad.mjs';

const args = new Set(process.argv.slice(2));
const JSON_PATH = resolve(ROOT, 'bench/results.json');
const MD_PATH = resolve(ROOT, 'bench/results.md');
const previous = existsSync(JSON_PATH) ? JSON.parse(readFileSync(JSON_PATH, 'utf8')) : {};

console.log('Measuring our scenarios…');
const ours = await measureOwn();
console.log(formatOwnTable(ours));

// The same sign-in page built by Vite (Rollup): a cross-check of the esbuild figure, not a budget.
const signInPage = OWN_SCENARIOS.find((scenario) => scenario.id === 'signInPage');
let vite;
try {
  vite = { status: 'ok', ...(await measureWithVite(signInPage.code)) };
  console.log(`\nsignInPage built by Vite ${vite.vite}: ${kB(vite.gzip)} kB first load`);
} catch (error) {
  vite = { status: 'error', error: String(error) };
  console.log(`\nsignInPage built by Vite: error ${vite.error}`);
}

let peers = previous.size?.peers ?? {};
if (!args.has('--no-peers')) {
  console.log('\nInstalling peers into bench/.work…');
  const installErrors = installPeers({ fresh: args.has('--fresh') });
  for (const [name, error] of Object.entries(installErrors))
    console.log(`  install failed: ${name}: ${error}`);
  console.log('Measuring peers…');
  peers = await measurePeers(installErrors);
}

// What "ours" is compared with: the sign-in page (AuthProvider + SignInForm), like the peers' screens.
const reference = 'signInPage';
const ref = ours[reference];
const ratios = {
  reference,
  referenceLabel: ref?.label ?? null,
  referenceGzip: ref?.gzip ?? null,
  peers: Object.fromEntries(
    Object.entries(peers)
      .filter(([, p]) => p.status === 'ok' && ref?.gzip)
      .map(([id, p]) => [
        id,
        {
          oursOverPeer: Number((ref.gzip / p.gzip).toFixed(2)),
          peerOverOurs: Number((p.gzip / ref.gzip).toFixed(2)),
          ...(p.cssGzip && ours.styles?.gzip
            ? {
                withCss: {
                  ours: ref.gzip + ours.styles.gzip,
                  peer: p.gzip + p.cssGzip,
                  peerOverOurs: Number(
                    ((p.gzip + p.cssGzip) / (ref.gzip + ours.styles.gzip)).toFixed(2),
                  ),
                },
              }
            : {}),
        },
      ]),
  ),
};

const results = {
  schema: 1,
  generatedAt: new Date().toISOString(),
  environment: {
    node: process.version,
    esbuild: ESBUILD_VERSION,
    settings:
      'bundle, minify, tree-shake, platform=browser, format=esm, target=es2020, NODE_ENV=production, gzip level 9 (node:zlib)',
    units: 'bytes',
    method: 'docs/benchmarks.md',
  },
  size: {
    ours,
    budgetFailures: budgetFailures(ours),
    viteSignInPage: vite,
    peers,
    ratios,
  },
  // Filled by the render-count benchmark (React layer): renders per interaction, per hook.
  render: previous.render ?? {
    status: 'pending',
    note: 'not measured yet: run `npm run bench:render`',
  },
  // Filled by the token-work benchmark (core session): refreshes, storage reads/writes, cross-tab messages.
  tokens: previous.tokens ?? {
    status: 'pending',
    note: 'not measured yet: run `npm run bench:tokens`',
  },
};
writeFileSync(JSON_PATH, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(MD_PATH, markdown(results));
console.log(`\nWrote bench/results.json and bench/results.md`);
printPeers(results);

function printPeers({ size }) {
  console.log(
    `\nPeers (gzip, React external); ours = ${size.ratios.reference} ${kB(size.ratios.referenceGzip)} kB`,
  );
  for (const [id, p] of Object.entries(size.peers)) {
    if (p.status !== 'ok') {
      console.log(`  ${id.padEnd(14)} ERROR ${p.error}`);
      continue;
    }
    const r = size.ratios.peers[id];
    const css = p.cssGzip ? ` + ${kB(p.cssGzip)} kB CSS` : '';
    console.log(
      `  ${id.padEnd(14)} ${`${kB(p.gzip)} kB${css}`.padEnd(22)} ours/peer ${r?.oursOverPeer ?? '—'}  peer/ours ${r?.peerOverOurs ?? '—'}`,
    );
  }
  if (size.budgetFailures.length > 0)
    console.log(`\nOver budget: ${size.budgetFailures.join('; ')}`);
}

function markdown({ generatedAt, environment, size, render, tokens }) {
  const lines = [
    '# Benchmark results',
    '',
    `Generated ${generatedAt} by \`npm run bench\` (Node ${environment.node}, esbuild ${environment.esbuild}). Method: [docs/benchmarks.md](../docs/benchmarks.md). kB = 1000 bytes, gzip level 9.`,
    '',
    '## Our bundle sizes',
    '',
    '| Scenario | External | gzip | minified | Budget | Status |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...Object.values(size.ours).map(
      (r) =>
        `| ${r.label} | ${r.external} | ${r.gzip != null ? `${kB(r.gzip)} kB` : '—'} | ${r.minified != null ? `${kB(r.minified)} kB` : '—'} | ${r.budget != null ? `${kB(r.budget)} kB` : ''} | ${r.status}${r.status === 'error' ? ` (${r.error})` : ''} |`,
    ),
    '',
    size.viteSignInPage?.status === 'ok'
      ? `Cross-check: the sign-in page built by Vite ${size.viteSignInPage.vite} (Rollup) loads ${kB(size.viteSignInPage.gzip)} kB gzip first (${kB(size.viteSignInPage.minified)} kB minified), ${kB(size.viteSignInPage.lazyGzip)} kB later in ${size.viteSignInPage.lazyChunks} chunk(s). Rollup keeps the code the entry shares with its \`import()\` chunks in the entry chunk; esbuild gives it a chunk of its own.`
      : `Cross-check with Vite: ${size.viteSignInPage?.error ?? 'not measured'}.`,
    '',
    `## Peers (everything but React bundled)`,
    '',
    `Ours for the ratios: **${size.ratios.referenceLabel}**, ${kB(size.ratios.referenceGzip)} kB gzip.`,
    '',
    '| Library | Kind | Version | gzip | CSS gzip | Peer ÷ ours | Note |',
    '| --- | --- | --- | ---: | ---: | ---: | --- |',
    ...Object.entries(size.peers).map(([id, p]) => {
      const version = Object.entries(p.versions ?? {})
        .map(([n, v]) => `${n}@${v ?? '?'}`)
        .join(', ');
      if (p.status !== 'ok')
        return `| ${p.label} | ${p.kind} | ${version} | error | | | ${p.error.replaceAll('|', '\\|').slice(0, 200)} |`;
      const r = size.ratios.peers[id];
      return `| ${p.label} | ${p.kind} | ${version} | ${kB(p.gzip)} kB | ${p.cssGzip ? `${kB(p.cssGzip)} kB` : ''} | ${r ? `${r.peerOverOurs}×` : ''} | ${[p.note, p.installNote && `Installed: ${p.installNote}.`].filter(Boolean).join(' ').replaceAll('|', '\\|')} |`;
    }),
    '',
    '## Render counts',
    '',
    ...renderMarkdown(render),
    '',
    '## Token work',
    '',
    ...tokensMarkdown(tokens),
    '',
  ];
  return lines.join('\n');
}

// `render` and `tokens` are written by `npm run bench:render` / `npm run bench:tokens`; here they are only shown.
function renderMarkdown(render) {
  if (render.status === 'pending') return [`Pending: ${render.note}.`];
  const lines = [
    `\`npm run bench:render\`, ${render.generatedAt}, ${render.environment?.browser}, React ${render.environment?.react}. Typing a 20-character email then a 20-character password, one key at a time.`,
    '',
  ];
  lines.push(
    '| Library | Form root | Root renders / keystroke | Profiler onRender / keystroke | Component renders / keystroke | Median mount (to layout) | Median mount (commit) | First mount |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [label, r] of [
    ['deskree-auth-react `<AuthProvider>` + `<SignInForm/>`', render.ours],
    ['Supabase Auth UI `<Auth/>` (ThemeSupa)', render.supabase],
  ]) {
    if (!r || r.status !== 'ok') {
      lines.push(`| ${label} | | ${r?.status ?? '—'} | | | | | |`);
      continue;
    }
    const t = r.typing;
    const m = r.mount;
    lines.push(
      `| ${label} | \`${t.root}\` | ${t.rootRendersPerKeystroke} (${t.rootRenders}/${t.keystrokes}) | ${t.profilerOnRenderPerKeystroke} | ${t.componentRendersPerKeystroke} | ${m.medianLayoutMs} ms | ${m.medianCommitMs} ms | ${m.firstMount.layoutMs} ms |`,
    );
  }
  const s = render.summary ?? {};
  if (s.supabaseOverOursMount != null)
    lines.push(
      '',
      `Supabase ÷ ours: mount ${s.supabaseOverOursMount}×, component renders per keystroke ${s.supabaseOverOursComponentRendersPerKeystroke}×.`,
    );
  return lines;
}

function tokensMarkdown(tokens) {
  if (tokens.status === 'pending') return [`Pending: ${tokens.note}.`];
  const a = tokens.idleTab;
  const c = tokens.concurrentCalls;
  const row = (label, r) =>
    `| ${label} | ${r.requests} | ${r.refreshRequests} | ${r.failedRequests} |`;
  const lines = [
    `\`npm run bench:tokens\`, ${tokens.generatedAt}. Real session engine and emulator; (a), (b) in Node on a virtual clock, (c) in ${tokens.fiveTabs?.browser ?? 'Chromium (skipped)'}.`,
    '',
    `**(a) Idle signed-in tab**, token TTL ${a.tokenTtlSeconds} s, margin ${a.refreshMarginMs / 60000} min, ${a.simulatedHours} h: ${a.requests} requests (${a.refreshRequests} refreshes) = **${a.requestsPerHour} requests/hour** (one refresh per 55 min is the minimum for a proactive refresher: ${a.minimumPerHour}/h).`,
    '',
    `**(b) ${c.engineExpired.calls} concurrent authenticated calls at expiry** (\`withIdToken\` → update-email):`,
    '',
    '| Strategy | Requests | Refreshes | Failed (4xx) |',
    '| --- | ---: | ---: | ---: |',
    row('ours, token expired (frozen tab)', c.engineExpired),
    row('ours, inside the 5-min margin', c.engineInsideMargin),
    row('naive: refresh per call (no single-flight)', c.naiveRefreshPerCall),
    row('naive: call, 403 expired, refresh, retry', c.naiveRetryOnExpired),
    '',
    `Naive ÷ ours: refresh-per-call ${c.ratios.refreshPerCallOverOurs.refreshes}× refreshes, ${c.ratios.refreshPerCallOverOurs.requests}× requests; retry-on-expired ${c.ratios.retryOnExpiredOverOurs.refreshes}× refreshes, ${c.ratios.retryOnExpiredOverOurs.requests}× requests.`,
  ];
  const t = tokens.fiveTabs;
  if (t?.idle) {
    lines.push(
      '',
      '**(c) Five tabs of one origin** (five Chromium pages of one context: shared localStorage, BroadcastChannel, Web Locks; one emulator):',
      '',
      '| Scenario | Requests | Refreshes | Failed | Tabs signed in after |',
      '| --- | ---: | ---: | ---: | ---: |',
      `| idle, ${t.idle.coordinated.cycles} refresh periods, ours | ${t.idle.coordinated.requests} | ${t.idle.coordinated.refreshRequests} | ${t.idle.coordinated.failedRequests} | ${t.idle.coordinated.tabsSignedInAfter}/5 |`,
      `| idle, uncoordinated tabs | ${t.idle.uncoordinated.requests} | ${t.idle.uncoordinated.refreshRequests} | ${t.idle.uncoordinated.failedRequests} | ${t.idle.uncoordinated.tabsSignedInAfter}/5 |`,
      `| ${t.burst.coordinated.calls} calls (${t.burst.coordinated.callsPerTab}/tab) past expiry, ours | ${t.burst.coordinated.requests} | ${t.burst.coordinated.refreshRequests} | ${t.burst.coordinated.failedRequests} | ${t.burst.coordinated.tabsSignedInAfter}/5 |`,
      `| same, uncoordinated tabs | ${t.burst.uncoordinated.requests} | ${t.burst.uncoordinated.refreshRequests} | ${t.burst.uncoordinated.failedRequests} | ${t.burst.uncoordinated.tabsSignedInAfter}/5 |`,
      '',
      `Refreshes per refresh period: ours ${t.idle.refreshesPerCycle.ours}, uncoordinated ${t.idle.refreshesPerCycle.uncoordinated} (${t.idle.uncoordinatedOverOurs}×); burst refreshes ${t.burst.uncoordinatedOverOurs.refreshes}×.`,
    );
  }
  return lines;
}
