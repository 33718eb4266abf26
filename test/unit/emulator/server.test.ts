// @vitest-environment node
// Real loopback HTTP: Node's own fetch/Response, not jsdom's globals.
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { startEmulatorServer } from '../../../src/emulator/node';
import type { EmulatorServer } from '../../../src/emulator/node';
import { HELP, listeningMessage, parseCliArgs } from '../../../src/emulator/cli';
import { deskreeEmulator } from '../../../src/emulator/vite';

let dir: string;
const servers: EmulatorServer[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskree-emulator-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startEmulatorServer>[0] = {}) {
  const server = await startEmulatorServer({ port: 0, passwordHashIterations: 1000, ...options });
  servers.push(server);
  return server;
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    // The "No content" endpoints answer 204 without a body.
    body: (text ? JSON.parse(text) : undefined) as { data: Record<string, string> },
  };
}

describe('startEmulatorServer', () => {
  it('serves the API over loopback HTTP on a free port', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.baseUrl).toBe(`${server.url}/api/v1/`);
    const signup = await postJson(`${server.baseUrl}auth/accounts/signup`, {
      email: 'a@example.com',
      password: 'qwerty12345',
    });
    expect(signup.status).toBe(200);
    const authUrl = await postJson(`${server.baseUrl}auth/accounts/sign-in/auth-url`, {
      providerId: 'github.com',
      callBackUri: 'http://localhost:5173/cb',
    });
    expect(
      authUrl.body.data.authUri?.startsWith(`${server.url}/emulator/v1/oauth/authorize?`),
    ).toBe(true);
    const consent = await fetch(authUrl.body.data.authUri ?? '');
    expect(consent.headers.get('content-type')).toMatch(/text\/html/);
    expect(server.emulator.requestCount('/signup')).toBe(1);
    const preflight = await fetch(`${server.baseUrl}auth/accounts/signup`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('a network fault drops the connection', async () => {
    const server = await start();
    server.emulator.faults.add({ path: '/api/v1/auth/accounts/roles', network: true });
    await expect(fetch(`${server.baseUrl}auth/accounts/roles`)).rejects.toThrow(TypeError);
    expect((await fetch(`${server.baseUrl}auth/accounts/roles`)).status).toBe(401);
  });

  it('with a data file, a restart loses nothing: accounts, refresh tokens and signing key survive', async () => {
    const dataFile = join(dir, 'nested', 'auth-data.json');
    const first = await start({ dataFile });
    const signup = await postJson(`${first.baseUrl}auth/accounts/signup`, {
      email: 'keep@example.com',
      password: 'qwerty12345',
    });
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    expect(existsSync(dataFile)).toBe(true);
    expect(readdirSync(join(dir, 'nested')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(dataFile, 'utf8')).not.toContain('qwerty12345');

    const second = await start({ dataFile });
    const refreshed = await postJson(`${second.baseUrl}auth/accounts/token/refresh`, {
      refresh_token: signup.body.data.refreshToken,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.data.user_id).toBe(signup.body.data.uid);
    // The old id token still verifies: the key was persisted.
    const changed = await postJson(
      `${second.baseUrl}auth/accounts/update-email`,
      { email: 'kept@example.com' },
      { 'x-authorization': `Bearer ${signup.body.data.idToken}` },
    );
    expect(changed.status).toBe(204);
    const signin = await postJson(`${second.baseUrl}auth/accounts/sign-in/email`, {
      email: 'kept@example.com',
      password: 'qwerty12345',
    });
    expect(signin.status).toBe(200);
  });
});

describe('CLI', () => {
  it('parses flags', () => {
    expect(
      parseCliArgs([
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--project',
        'p1',
        '--token-ttl',
        '60',
        '--admin-token',
        'T',
        '--data',
        'x.json',
      ]),
    ).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      projectId: 'p1',
      tokenTtlSeconds: 60,
      adminToken: 'T',
      dataFile: expect.stringMatching(/x\.json$/),
    });
    expect(parseCliArgs([])).toMatchObject({
      port: 9099,
      host: '127.0.0.1',
      tokenTtlSeconds: 3600,
    });
    expect(parseCliArgs(['--help'])).toBeUndefined();
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--nope'])).toThrow();
    expect(HELP).toContain('--data');
    expect(
      listeningMessage({ url: 'http://127.0.0.1:9099', baseUrl: 'http://127.0.0.1:9099/api/v1/' }),
    ).toBe(
      'Deskree Auth emulator listening on http://127.0.0.1:9099 (base URL http://127.0.0.1:9099/api/v1/)\n' +
        'Inbox (mails, accounts, clock, faults): http://127.0.0.1:9099/emulator/',
    );
  });

  it('runs as a process, answers over HTTP and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/emulator/cli.ts', '--port', '0', '--project', 'cli-test'],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`CLI did not start: ${output}`)), 15000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match =
          /Deskree Auth emulator listening on (http:\/\/127\.0\.0\.1:\d+) \(base URL \1\/api\/v1\/\)/.exec(
            output,
          );
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    await vi.waitFor(() =>
      expect(output).toContain(`Inbox (mails, accounts, clock, faults): ${url}/emulator/`),
    );
    const inbox = await fetch(`${url}/emulator/`);
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toContain('<h1>Emulator inbox</h1>');
    const roles = await fetch(`${url}/api/v1/auth/accounts/roles`, {
      headers: { 'deskree-admin': 'emulator-admin-token' },
    });
    expect(roles.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 20000);
});

describe('Vite plugin', () => {
  it('exposes the emulator and forwards only its prefixes', async () => {
    const plugin = deskreeEmulator({ passwordHashIterations: 1000 });
    expect(plugin.name).toBe('deskree-auth-emulator');
    let middleware: ((req: unknown, res: unknown, next: () => void) => void) | undefined;
    const fakeServer = {
      middlewares: { use: (fn: typeof middleware) => (middleware = fn) },
      httpServer: null,
    };
    (plugin.configureServer as (server: unknown) => void)(fakeServer);
    let nextCalled = false;
    middleware?.({ url: '/src/main.tsx' }, {}, () => (nextCalled = true));
    expect(nextCalled).toBe(true);

    const { createServer } = await import('node:http');
    const http = createServer((req, res) => middleware?.(req, res, () => res.writeHead(418).end()));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as { port: number };
    try {
      const res = await postJson(`http://127.0.0.1:${port}/api/v1/auth/accounts/signup`, {
        email: 'v@example.com',
        password: 'qwerty12345',
      });
      expect(res.status).toBe(200);
      expect(plugin.api.emulator.accounts()).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(418);
      // The inbox page is mounted the same way, at /emulator/ and /emulator/ui.
      for (const path of ['/emulator/', '/emulator/ui', '/emulator/?to=v%40example.com']) {
        const page = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('v@example.com');
      }
      const bare = await fetch(`http://127.0.0.1:${port}/emulator`, { redirect: 'manual' });
      expect(bare.headers.get('location')).toBe('/emulator/');
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
