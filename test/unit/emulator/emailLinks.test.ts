import { createLocalJWKSet, jwtVerify } from 'jose';
import { createTestEmulator } from '../../helpers/emulator';
import { bearer, expectError, post, signUp } from '../../helpers/emulatorRequests';
import { lastMail } from '../../helpers/mail';
import type { Emulator } from '../../../src/emulator';

const T0 = Date.UTC(2030, 0, 1);
let clock: number;
let emulator: Emulator;

beforeEach(() => {
  clock = T0;
  ({ emulator } = createTestEmulator({
    now: () => clock,
    links: {
      inviteUrl: 'https://app.example/invite',
      resetPasswordUrl: 'https://app.example/reset',
    },
  }));
});

describe('password reset', () => {
  it('mails a reset link; verify/password-reset sets the password, revokes sessions, and the code is one-time', async () => {
    const user = await signUp(emulator, 'user@example.com', 'qwerty12345');
    const result = await post(emulator, '/password-reset', { email: 'User@Example.com' });
    expect(result.status).toBe(204);
    expect(result.body).toBeUndefined();
    const mail = lastMail(emulator, 'resetPassword');
    expect(mail).toMatchObject({
      to: 'user@example.com',
      subject: expect.any(String),
      uid: user.uid,
    });
    expect(mail.link.startsWith('https://app.example/reset?oobCode=')).toBe(true);
    expect(new URL(mail.link).searchParams.get('oobCode')).toBe(mail.oobCode);
    expect(mail.text).toContain(mail.link);

    expectError(
      await post(emulator, '/verify/password-reset', { oobCode: mail.oobCode, newPassword: '123' }),
      400,
      'WEAK_PASSWORD : Password should be at least 6 characters',
    );
    const verified = await post(emulator, '/verify/password-reset', {
      oobCode: mail.oobCode,
      newPassword: 'brand-new-pass',
    });
    expect(verified.status).toBe(204);
    expect(verified.body).toBeUndefined();
    expectError(
      await post(emulator, '/verify/password-reset', {
        oobCode: mail.oobCode,
        newPassword: 'brand-new-pass',
      }),
      400,
      'INVALID_OOB_CODE',
    );
    expectError(
      await post(emulator, '/token/refresh', { refresh_token: user.refreshToken }),
      400,
      'TOKEN_EXPIRED',
    );
    expect(
      (
        await post(emulator, '/sign-in/email', {
          email: 'user@example.com',
          password: 'brand-new-pass',
        })
      ).status,
    ).toBe(200);
  });

  it('422 without email, 422 with the hosted sentence for an unknown one', async () => {
    expectError(await post(emulator, '/password-reset', {}), 422, 'No email address provided');
    expectError(
      await post(emulator, '/password-reset', { email: 'nobody@example.com' }),
      422,
      'There is no user record corresponding to the provided email.',
    );
  });

  it('with email enumeration protection, an unknown email gets the same no-content answer', async () => {
    ({ emulator } = createTestEmulator({ emailEnumerationProtection: true }));
    const unknown = await post(emulator, '/password-reset', { email: 'nobody@example.com' });
    expect(unknown.status).toBe(204);
    expect(unknown.body).toBeUndefined();
    expect(emulator.outbox()).toEqual([]);
  });

  it('verify/password-reset: 422 when a field is missing, INVALID_OOB_CODE for unknown or other-kind codes, EXPIRED_OOB_CODE after the ttl', async () => {
    await signUp(emulator);
    expectError(
      await post(emulator, '/verify/password-reset', { oobCode: 'x' }),
      422,
      'No newPassword, uid, or oobCode provided',
    );
    expectError(
      await post(emulator, '/verify/password-reset', { newPassword: 'long-enough' }),
      422,
      'No newPassword, uid, or oobCode provided',
    );
    expectError(
      await post(emulator, '/verify/password-reset', {
        oobCode: 'nope',
        newPassword: 'long-enough',
      }),
      400,
      'INVALID_OOB_CODE',
    );
    const verifyCode = lastMail(emulator, 'verifyEmail').oobCode;
    expectError(
      await post(emulator, '/verify/password-reset', {
        oobCode: verifyCode,
        newPassword: 'long-enough',
      }),
      400,
      'INVALID_OOB_CODE',
    );
    await post(emulator, '/password-reset', { email: 'user@example.com' });
    clock += 3600 * 1000;
    expectError(
      await post(emulator, '/verify/password-reset', {
        oobCode: lastMail(emulator, 'resetPassword').oobCode,
        newPassword: 'long-enough',
      }),
      400,
      'EXPIRED_OOB_CODE',
    );
  });
});

describe('invitations', () => {
  it('invite creates a disabled user, accepting it enables sign-in with a verified email', async () => {
    const invited = await post(emulator, '/invite', { email: 'Guest@Example.com' });
    expect(invited.status).toBe(204);
    expect(invited.body).toBeUndefined();
    const [account] = emulator.accounts();
    const uid = account?.uid ?? '';
    expect(uid).toMatch(/^[A-Za-z0-9]{28}$/);
    expect(emulator.accounts()).toEqual([
      expect.objectContaining({
        uid,
        email: 'guest@example.com',
        disabled: true,
        hasPassword: false,
      }),
    ]);
    expectError(
      await post(emulator, '/sign-in/email', {
        email: 'guest@example.com',
        password: 'anything-1',
      }),
      400,
      'USER_DISABLED',
    );

    const mail = lastMail(emulator, 'invite');
    expect(mail.link).toBe(`https://app.example/invite?oobCode=${mail.oobCode}&uid=${uid}`);
    expectError(
      await post(emulator, '/verify/invite', { oobCode: mail.oobCode, uid, newPassword: '123' }),
      400,
      'WEAK_PASSWORD : Password should be at least 6 characters',
    );
    const accepted = await post(emulator, '/verify/invite', {
      oobCode: mail.oobCode,
      uid,
      newPassword: 'guest-pass',
    });
    expect(accepted.status).toBe(204);
    expect(accepted.body).toBeUndefined();

    const signedIn = await post(emulator, '/sign-in/email', {
      email: 'guest@example.com',
      password: 'guest-pass',
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data).toMatchObject({ uid, emailVerified: true, disabled: false });
    expectError(
      await post(emulator, '/verify/invite', {
        oobCode: mail.oobCode,
        uid,
        newPassword: 'guest-pass',
      }),
      400,
      'INVALID_OOB_CODE',
    );
  });

  it('invite: 422 without email, 422 when the email is taken', async () => {
    expectError(await post(emulator, '/invite', {}), 422, 'No email address provided');
    await signUp(emulator, 'taken@example.com');
    expectError(
      await post(emulator, '/invite', { email: 'TAKEN@example.com' }),
      422,
      'The email address is already in use by another account.',
    );
  });

  it('verify/invite: 422 when a field is missing, INVALID_OOB_CODE for a uid mismatch, EXPIRED_OOB_CODE', async () => {
    await post(emulator, '/invite', { email: 'g@example.com' });
    const { oobCode, uid } = lastMail(emulator, 'invite');
    for (const body of [
      { uid, oobCode },
      { oobCode, newPassword: 'long-enough' },
      { uid, newPassword: 'long-enough' },
    ]) {
      expectError(
        await post(emulator, '/verify/invite', body),
        422,
        'No newPassword, uid, or oobCode provided',
      );
    }
    expectError(
      await post(emulator, '/verify/invite', {
        oobCode,
        uid: 'someone-else',
        newPassword: 'long-enough',
      }),
      400,
      'INVALID_OOB_CODE',
    );
    expectError(
      await post(emulator, '/verify/invite', { oobCode: 'wrong', uid, newPassword: 'long-enough' }),
      400,
      'INVALID_OOB_CODE',
    );
    clock += 3600 * 1000 + 1;
    expectError(
      await post(emulator, '/verify/invite', { oobCode, uid, newPassword: 'long-enough' }),
      400,
      'EXPIRED_OOB_CODE',
    );
  });
});

describe('email verification', () => {
  it('verify/email marks the email verified; the next refresh carries email_verified', async () => {
    const user = await signUp(emulator);
    const mail = lastMail(emulator, 'verifyEmail');
    const result = await post(emulator, '/verify/email', { oobCode: mail.oobCode, uid: user.uid });
    expect(result.status).toBe(204);
    expect(result.body).toBeUndefined();
    expect(emulator.accounts()[0]?.emailVerified).toBe(true);
    const refreshed = await post(emulator, '/token/refresh', { refresh_token: user.refreshToken });
    const { payload } = await jwtVerify(
      refreshed.body.data.id_token,
      createLocalJWKSet(await emulator.jwks()),
      { currentDate: new Date(clock) },
    );
    expect(payload.email_verified).toBe(true);
    expectError(
      await post(emulator, '/verify/email', { oobCode: mail.oobCode, uid: user.uid }),
      400,
      'INVALID_OOB_CODE',
    );
  });

  it('422 for missing fields or an unknown uid, 400 for wrong or expired codes', async () => {
    const user = await signUp(emulator);
    const { oobCode } = lastMail(emulator, 'verifyEmail');
    expectError(
      await post(emulator, '/verify/email', { oobCode }),
      422,
      'No uid or oobCode provided',
    );
    expectError(
      await post(emulator, '/verify/email', { uid: user.uid }),
      422,
      'No uid or oobCode provided',
    );
    expectError(
      await post(emulator, '/verify/email', { oobCode, uid: 'no-such-user' }),
      422,
      'There is no user record corresponding to the provided identifier.',
    );
    expectError(
      await post(emulator, '/verify/email', { oobCode: 'bad', uid: user.uid }),
      400,
      'INVALID_OOB_CODE',
    );
    clock += 2 * 3600 * 1000;
    expectError(
      await post(emulator, '/verify/email', { oobCode, uid: user.uid }),
      400,
      'EXPIRED_OOB_CODE',
    );
  });
});

describe('POST /auth/accounts/update-email', () => {
  it('changes the email (unverified) with no content, mails a verification link, revokes refresh tokens but not id tokens', async () => {
    const user = await signUp(emulator);
    await post(emulator, '/verify/email', {
      oobCode: lastMail(emulator, 'verifyEmail').oobCode,
      uid: user.uid,
    });
    const oldCode =
      (await post(emulator, '/password-reset', { email: user.email }),
      lastMail(emulator, 'resetPassword').oobCode);
    const result = await post(
      emulator,
      '/update-email',
      { email: 'New@Example.com' },
      bearer(user.idToken),
    );
    expect(result.status).toBe(204);
    expect(result.body).toBeUndefined();
    const mail = lastMail(emulator, 'verifyEmail');
    expect(mail.to).toBe('new@example.com');

    // A "major account change" (Firebase, Manage user sessions): older refresh tokens are dead,
    // the already-issued id token still works until it expires.
    expectError(
      await post(emulator, '/token/refresh', { refresh_token: user.refreshToken }),
      400,
      'TOKEN_EXPIRED',
    );
    expect(
      (await post(emulator, '/update-email', { email: 'new@example.com' }, bearer(user.idToken)))
        .status,
    ).toBe(204);
    const signedIn = await post(emulator, '/sign-in/email', {
      email: 'new@example.com',
      password: 'qwerty12345',
    });
    const refreshed = await post(emulator, '/token/refresh', {
      refresh_token: signedIn.body.data.refreshToken,
    });
    const { payload } = await jwtVerify(
      refreshed.body.data.id_token,
      createLocalJWKSet(await emulator.jwks()),
      { currentDate: new Date(clock) },
    );
    expect(payload).toMatchObject({
      email: 'new@example.com',
      email_verified: false,
      firebase: { identities: { email: ['new@example.com'] } },
    });
    // A code mailed to the old address is void now.
    expectError(
      await post(emulator, '/verify/password-reset', {
        oobCode: oldCode,
        newPassword: 'long-enough',
      }),
      400,
      'INVALID_OOB_CODE',
    );
    expect(
      (
        await post(emulator, '/sign-in/email', {
          email: 'new@example.com',
          password: 'qwerty12345',
        })
      ).status,
    ).toBe(200);
    expect(
      (await post(emulator, '/verify/email', { oobCode: mail.oobCode, uid: user.uid })).status,
    ).toBe(204);
    expect(emulator.accounts()[0]?.emailVerified).toBe(true);
  });

  it('422 for a missing or invalid email, 422 with the hosted sentence when another account has it', async () => {
    const user = await signUp(emulator);
    await signUp(emulator, 'other@example.com');
    expectError(
      await post(emulator, '/update-email', {}, bearer(user.idToken)),
      422,
      'Please provide a valid email and password',
    );
    expectError(
      await post(emulator, '/update-email', { email: 'nope' }, bearer(user.idToken)),
      422,
      'Please provide a valid email and password',
    );
    expectError(
      await post(emulator, '/update-email', { email: 'OTHER@example.com' }, bearer(user.idToken)),
      422,
      'The email address is already in use by another account.',
    );
  });
});
