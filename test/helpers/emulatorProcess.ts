/**
 * The emulator CLI as a child process on loopback, for tests and figures that need a real process
 * (kill -9, exit codes, file modes). No vitest import: scripts/bench uses it too.
 *
 * @example
 * const cli = await startCli(['--data', file]);
 * await fetch(`${cli.url}/api/v1/auth/accounts/roles`); cli.kill('SIGKILL');
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = 'src/emulator/cli.ts';
const LISTENING = /Deskree Auth emulator listening on (http:\/\/[^\s]+) \(base URL/;

export interface CliProcess {
  url: string;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Sends the signal and resolves with the exit code (null when killed by the signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface CliExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts the CLI (port 0 unless given) and resolves once it listens. */
export function startCli(args: string[], timeoutMs = 15_000): Promise<CliProcess> {
  const child = spawnCli(args.includes('--port') ? args : ['--port', '0', ...args]);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise<CliProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The emulator CLI did not start within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        child,
        output: () => output,
        stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The emulator CLI exited with ${code} before listening: ${output}`));
    });
  });
}

/** Runs the CLI until it exits on its own (a start that must fail). */
export function runCliToExit(args: string[], timeoutMs = 15_000): Promise<CliExit> {
  const child = spawnCli(['--port', '0', ...args]);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<CliExit>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The emulator CLI kept running: ${stdout}${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
