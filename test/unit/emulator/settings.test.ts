// @vitest-environment node
// Project settings: which sign-in methods are enabled, in-process, by CLI flag and through the
// control API, stored like every other table, and answered the way the hosted service does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALL_SIGN_IN_METHODS,
  PASSWORD_SETUP_INCOMPLETE,
  PROVIDER_NOT_CONFIGURED,
  createEmulator,
} from '../../../src/emulator';
import type { EmulatorOptions } from '../../../src/emulator';
import { CliUsageError, HELP, parseCliArgs } from '../../../src/emulator/cli';
import { withDataFile } from '../../../src/emulator/nodeListener';
import type { DataFile } from '../../../src/emulator/fileStore';
import { CONTROL, call, expectError, post } from '../../helpers/emulatorRequests';

const CALLBACK = 'http://localhost:5173/oauth/callback';
let dir: string;
const stores: DataFile[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskree-settings-'));
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  rmSync(dir, { recursive: true, force: true });
});

function start(options: EmulatorOptions = {}, file?: string) {
  const wired = withDataFile({ passwordHashIterations: 1000, ...options }, file);
  if (wired.store) stores.push(wired.store);
  return createEmulator(wired.options);
}

describe('sign-in method settings', () => {
  it('enable all four methods by default', () => {
    expect(ALL_SIGN_IN_METHODS).toEqual(['password', 'google.com', 'facebook.com', 'github.com']);
    expect(start().settings.get()).toEqual({ signInMethods: [...ALL_SIGN_IN_METHODS] });
  });

  it('a disabled password method answers signup and sign-in with the hosted 422 sentence', async () => {
    const emulator = start({ signInMethods: ['google.com'] });
    const body = { email: 'ada@example.com', password: 'qwerty12345' };
    expectError(await post(emulator, '/signup', body), 422, PASSWORD_SETUP_INCOMPLETE);
    expectError(await post(emulator, '/sign-in/email', body), 422, PASSWORD_SETUP_INCOMPLETE);
    expect(PASSWORD_SETUP_INCOMPLETE).toMatch(/^Email\/password setup is not complete\./);
    // OAuth still works.
    expect(
      (
        await post(emulator, '/sign-in/auth-url', {
          providerId: 'google.com',
          callBackUri: CALLBACK,
        })
      ).status,
    ).toBe(200);
  });

  it('a disabled provider answers auth-url and sign-in/idp with 400 OPERATION_NOT_ALLOWED', async () => {
    const emulator = start();
    const started = await post(emulator, '/sign-in/auth-url', {
      providerId: 'github.com',
      callBackUri: CALLBACK,
    });
    emulator.settings.set({ signInMethods: ['password', 'google.com'] });
    expectError(
      await post(emulator, '/sign-in/auth-url', {
        providerId: 'github.com',
        callBackUri: CALLBACK,
      }),
      400,
      PROVIDER_NOT_CONFIGURED,
    );
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId: started.body.data.sessionId,
        providerId: 'github.com',
        callBackUri: CALLBACK,
        code: 'anything',
      }),
      400,
      PROVIDER_NOT_CONFIGURED,
    );
    expect(PROVIDER_NOT_CONFIGURED).toBe(
      'OPERATION_NOT_ALLOWED : The identity provider configuration is not found.',
    );
  });

  it('in-process: set() replaces the methods, refuses unknown ones, and reset() goes back to the option', async () => {
    const emulator = start({ signInMethods: ['password', 'github.com'] });
    expect(emulator.settings.set({ signInMethods: ['github.com', 'google.com'] })).toEqual({
      signInMethods: ['google.com', 'github.com'],
    });
    expect(() => emulator.settings.set({ signInMethods: ['twitter.com' as never] })).toThrow(
      /Unknown sign-in method "twitter.com"/,
    );
    emulator.reset();
    expect(emulator.settings.get()).toEqual({ signInMethods: ['password', 'github.com'] });
    expect(() => start({ signInMethods: ['nope' as never] })).toThrow(TypeError);
  });

  it('control API: GET and POST /emulator/v1/settings, 422 for unknown methods, never faulted', async () => {
    const emulator = start();
    emulator.faults.add({ path: '/emulator/v1/*', status: 500, count: 5 });
    expect((await call(emulator, 'GET', `${CONTROL}/settings`)).body).toEqual({
      data: { signInMethods: [...ALL_SIGN_IN_METHODS] },
    });
    const changed = await call(emulator, 'POST', `${CONTROL}/settings`, {
      signInMethods: ['password'],
    });
    expect(changed.body).toEqual({ data: { signInMethods: ['password'] } });
    expect(emulator.settings.get()).toEqual({ signInMethods: ['password'] });
    expectError(
      await call(emulator, 'POST', `${CONTROL}/settings`, { signInMethods: ['apple.com'] }),
      422,
      'Unknown sign-in method "apple.com": use password, google.com, facebook.com, github.com',
    );
    expectError(
      await call(emulator, 'POST', `${CONTROL}/settings`, { signInMethods: 'password' }),
      422,
      '"signInMethods" must be an array',
    );
  });

  it('persist in the data file like the other tables; an explicit option wins over the stored value', async () => {
    const file = join(dir, 'auth.json');
    const first = start({}, file);
    await call(first, 'POST', `${CONTROL}/settings`, { signInMethods: ['github.com'] });
    await stores.pop()?.close();

    const second = start({}, file);
    expect(second.settings.get()).toEqual({ signInMethods: ['github.com'] });
    expect(second.snapshot().settings).toEqual([{ id: 'project', signInMethods: ['github.com'] }]);
    await stores.pop()?.close();

    const third = start({ signInMethods: ['password'] }, file);
    expect(third.settings.get()).toEqual({ signInMethods: ['password'] });
  });

  it('CLI: --sign-in-methods takes a comma-separated list and names a wrong entry', () => {
    expect(parseCliArgs(['--sign-in-methods', 'github.com, password'])).toMatchObject({
      signInMethods: ['password', 'github.com'],
    });
    expect(parseCliArgs([])).not.toHaveProperty('signInMethods');
    expect(() => parseCliArgs(['--sign-in-methods', 'password,myspace.com'])).toThrow(
      CliUsageError,
    );
    expect(() => parseCliArgs(['--sign-in-methods', 'password,myspace.com'])).toThrow(
      /--sign-in-methods: Unknown sign-in method "myspace.com"/,
    );
    expect(HELP).toContain('--sign-in-methods <list>');
  });
});
