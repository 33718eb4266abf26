/**
 * Measurements against the emulator CLI over loopback, shared by test/unit/emulator/cli.test.ts
 * (small runs inside `npm test`) and scripts/bench/emulator-hardening.ts (the larger figures).
 * Every loop is bounded.
 *
 * @example
 * const figures = await killDuringBursts({ file, trials: 20 });
 * // figures.lost must be 0
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createEmulator } from '../../src/emulator';
import type { AccountRecord } from '../../src/emulator';
import { startCli } from './emulatorProcess';

export interface KillFigures {
  trials: number;
  /** Sign-ups answered 200 before a kill. */
  acknowledged: number;
  /** Acknowledged sign-ups missing after the restart. */
  lost: number;
  /** Trials whose kill landed while requests were in flight. */
  killedMidRequest: number;
}

async function listEmails(url: string): Promise<Set<string>> {
  const response = await fetch(`${url}/emulator/v1/accounts`);
  const body = (await response.json()) as { data: { email: string }[] };
  return new Set(body.data.map((account) => account.email));
}

/**
 * Runs `trials` rounds of: start the CLI on `file`, check every sign-up acknowledged so far is
 * there, fire sign-ups from `concurrency` parallel loops, `kill -9` the process at a random moment.
 */
export async function killDuringBursts(options: {
  file: string;
  trials: number;
  concurrency?: number;
  burstMs?: [number, number];
  extraArgs?: string[];
  /** `signup` hashes a password (slow, like the probe); `invite` creates an account and a mail without. */
  operation?: 'signup' | 'invite';
}): Promise<KillFigures> {
  const {
    file,
    trials,
    concurrency = 6,
    burstMs = [150, 450],
    extraArgs = [],
    operation = 'signup',
  } = options;
  const acknowledged = new Set<string>();
  let lost = 0;
  let killedMidRequest = 0;
  let counter = 0;
  for (let trial = 0; trial <= trials; trial++) {
    const cli = await startCli(['--data', file, ...extraArgs]);
    const present = await listEmails(cli.url);
    for (const email of acknowledged) if (!present.has(email)) lost++;
    // The acknowledged set only grows: count each loss once, then forget it.
    for (const email of acknowledged) if (!present.has(email)) acknowledged.delete(email);
    if (trial === trials) {
      await cli.stop('SIGTERM');
      break;
    }
    let killed = false;
    let inFlight = 0;
    const worker = async () => {
      for (let i = 0; i < 200 && !killed; i++) {
        const email = `kill${trial}-${counter++}@example.com`;
        inFlight++;
        try {
          const response = await fetch(`${cli.url}/api/v1/auth/accounts/${operation}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(
              operation === 'signup' ? { email, password: 'qwerty12345' } : { email },
            ),
          });
          if (response.status === 200) acknowledged.add(email);
          await response.arrayBuffer();
        } catch {
          return; // the process is gone
        } finally {
          inFlight--;
        }
      }
    };
    const workers = Array.from({ length: concurrency }, worker);
    const [min, max] = burstMs;
    await new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
    if (inFlight > 0) killedMidRequest++;
    killed = true;
    await cli.stop('SIGKILL');
    await Promise.all(workers);
  }
  return { trials, acknowledged: acknowledged.size + lost, lost, killedMidRequest };
}

export interface LatencyFigures {
  accounts: number;
  p50Ms: number;
  p95Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

async function timeAuthUrl(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/auth/accounts/sign-in/auth-url`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ providerId: 'google.com', callBackUri: 'http://localhost:5173/cb' }),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`auth-url answered ${response.status}`);
  return performance.now() - started;
}

/**
 * Times `requests` sequential `sign-in/auth-url` mutations (each journaled and synced) on every
 * server, alternating between them request by request, so a busy machine slows them alike and the
 * comparison stays fair.
 */
export async function mutationLatency(
  servers: { url: string; accounts: number }[],
  requests: number,
): Promise<LatencyFigures[]> {
  const times = servers.map(() => [] as number[]);
  for (let i = 0; i < requests; i++) {
    for (const [index, server] of servers.entries())
      times[index]?.push(await timeAuthUrl(server.url));
  }
  return servers.map((server, index) => {
    const sorted = (times[index] ?? []).sort((a, b) => a - b);
    return {
      accounts: server.accounts,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
    };
  });
}

/** Writes a (version 1) data file holding `count` accounts and a signing key, without any HTTP. */
export async function writeDataFileWithAccounts(file: string, count: number): Promise<void> {
  const source = createEmulator();
  await source.jwks();
  const snapshot = source.snapshot();
  const accounts: AccountRecord[] = [];
  for (let i = 0; i < count; i++) {
    const uid = `seed${String(i).padStart(24, '0')}`;
    accounts.push({
      uid,
      email: `seed${i}@example.com`,
      emailVerified: true,
      disabled: false,
      passwordHash: {
        algorithm: 'PBKDF2-SHA256',
        iterations: 1000,
        salt: 'c2FsdA',
        hash: 'aGFzaA',
      },
      providers: [],
      displayName: `Seed ${i}`,
      photoUrl: '',
      createdAt: Date.now(),
    });
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...snapshot, accounts }), { mode: 0o600 });
}
