// @vitest-environment node
// The emulator CLI as developers leave it running: real processes, real files, loopback HTTP only.
// Prints its figures ("[emulator figures] ..."); scripts/bench/emulator-hardening.ts runs bigger ones.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, importJWK } from 'jose';
import type { JWK } from 'jose';
import { runCliToExit, startCli } from '../../helpers/emulatorProcess';
import type { CliProcess } from '../../helpers/emulatorProcess';
import type { LatencyFigures } from '../../helpers/emulatorProbes';
import {
  killDuringBursts,
  mutationLatency,
  writeDataFileWithAccounts,
} from '../../helpers/emulatorProbes';
import { parseDataFile } from '../../../src/emulator/fileStore';
import type { Loose } from '../../helpers/emulatorRequests';

let dir: string;
const running: CliProcess[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskree-cli-'));
});
afterAll(async () => {
  await Promise.all(running.map((cli) => cli.stop('SIGKILL')));
  rmSync(dir, { recursive: true, force: true });
});

async function start(args: string[]): Promise<CliProcess> {
  const cli = await startCli(args);
  running.push(cli);
  return cli;
}

function figure(name: string, value: unknown): void {
  console.info(`[emulator figures] ${name}: ${JSON.stringify(value)}`);
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
    headers: response.headers,
    body: text ? (JSON.parse(text) as Loose) : undefined,
  };
}

/** A raw HTTP request, for headers fetch will not send as given (Host, huge headers). */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('durability under kill -9', () => {
  it('loses 0 acknowledged sign-ups over 20 kills during bursts', async () => {
    const figures = await killDuringBursts({
      file: join(dir, 'kill', 'auth.json'),
      trials: 20,
      // Small: compactions happen during the bursts too, so kills land in them as well.
      extraArgs: ['--compact-after-bytes', '20000'],
    });
    figure('kill -9 trials', figures);
    expect(figures.trials).toBe(20);
    expect(figures.acknowledged).toBeGreaterThan(20);
    expect(figures.killedMidRequest).toBeGreaterThan(10);
    expect(figures.lost).toBe(0);
    expect(statSync(join(dir, 'kill', 'auth.json')).mode & 0o777).toBe(0o600);
  }, 120_000);
});

describe('one server, probed like an attacker on the same machine', () => {
  let cli: CliProcess;
  let file: string;
  beforeAll(async () => {
    file = join(dir, 'probe.json');
    cli = await start(['--data', file]);
  });

  it('creates the data file 0600', () => {
    const mode = statSync(file).mode & 0o777;
    figure('data file mode', mode.toString(8));
    expect(mode).toBe(0o600);
  });

  it('redeems one reset code exactly once among 20 parallel requests', async () => {
    await postJson(`${cli.url}/api/v1/auth/accounts/signup`, {
      email: 'race@example.com',
      password: 'qwerty12345',
    });
    await postJson(`${cli.url}/api/v1/auth/accounts/password-reset`, { email: 'race@example.com' });
    const outbox = (await (
      await fetch(`${cli.url}/emulator/v1/outbox?to=race@example.com`)
    ).json()) as {
      data: { kind: string; oobCode: string }[];
    };
    const oobCode = outbox.data.find((mail) => mail.kind === 'resetPassword')?.oobCode;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postJson(`${cli.url}/api/v1/auth/accounts/verify/password-reset`, {
          oobCode,
          newPassword: `parallel${i}`,
        }),
      ),
    );
    const successes = results.filter((r) => r.status === 204).length;
    figure('parallel redemptions of one code', { requests: 20, successes });
    expect(successes).toBe(1);
  });

  it('refuses cross-origin reads of the control API from a foreign origin', async () => {
    const paths = ['outbox', 'accounts', 'requests', 'faults', 'clock'];
    let refused = 0;
    for (const path of paths) {
      const response = await fetch(`${cli.url}/emulator/v1/${path}`, {
        headers: { origin: 'https://evil.example' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      if (response.status === 403) refused++;
    }
    const preflight = await fetch(`${cli.url}/emulator/v1/accounts`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'DELETE' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const rebound = await rawRequest(`${cli.url}/emulator/v1/outbox`, {
      headers: { host: 'evil.example:9099' },
    });
    if (rebound.status === 403) refused++;
    figure('foreign control reads refused', { attempts: paths.length + 1, refused });
    expect(refused).toBe(paths.length + 1);
    // Same-origin and non-browser callers still read it.
    expect((await fetch(`${cli.url}/emulator/v1/outbox`)).status).toBe(200);
    expect(
      (await fetch(`${cli.url}/emulator/v1/outbox`, { headers: { origin: cli.url } })).status,
    ).toBe(200);
  });

  it('refuses callbacks to unauthorized domains', async () => {
    const uris = [
      'https://evil.example/steal',
      'http://127.0.0.1:5173@evil.example/cb',
      'http://localhost.evil.example/cb',
      'https://attacker.test/cb',
    ];
    let refused = 0;
    for (const callBackUri of uris) {
      const result = await postJson(`${cli.url}/api/v1/auth/accounts/sign-in/auth-url`, {
        providerId: 'google.com',
        callBackUri,
      });
      if (result.status === 400 && /^UNAUTHORIZED_DOMAIN/.test(result.body.errors[0].detail))
        refused++;
    }
    figure('unauthorized callbacks refused', { attempts: uris.length, refused });
    expect(refused).toBe(uris.length);
  });

  it('ignores the Host header in mail links and authUri', async () => {
    const headers = { host: 'evil.example', 'content-type': 'application/json' };
    const authUrl = await rawRequest(`${cli.url}/api/v1/auth/accounts/sign-in/auth-url`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ providerId: 'google.com', callBackUri: 'http://localhost:5173/cb' }),
    });
    const authUri = (JSON.parse(authUrl.body) as { data: { authUri: string } }).data.authUri;
    await rawRequest(`${cli.url}/api/v1/auth/accounts/password-reset`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: 'race@example.com' }),
    });
    const outbox = (await (await fetch(`${cli.url}/emulator/v1/outbox`)).json()) as {
      data: { link: string }[];
    };
    const link = outbox.data.at(-1)?.link ?? '';
    figure('Host: evil.example gives', {
      authUri: new URL(authUri).origin,
      link: new URL(link).origin,
    });
    expect(new URL(authUri).origin).toBe(cli.url);
    expect(new URL(link).origin).toBe(cli.url);
  });

  it('refuses tokens with malformed claims signed with its own key', async () => {
    const signup = await postJson(`${cli.url}/api/v1/auth/accounts/signup`, {
      email: 'claims@example.com',
      password: 'qwerty12345',
    });
    const uid = signup.body.data.uid as string;
    // The key is on disk: read it the way an attacker with file access would (hence 0600).
    const key = parseDataFile(readFileSync(file, 'utf8')).signingKey;
    if (!key) throw new Error('no key in the data file');
    const privateKey = await importJWK(key.privateJwk as JWK, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const good = {
      iss: 'https://securetoken.google.com/demo',
      aud: 'demo',
      sub: uid,
      user_id: uid,
      iat: now - 5,
      exp: now + 3600,
      auth_time: now - 5,
    };
    const drop = (name: keyof typeof good) => {
      const copy: Record<string, unknown> = { ...good };
      delete copy[name];
      return copy;
    };
    const malformed: Record<string, unknown>[] = [
      { ...good, aud: ['demo'] },
      { ...good, aud: ['demo', 'other'] },
      drop('exp'),
      drop('iat'),
      drop('auth_time'),
      { ...good, exp: now + 100 * 365 * 86400 },
      { ...good, iat: now + 3600, exp: now + 7200 },
      { ...good, auth_time: now + 3600 },
      { ...good, user_id: 'someone-else' },
      drop('user_id'),
      { ...good, sub: '' },
      { ...good, iat: 'yesterday' },
    ];
    let refused = 0;
    for (const claims of malformed) {
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
        .sign(privateKey);
      const result = await postJson(
        `${cli.url}/api/v1/auth/accounts/update-email`,
        { email: 'claims@example.com' },
        { 'x-authorization': `Bearer ${token}` },
      );
      if (result.status === 401 || result.status === 403) refused++;
    }
    figure('malformed-claim tokens refused', { tokens: malformed.length, refused });
    expect(refused).toBe(malformed.length);
  });

  it('answers an oversized header with the error envelope', async () => {
    const response = await rawRequest(`${cli.url}/api/v1/auth/accounts/roles`, {
      headers: { 'x-padding': 'x'.repeat(20 * 1024) },
    });
    expect(response.status).toBe(431);
    expect(JSON.parse(response.body)).toEqual({
      errors: [
        {
          code: '431',
          title: 'Request Header Fields Too Large',
          detail: expect.stringMatching(/^Request header fields are too large/),
        },
      ],
    });
    // The server is still there.
    expect((await fetch(`${cli.url}/emulator/v1/clock`)).status).toBe(200);
  });
});

describe('flags', () => {
  it('--control-token and --control-origin guard the control API; the Deskree API stays open', async () => {
    const cli = await start([
      '--control-token',
      'tok-123',
      '--control-origin',
      'http://localhost:6006',
      '--authorized-domain',
      'app.example',
    ]);
    expect((await fetch(`${cli.url}/emulator/v1/accounts`)).status).toBe(401);
    const allowed = await fetch(`${cli.url}/emulator/v1/accounts`, {
      headers: { authorization: 'Bearer tok-123', origin: 'http://localhost:6006' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    const authUrl = await postJson(`${cli.url}/api/v1/auth/accounts/sign-in/auth-url`, {
      providerId: 'github.com',
      callBackUri: 'https://app.example/cb',
    });
    expect(authUrl.status).toBe(200);
    await cli.stop('SIGTERM');
  });

  it('a corrupt data file stops the start with one line naming it, exit 1', async () => {
    const file = join(dir, 'corrupt.json');
    writeFileSync(
      file,
      '{"version":1,"accounts":[{"email":"x@y.z"}],"refreshTokens":[],"oobCodes":[]}',
    );
    const exit = await runCliToExit(['--data', file]);
    expect(exit.code).toBe(1);
    expect(exit.stderr).toBe(
      `deskree-auth-emulator: cannot start: ${file}: the snapshot.accounts[0] has no "uid" string\n`,
    );
    const unwritable = join(dir, 'corrupt.json', 'inside.json');
    const blocked = await runCliToExit(['--data', unwritable]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(
      new RegExp(`^deskree-auth-emulator: cannot start: ${unwritable}: cannot .*\\n$`),
    );
  });
});

describe('mutation cost does not grow with the number of accounts', () => {
  it('p50 of sign-in/auth-url at 500 vs 5,000 accounts', async () => {
    const servers = [];
    for (const accounts of [500, 5000]) {
      const file = join(dir, `accounts-${accounts}.json`);
      await writeDataFileWithAccounts(file, accounts);
      servers.push({ url: (await start(['--data', file])).url, accounts });
    }
    await mutationLatency(servers, 20); // warm-up
    const [small, large] = (await mutationLatency(servers, 200)) as [
      LatencyFigures,
      LatencyFigures,
    ];
    const ratio = large.p50Ms / small.p50Ms;
    figure('mutation p50', { at500: small, at5000: large, ratio: Number(ratio.toFixed(2)) });
    // Was 4x at 4,000 accounts. Both servers run at once, requests alternate between them.
    expect(ratio).toBeLessThan(1.5);
  }, 60_000);
});
