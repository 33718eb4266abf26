// @vitest-environment node
// The data file: journaled before the answer, atomic per request, compacted, strict when opened.
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../../../src/emulator';
import type { EmulatorOptions, JournalRecord } from '../../../src/emulator';
import { DataFileError, openDataFile } from '../../../src/emulator/fileStore';
import type { DataFile } from '../../../src/emulator/fileStore';
import { withDataFile } from '../../../src/emulator/nodeListener';
import { post, signUp } from '../../helpers/emulatorRequests';

let dir: string;
const open: DataFile[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskree-data-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  rmSync(dir, { recursive: true, force: true });
});

function start(file: string, options: EmulatorOptions = {}, compactAfterBytes?: number) {
  const wired = withDataFile(
    { passwordHashIterations: 1000, ...options },
    file,
    compactAfterBytes === undefined ? {} : { compactAfterBytes },
  );
  if (wired.store) open.push(wired.store);
  return { emulator: createEmulator(wired.options), store: wired.store as DataFile };
}

async function reopen(file: string) {
  const store = open.pop();
  await store?.close();
  return start(file);
}

const tempFiles = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('data file journal', () => {
  it('a sign-up is on disk when it is answered, before any close or flush', async () => {
    const file = join(dir, 'auth.json');
    const { emulator } = start(file);
    const user = await signUp(emulator, 'now@example.com');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(user.uid);
    expect(text).toContain(user.refreshToken);
    expect(text).not.toContain('qwerty12345');
    // What a kill -9 right now would leave: reading the file without closing anything.
    const copy = join(dir, 'copy.json');
    writeFileSync(copy, text);
    const { emulator: restored } = start(copy);
    expect(restored.accounts().map((a) => a.email)).toEqual(['now@example.com']);
    const refresh = await post(restored, '/token/refresh', { refresh_token: user.refreshToken });
    expect(refresh.status).toBe(200);
  });

  it('keeps accounts, mail, tokens and the signing key across a restart', async () => {
    const file = join(dir, 'nested', 'deeper', 'auth.json');
    const first = start(file);
    const user = await signUp(first.emulator, 'keep@example.com');
    await post(first.emulator, '/password-reset', { email: 'keep@example.com' });
    const jwks = await first.emulator.jwks();
    const { emulator } = await reopen(file);
    expect(emulator.accounts()).toHaveLength(1);
    expect(emulator.outbox().map((m) => m.kind)).toEqual(['verifyEmail', 'resetPassword']);
    expect(await emulator.jwks()).toEqual(jwks);
    const changed = await post(
      emulator,
      '/update-email',
      { email: 'kept@example.com' },
      { 'x-authorization': `Bearer ${user.idToken}` },
    );
    expect(changed.status).toBe(204);
  });

  it('in-process reset() and clearOutbox() are journaled too, even while a request is in flight', async () => {
    const file = join(dir, 'auth.json');
    const { emulator } = start(file);
    await signUp(emulator, 'before@example.com');
    const pending = signUp(emulator, 'during@example.com');
    await Promise.resolve();
    emulator.reset(); // lands between the request's awaits
    await pending;
    emulator.clearOutbox();
    await emulator.fetch('http://emulator.test/emulator/v1/clock'); // a read waits for earlier writes
    const expected = emulator.accounts().map((a) => a.email);
    const { emulator: restored } = await reopen(file);
    expect(restored.accounts().map((a) => a.email)).toEqual(expected);
    expect(restored.outbox()).toEqual([]);
  });

  it('writes only what a request touched: a record does not grow with the number of accounts', async () => {
    const records: JournalRecord[] = [];
    const emulator = createEmulator({
      passwordHashIterations: 1000,
      journal: {
        append: async (record) => void records.push(JSON.parse(JSON.stringify(record))),
      },
    });
    for (let i = 0; i < 30; i++) {
      await post(emulator, 'http://emulator.test/emulator/v1/accounts', {
        email: `seed${i}@example.com`,
      });
    }
    records.length = 0;
    await post(emulator, '/sign-in/auth-url', {
      providerId: 'google.com',
      callBackUri: 'http://localhost:5173/cb',
    });
    expect(records).toHaveLength(1);
    expect(records[0]?.ops.map((op) => op.op + ':' + ('table' in op ? op.table : ''))).toEqual([
      'put:oauthSessions',
    ]);
  });

  it('a sign-up that fails with a 500 leaves no account, mail or journal record behind', async () => {
    const records: JournalRecord[] = [];
    const good = createEmulator();
    await good.jwks();
    const key = good.snapshot().signingKey;
    if (!key) throw new Error('no key');
    // A stored key that cannot be used (a 17-bit modulus): signing fails after the account exists.
    const broken = { ...key, privateJwk: { ...key.privateJwk, n: 'AQAB' } };
    const emulator = createEmulator({
      passwordHashIterations: 1000,
      initialState: { ...good.snapshot(), signingKey: broken },
      journal: { append: async (record) => void records.push(record) },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await post(emulator, '/signup', {
      email: 'half@example.com',
      password: 'qwerty12345',
    });
    expect(spy).toHaveBeenCalledWith('[deskree-auth-emulator] unexpected error', expect.any(Error));
    spy.mockRestore();
    expect(result.status).toBe(500);
    expect(emulator.accounts()).toEqual([]);
    expect(emulator.outbox()).toEqual([]);
    expect(records).toEqual([]);
  });

  it('answers 500 and stores nothing more once the journal cannot be written', async () => {
    const emulator = createEmulator({
      passwordHashIterations: 1000,
      journal: { append: () => Promise.reject(new Error('disk gone')) },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await post(emulator, '/signup', {
      email: 'lost@example.com',
      password: 'qwerty12345',
    });
    expect(spy).toHaveBeenCalledWith(
      '[deskree-auth-emulator] could not store a change',
      expect.any(Error),
    );
    spy.mockRestore();
    expect(result.status).toBe(500);
  });

  it('compacts the journal into a snapshot without losing a record or leaving temp files', async () => {
    const file = join(dir, 'auth.json');
    const { emulator } = start(file, {}, 2000);
    const users = [];
    for (let i = 0; i < 12; i++) users.push(await signUp(emulator, `c${i}@example.com`));
    await emulator.fetch('http://emulator.test/emulator/v1/outbox'); // waits for queued writes
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const header = JSON.parse(lines[0] ?? '{}') as { seq: number };
    expect(header.seq).toBeGreaterThan(0); // a runtime compaction happened
    expect(lines.length).toBeLessThan(12);
    expect(tempFiles()).toEqual([]);
    const { emulator: restored } = await reopen(file);
    expect(restored.accounts()).toHaveLength(12);
    for (const user of users) {
      const refresh = await post(restored, '/token/refresh', { refresh_token: user.refreshToken });
      expect(refresh.status).toBe(200);
    }
  });

  it('is created 0600 and an existing 0644 file is tightened at start', () => {
    const file = join(dir, 'auth.json');
    start(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const loose = join(dir, 'loose.json');
    writeFileSync(
      loose,
      JSON.stringify({ version: 1, accounts: [], refreshTokens: [], oobCodes: [] }),
    );
    chmodSync(loose, 0o644);
    start(loose);
    expect(statSync(loose).mode & 0o777).toBe(0o600);
  });

  it('ignores a record cut short by a crash, and removes temp files a crash left behind', async () => {
    const file = join(dir, 'auth.json');
    const first = start(file);
    await signUp(first.emulator, 'whole@example.com');
    await first.store.close();
    open.pop();
    appendFileSync(file, '{"seq":99,"ops":[{"op":"put","table":"acc');
    writeFileSync(`${file}.1234.5678.tmp`, 'half a snapshot');
    const { emulator } = start(file);
    expect(emulator.accounts().map((a) => a.email)).toEqual(['whole@example.com']);
    expect(tempFiles()).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toContain('"seq":99');
  });

  it('reads a version 1 file (one JSON snapshot) and rewrites it as a journal', async () => {
    const source = createEmulator({ passwordHashIterations: 1000 });
    const user = await signUp(source, 'old@example.com');
    const file = join(dir, 'v1.json');
    writeFileSync(file, JSON.stringify(source.snapshot(), null, 2));
    const { emulator } = start(file);
    expect(readFileSync(file, 'utf8').startsWith('{"format":"deskree-auth-emulator"')).toBe(true);
    const refresh = await post(emulator, '/token/refresh', { refresh_token: user.refreshToken });
    expect(refresh.status).toBe(200);
  });
});

describe('opening a data file that cannot be used', () => {
  async function journalFile(): Promise<string> {
    const file = join(dir, 'good.json');
    const { emulator, store } = start(file);
    await signUp(emulator, 'a@example.com');
    await store.close();
    open.pop();
    return readFileSync(file, 'utf8');
  }

  const corruptions: [string, (good: string) => string, RegExp][] = [
    ['empty', () => '', /the file is empty/],
    ['not JSON', () => 'hello', /the file is not valid JSON/],
    ['truncated v1', () => '{"version":1,"accounts":[', /the file is not valid JSON/],
    ['an array', () => '[]', /the snapshot is not a JSON object/],
    ['wrong version', () => '{"version":7}', /has version 7, expected 1/],
    [
      'accounts not an array',
      () => '{"version":1,"accounts":{},"refreshTokens":[],"oobCodes":[]}',
      /the snapshot\.accounts is not an array/,
    ],
    [
      'an account without uid',
      () => '{"version":1,"accounts":[{"email":"x@y.z"}],"refreshTokens":[],"oobCodes":[]}',
      /accounts\[0\] has no "uid" string/,
    ],
    [
      'a broken middle line',
      (good) => good.replace('\n', '\n{"seq":1,"ops":[}\n'),
      /line 2 is not valid JSON/,
    ],
    [
      'an unknown change',
      (good) => `${good}{"seq":50,"ops":[{"op":"explode"}]}\n`,
      /line \d+\.ops\[0\] is not a valid change \("explode"\)/,
    ],
    [
      'a future format',
      (good) => good.replace('"version":2', '"version":3'),
      /line 1 has format version 3/,
    ],
    [
      'a key that is not RSA',
      () =>
        '{"version":1,"accounts":[],"refreshTokens":[],"oobCodes":[],"signingKey":{"kid":"k","privateJwk":{"kty":"EC"}}}',
      /signingKey\.privateJwk is not an RSA private key/,
    ],
  ];

  it.each(corruptions)(
    '%s: one line naming the file and the problem',
    async (_name, damage, problem) => {
      const good = await journalFile();
      const file = join(dir, 'bad.json');
      writeFileSync(file, damage(good));
      let error: unknown;
      try {
        start(file);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DataFileError);
      const message = (error as Error).message;
      expect(message.startsWith(`${file}: `)).toBe(true);
      expect(message).toMatch(problem);
      expect(message).not.toContain('\n');
      // The damaged file is left as it was for the user to inspect.
      expect(readFileSync(file, 'utf8')).toBe(damage(good));
    },
  );

  it('a missing signing key is an error, not a silent new key', async () => {
    const source = createEmulator({ passwordHashIterations: 1000 });
    await signUp(source, 'k@example.com');
    const { signingKey: _dropped, ...withoutKey } = source.snapshot();
    const file = join(dir, 'nokey.json');
    writeFileSync(file, JSON.stringify(withoutKey));
    expect(() => start(file)).toThrow(/nokey\.json: holds refresh tokens but no signing key/);
  });

  it('a path that cannot be written fails at open with a clear message', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a directory');
    expect(() => openDataFile(join(blocker, 'auth.json'))).toThrow(
      new RegExp(`^${join(blocker, 'auth.json')}: cannot .*ENOTDIR`),
    );
    expect(() => openDataFile(dir)).toThrow(/cannot be read: is a directory/);
    expect(existsSync(join(blocker, 'auth.json'))).toBe(false);
  });
});
