/**
 * The emulator's public constants, imported from its entry point (`deskree-auth-react/emulator`)
 * and checked against what the emulator actually does.
 */
import {
  createEmulator,
  DEFAULT_LINKS,
  DEFAULT_ROLES,
  EXPIRED_ID_TOKEN_DETAIL,
  type Mail,
} from '../../../src/emulator/index';
import { bearer, call, post, signUp } from '../../helpers/emulatorRequests';
import { lastMail } from '../../helpers/mail';

const T0 = Date.UTC(2030, 0, 1);
const ORIGIN = 'http://emulator.test';

describe('DEFAULT_LINKS', () => {
  it('are the bases of the links mailed when no `links` option is given, resolved against the request origin', async () => {
    const emulator = createEmulator({ passwordHashIterations: 1000 });
    await signUp(emulator, 'ada@example.com');
    await post(emulator, '/password-reset', { email: 'ada@example.com' });
    await post(emulator, '/invite', { email: 'grace@example.com' });

    const cases: [Mail['kind'], string][] = [
      ['verifyEmail', DEFAULT_LINKS.verifyEmailUrl],
      ['resetPassword', DEFAULT_LINKS.resetPasswordUrl],
      ['invite', DEFAULT_LINKS.inviteUrl],
    ];
    for (const [kind, base] of cases) {
      const link = new URL(lastMail(emulator, kind).link);
      expect(`${link.origin}${link.pathname}`).toBe(new URL(base, ORIGIN).href);
      expect(link.searchParams.get('oobCode')).toBeTruthy();
    }
  });

  it('are only defaults: a `links` option replaces the one it names and keeps the others', async () => {
    const emulator = createEmulator({
      passwordHashIterations: 1000,
      links: { resetPasswordUrl: 'https://app.example/reset' },
    });
    await signUp(emulator, 'ada@example.com');
    await post(emulator, '/password-reset', { email: 'ada@example.com' });
    expect(lastMail(emulator, 'resetPassword').link.startsWith('https://app.example/reset?')).toBe(
      true,
    );
    expect(new URL(lastMail(emulator, 'verifyEmail').link).pathname).toBe(
      DEFAULT_LINKS.verifyEmailUrl,
    );
  });
});

describe('DEFAULT_ROLES', () => {
  it('is what GET /roles answers unless `roles` is given', async () => {
    const admin = { 'deskree-admin': 'emulator-admin-token' };
    const byDefault = await call(createEmulator(), 'GET', '/roles', undefined, admin);
    expect(byDefault.status).toBe(200);
    expect(byDefault.body.data).toEqual(DEFAULT_ROLES);

    const custom = [{ uid: 'role-editor', name: 'editor' }];
    const configured = await call(
      createEmulator({ roles: custom }),
      'GET',
      '/roles',
      undefined,
      admin,
    );
    expect(configured.body.data).toEqual(custom);
    expect(configured.body.data).not.toEqual(DEFAULT_ROLES);
  });
});

describe('EXPIRED_ID_TOKEN_DETAIL', () => {
  it('is the detail of the 403 an authenticated route answers once the id token has expired', async () => {
    let clock = T0;
    const emulator = createEmulator({
      passwordHashIterations: 1000,
      now: () => clock,
      tokenTtlSeconds: 60,
    });
    const user = await signUp(emulator);

    const fresh = await post(
      emulator,
      '/update-email',
      { email: 'fresh@example.com' },
      bearer(user.idToken),
    );
    expect(fresh.status).toBe(200);

    clock = T0 + 61_000;
    const expired = await post(
      emulator,
      '/update-email',
      { email: 'late@example.com' },
      bearer(user.idToken),
    );
    expect(expired.status).toBe(403);
    expect(expired.body.errors[0].detail).toBe(EXPIRED_ID_TOKEN_DETAIL);
  });
});
