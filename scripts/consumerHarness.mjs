// What `npm run test:package` and `npm run test:examples` share: both build and pack the kit, install
// the tarball into an app outside the repo, start processes (the emulator from the installed bin,
// the app) and drive Chromium, reporting named checks as `N passed, M failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function tail(text, lines = 40) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function indent(text) {
  return String(text)
    .trimEnd()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}

const describe = (error) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

/** Thrown by a failed check: the run stops there (later checks depend on earlier ones). */
class StopError extends Error {}

/** Counts named checks and runs the cleanups (last registered first) when the run ends. */
export function createRun() {
  let passed = 0;
  let failed = 0;
  const cleanups = [];
  const started = Date.now();

  async function check(name, fn) {
    const t = Date.now();
    try {
      const result = await fn();
      passed += 1;
      console.log(`  ✓ ${name} (${seconds(Date.now() - t)})`);
      return result;
    } catch (error) {
      failed += 1;
      console.log(`  ✗ ${name}\n${indent(describe(error))}`);
      throw new StopError();
    }
  }

  /** Runs `main`, cleans up, prints `report()` lines, the time and the counts; sets the exit code. */
  async function finish(main, report = () => []) {
    try {
      await main();
    } catch (error) {
      if (!(error instanceof StopError)) {
        failed += 1;
        console.log(`  ✗ unexpected error\n${indent(describe(error))}`);
      }
    } finally {
      await cleanUpTo(0);
    }
    console.log('');
    for (const line of report()) console.log(line);
    console.log(`Took ${seconds(Date.now() - started)}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
  }

  /** Runs (and forgets) the cleanups registered after the first `count`. */
  async function cleanUpTo(count) {
    while (cleanups.length > count) {
      const cleanup = cleanups.pop();
      try {
        await cleanup();
      } catch (error) {
        console.log(`  (cleanup failed: ${error instanceof Error ? error.message : error})`);
      }
    }
  }

  return { check, finish, cleanups, cleanUpTo };
}

/** Runs a command to completion; rejects with its output's tail on failure or timeout. */
export function run(command, args, { cwd = root, timeoutMs = 300_000, env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${command} ${args.join(' ')}: no exit within ${timeoutMs / 1000}s\n${tail(output)}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${tail(output)}`),
        );
    });
  });
}

/**
 * Starts a long-running process, stopped by the run's cleanups (SIGTERM, SIGKILL after 5 s).
 * `matched` resolves with the `ready` regex's match on its output, and rejects when it exits first.
 */
export function startProcess(cleanups, command, args, { cwd, env, ready, timeoutMs = 30_000 }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  });
  const matched = new Promise((resolvePromise, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${command}: not ready within ${timeoutMs / 1000}s\n${tail(output)}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(`${command} exited (${code ?? signal}) before it was ready:\n${tail(output)}`),
      );
    });
  });
  return { child, matched, exited, output: () => output };
}

/** A temp dir outside the repo, removed at the end unless `keep`. */
export function workDir({ cleanups }, prefix, keep) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() =>
    keep ? console.log(`  (kept ${work})`) : rmSync(work, { recursive: true, force: true }),
  );
  return work;
}

/** `npm run build`, then `npm pack` into `work`: the tarball a user would install. */
export async function buildAndPack({ check }, work) {
  await check('npm run build', () => run('npm', ['run', 'build']));
  return check('npm pack', async () => {
    const out = await run('npm', ['pack', '--json', '--pack-destination', work]);
    const [info] = JSON.parse(out.slice(out.indexOf('[')));
    const file = join(work, info.filename);
    assert(existsSync(file), `no tarball at ${file}`);
    return file;
  });
}

/** The system's Chromium, closed by the run's cleanups. */
export async function launchRunChromium({ cleanups }) {
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  return browser;
}
