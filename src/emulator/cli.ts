/**
 * `deskree-auth-emulator`: the emulator as a standalone HTTP server.
 * Run from the repo with `npm run emulator -- --port 9099`.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { startEmulatorServer } from './node.ts';
import type { EmulatorServer, EmulatorServerOptions } from './node.ts';
import { DataFileError } from './fileStore.ts';
import { INBOX_PATH } from './inboxPage.ts';

function isListenError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL';
}

export const HELP = `Usage: deskree-auth-emulator [options]

A local, Deskree-compatible Auth API for development and tests.

Options:
  --port <n>            Port to listen on (default 9099; 0 picks a free port)
  --host <host>         Interface to bind (default 127.0.0.1)
  --project <id>        Project id used in token claims (default demo)
  --data <file>         Load state from this file and journal every change to it (0600)
  --token-ttl <s>       Id token lifetime in seconds (default 3600)
  --admin-token <tok>   Value expected in the deskree-admin header (default emulator-admin-token)
  -h, --help            Show this help
`;

export class CliUsageError extends Error {}

function toNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new CliUsageError(`--${flag} must be a non-negative integer, got "${value}"`);
  return parsed;
}

/** Parses argv into server options; `undefined` means "print help". */
export function parseCliArgs(argv: string[]): EmulatorServerOptions | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        project: { type: 'string' },
        data: { type: 'string' },
        'token-ttl': { type: 'string' },
        'admin-token': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return undefined;
  const options: EmulatorServerOptions = {
    port: toNumber('port', values.port, 9099),
    host: values.host ?? '127.0.0.1',
    tokenTtlSeconds: toNumber('token-ttl', values['token-ttl'], 3600),
  };
  if (values.project) options.projectId = values.project;
  if (values.data) options.dataFile = resolve(values.data);
  if (values['admin-token']) options.adminToken = values['admin-token'];
  return options;
}

/** The start banner: where the API is, and the inbox page a person opens to click their mails. */
export function listeningMessage(server: Pick<EmulatorServer, 'url' | 'baseUrl'>): string {
  return [
    `Deskree Auth emulator listening on ${server.url} (base URL ${server.baseUrl})`,
    `Inbox (mails, accounts, clock, faults): ${server.url}${INBOX_PATH}`,
  ].join('\n');
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  let options: EmulatorServerOptions | undefined;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (!options) {
    process.stdout.write(HELP);
    return;
  }
  let server: EmulatorServer;
  try {
    server = await startEmulatorServer(options);
  } catch (error) {
    // One line, no stack: the problem is the user's file or port, not the emulator.
    if (!(error instanceof DataFileError) && !isListenError(error)) throw error;
    process.stderr.write(`deskree-auth-emulator: cannot start: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${listeningMessage(server)}\n`);
  if (options.dataFile) process.stdout.write(`Persisting state to ${options.dataFile}\n`);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`Received ${signal}, shutting down\n`);
    // close() also flushes the data file, so nothing written in the last moments is lost.
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

// Run only when executed directly (tsx, node dist/...), not when imported by tests.
const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
