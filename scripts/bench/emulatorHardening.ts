// `npm run bench:emulator`: the emulator CLI's durability and cost figures at a larger scale than
// test/unit/emulator/cli.test.ts runs inside `npm test` (docs/benchmarks.md, "Emulator under faults").
//
//   node --import tsx scripts/bench/emulatorHardening.ts [--trials 40] [--requests 500]
//
// Loopback only; every loop is bounded. Nothing is written: the figures are printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startCli } from '../../test/helpers/emulatorProcess.ts';
import {
  killDuringBursts,
  mutationLatency,
  writeDataFileWithAccounts,
} from '../../test/helpers/emulatorProbes.ts';

const { values } = parseArgs({
  options: { trials: { type: 'string' }, requests: { type: 'string' } },
});
const trials = Number(values.trials ?? 40);
const requests = Number(values.requests ?? 500);
const dir = mkdtempSync(join(tmpdir(), 'deskree-bench-'));

try {
  console.log(`kill -9 during bursts of sign-ups: ${trials} trials…`);
  const kills = await killDuringBursts({
    file: join(dir, 'kill.json'),
    trials,
    concurrency: 8,
    burstMs: [300, 900],
    extraArgs: ['--compact-after-bytes', '50000'],
  });
  console.log(`  ${JSON.stringify(kills)}`);
  console.log(`kill -9 during bursts of invitations (no password hashing): ${trials} trials…`);
  const inviteKills = await killDuringBursts({
    file: join(dir, 'kill-invites.json'),
    trials,
    concurrency: 8,
    burstMs: [300, 900],
    extraArgs: ['--compact-after-bytes', '50000'],
    operation: 'invite',
  });
  console.log(`  ${JSON.stringify(inviteKills)}`);

  console.log(`p50 of sign-in/auth-url, ${requests} requests per server, alternating…`);
  const servers = [];
  const clis = [];
  for (const accounts of [500, 5000, 20000]) {
    const file = join(dir, `accounts-${accounts}.json`);
    await writeDataFileWithAccounts(file, accounts);
    const cli = await startCli(['--data', file]);
    clis.push(cli);
    servers.push({ url: cli.url, accounts });
  }
  await mutationLatency(servers, 50);
  const latencies = await mutationLatency(servers, requests);
  await Promise.all(clis.map((cli) => cli.stop('SIGTERM')));
  for (const figures of latencies) {
    console.log(
      `  ${String(figures.accounts).padStart(6)} accounts: p50 ${figures.p50Ms.toFixed(2)} ms, p95 ${figures.p95Ms.toFixed(2)} ms`,
    );
  }
  const [first, second, third] = latencies;
  if (first && second && third)
    console.log(
      `  ratio 5,000 / 500: ${(second.p50Ms / first.p50Ms).toFixed(2)}; 20,000 / 500: ${(third.p50Ms / first.p50Ms).toFixed(2)}`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
