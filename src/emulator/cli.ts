/**
 * `deskree-auth-emulator`: the emulator as a standalone HTTP server.
 * Run from the repo with `npm run emulator -- --port 9099`.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { startEmulatorServer } from './node.js';
import type { EmulatorServer, EmulatorServerOptions } from './node.js';
import { DataFileError } from './fileStore.js';
import { INBOX_PATH } from './inboxPage.js';
import { normalizeDomain, normalizeOrigin } from './origins.js';
import { parseSignInMethods } from './settings.js';

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
  --data <file>         Load the data from this file and journal every change to it (0600)
  --token-ttl <s>       Id token lifetime in seconds (default 3600)
  --admin-token <tok>   Value expected in the deskree-admin header (default emulator-admin-token)
  --compact-after-bytes <n>
                        Rewrite the data file as one snapshot once its journal exceeds n bytes
                        (default 1048576)
  --public-origin <url> Origin of mailed links and authUri (default: the listen address)
  --authorized-domain <host>
                        A host callBackUri may use besides localhost and 127.0.0.1 (repeatable)
  --control-origin <origin>
                        A browser origin allowed to call /emulator/v1/* cross-origin (repeatable;
                        default none: same-origin pages, curl and test runners only)
  --control-token <tok> Require "Authorization: Bearer <tok>" on the control API
                        (or set DESKREE_EMULATOR_CONTROL_TOKEN, which stays out of ps)
  --allowed-host <host> A Host header name accepted by the control API besides localhost and IP
                        addresses (repeatable; DNS-rebinding guard)
  --oauth-ttl <s>       Lifetime of OAuth handshakes and consent credentials (default 600)
  --lockout-attempts <n>
                        Failed passwords per email before TOO_MANY_ATTEMPTS_TRY_LATER (default 10;
                        0 disables)
  --lockout-window <s>  Window of those failed passwords in seconds (default 900)
  --request-log-size <n>
                        Requests kept in the request log (default 1000)
  --sign-in-methods <list>
                        Enabled sign-in methods, comma-separated, from password, google.com,
                        facebook.com, github.com (default all; wins over a --data file's)
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
export function parseCliArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): EmulatorServerOptions | undefined {
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
        'compact-after-bytes': { type: 'string' },
        'public-origin': { type: 'string' },
        'authorized-domain': { type: 'string', multiple: true },
        'control-origin': { type: 'string', multiple: true },
        'control-token': { type: 'string' },
        'allowed-host': { type: 'string', multiple: true },
        'oauth-ttl': { type: 'string' },
        'lockout-attempts': { type: 'string' },
        'lockout-window': { type: 'string' },
        'request-log-size': { type: 'string' },
        'sign-in-methods': { type: 'string' },
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
  const positive = (flag: string, value: string | undefined) => {
    const parsed = toNumber(flag, value, 0);
    if (parsed < 1) throw new CliUsageError(`--${flag} must be a positive integer, got "${value}"`);
    return parsed;
  };
  if (values['compact-after-bytes'] !== undefined)
    options.compactAfterBytes = positive('compact-after-bytes', values['compact-after-bytes']);
  if (values['oauth-ttl'] !== undefined)
    options.oauthTtlSeconds = positive('oauth-ttl', values['oauth-ttl']);
  if (values['lockout-attempts'] !== undefined)
    options.lockoutAttempts = toNumber('lockout-attempts', values['lockout-attempts'], 0);
  if (values['lockout-window'] !== undefined)
    options.lockoutWindowSeconds = positive('lockout-window', values['lockout-window']);
  if (values['request-log-size'] !== undefined)
    options.requestLogSize = positive('request-log-size', values['request-log-size']);
  try {
    if (values['public-origin']) options.publicOrigin = normalizeOrigin(values['public-origin']);
    if (values['authorized-domain'])
      options.authorizedDomains = values['authorized-domain'].map(normalizeDomain);
    if (values['control-origin'])
      options.controlOrigins = values['control-origin'].map(normalizeOrigin);
    if (values['allowed-host']) options.allowedHosts = values['allowed-host'].map(normalizeDomain);
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const controlToken = values['control-token'] ?? env.DESKREE_EMULATOR_CONTROL_TOKEN;
  if (controlToken) options.controlToken = controlToken;
  const methods = values['sign-in-methods'];
  if (methods !== undefined) {
    const list = methods
      .split(',')
      .map((method) => method.trim())
      .filter(Boolean);
    try {
      options.signInMethods = parseSignInMethods(list);
    } catch (error) {
      throw new CliUsageError(`--sign-in-methods: ${(error as Error).message}`);
    }
  }
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
  if (options.dataFile) process.stdout.write(`Persisting data to ${options.dataFile}\n`);

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
