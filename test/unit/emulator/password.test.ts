import { createTestEmulator } from '../../helpers/emulator';
import { bearer, expectError, post, signUp } from '../../helpers/emulatorRequests';
import type { Emulator } from '../../../src/emulator';

let emulator: Emulator;
beforeEach(() => {
  ({ emulator } = createTestEmulator());
});

describe('POST /auth/accounts/signup', () => {
  it('creates an unverified password account, returns a session and mails a verification link', async () => {
    const result = await post(emulator, '/signup', {
      email: 'New.User@Example.com',
      password: 'qwerty12345',
    });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({
      uid: expect.stringMatching(/^[A-Za-z0-9]{28}$/),
      email: 'new.user@example.com',
      emailVerified: false,
      disabled: false,
      idToken: expect.stringMatching(/^ey[\w-]+\.[\w-]+\.[\w-]+$/),
      refreshToken: expect.any(String),
      expiresIn: '3600',
    });
    expect(result.body.data.refreshToken.length).toBeGreaterThan(100);
    const [mail] = emulator.outbox();
    expect(mail).toMatchObject({
      to: 'new.user@example.com',
      kind: 'verifyEmail',
      uid: result.body.data.uid,
    });
    // The default link base is a path, resolved against the origin the request came through.
    expect(mail?.link).toBe(
      `http://emulator.test/verify-email?oobCode=${mail?.oobCode}&uid=${result.body.data.uid}`,
    );
    expect(emulator.accounts()).toEqual([
      expect.objectContaining({
        email: 'new.user@example.com',
        hasPassword: true,
        providers: ['password'],
      }),
    ]);
    expect(JSON.stringify(emulator.accounts())).not.toContain('hash');
  });

  it.each([
    [{ password: 'qwerty12345' }],
    [{ email: 'not-an-email', password: 'qwerty12345' }],
    [{ email: 'user@example.com' }],
    [{ email: 42, password: 'qwerty12345' }],
    [undefined],
  ])('422 for missing or invalid fields %j', async (body) => {
    expectError(
      await post(emulator, '/signup', body),
      422,
      'Please provide a valid email and password',
    );
  });

  it('400 WEAK_PASSWORD under 6 characters', async () => {
    expectError(
      await post(emulator, '/signup', { email: 'a@example.com', password: '12345' }),
      400,
      'WEAK_PASSWORD : Password should be at least 6 characters',
    );
  });

  it('422 with the hosted sentence for a taken email, case-insensitively', async () => {
    await signUp(emulator, 'taken@example.com');
    expectError(
      await post(emulator, '/signup', { email: 'TAKEN@example.com', password: 'qwerty12345' }),
      422,
      'The email address is already in use by another account.',
    );
  });

  it('stores a salted PBKDF2 hash, never the password', async () => {
    await signUp(emulator, 'a@example.com', 'same-password');
    await signUp(emulator, 'b@example.com', 'same-password');
    const snapshot = emulator.snapshot();
    const [a, b] = snapshot.accounts;
    expect(a?.passwordHash?.algorithm).toBe('PBKDF2-SHA256');
    expect(a?.passwordHash?.iterations).toBe(1000);
    expect(a?.passwordHash?.salt).not.toBe(b?.passwordHash?.salt);
    expect(a?.passwordHash?.hash).not.toBe(b?.passwordHash?.hash);
    expect(JSON.stringify(snapshot)).not.toContain('same-password');
  });
});

describe('POST /auth/accounts/sign-in/email', () => {
  beforeEach(async () => {
    await signUp(emulator, 'user@example.com', 'qwerty12345');
  });

  it('signs in with the right password (email case-insensitive)', async () => {
    const result = await post(emulator, '/sign-in/email', {
      email: 'USER@example.com',
      password: 'qwerty12345',
    });
    expect(result.status).toBe(200);
    expect(result.body.data).toMatchObject({
      email: 'user@example.com',
      emailVerified: false,
      disabled: false,
      expiresIn: '3600',
    });
    expect(Object.keys(result.body.data).sort()).toEqual([
      'disabled',
      'email',
      'emailVerified',
      'expiresIn',
      'idToken',
      'refreshToken',
      'uid',
    ]);
  });

  it('422 when email or password is missing', async () => {
    expectError(
      await post(emulator, '/sign-in/email', { email: 'user@example.com' }),
      422,
      'Please provide a valid email and password',
    );
    expectError(
      await post(emulator, '/sign-in/email', { password: 'x' }),
      422,
      'Please provide a valid email and password',
    );
  });

  it('400 EMAIL_NOT_FOUND and INVALID_PASSWORD', async () => {
    expectError(
      await post(emulator, '/sign-in/email', {
        email: 'nobody@example.com',
        password: 'qwerty12345',
      }),
      400,
      'EMAIL_NOT_FOUND',
    );
    expectError(
      await post(emulator, '/sign-in/email', {
        email: 'user@example.com',
        password: 'wrong-password',
      }),
      400,
      'INVALID_PASSWORD',
    );
  });

  it('400 USER_DISABLED for a disabled account', async () => {
    await emulator.createAccount({
      email: 'off@example.com',
      password: 'qwerty12345',
      disabled: true,
    });
    expectError(
      await post(emulator, '/sign-in/email', { email: 'off@example.com', password: 'qwerty12345' }),
      400,
      'USER_DISABLED',
    );
  });

  it('answers INVALID_LOGIN_CREDENTIALS for both cases with email enumeration protection', async () => {
    ({ emulator } = createTestEmulator({ emailEnumerationProtection: true }));
    await signUp(emulator, 'user@example.com', 'qwerty12345');
    expectError(
      await post(emulator, '/sign-in/email', {
        email: 'nobody@example.com',
        password: 'qwerty12345',
      }),
      400,
      'INVALID_LOGIN_CREDENTIALS',
    );
    expectError(
      await post(emulator, '/sign-in/email', {
        email: 'user@example.com',
        password: 'wrong-password',
      }),
      400,
      'INVALID_LOGIN_CREDENTIALS',
    );
  });
});

describe('POST /auth/accounts/update-password', () => {
  it('changes the password with no content, and revokes every refresh token of the user', async () => {
    const user = await signUp(emulator, 'user@example.com', 'qwerty12345');
    const other = await post(emulator, '/sign-in/email', {
      email: 'user@example.com',
      password: 'qwerty12345',
    });
    const result = await post(
      emulator,
      '/update-password',
      { oldPassword: 'qwerty12345', newPassword: 'not_qwerty12345' },
      bearer(user.idToken),
    );
    expect(result.status).toBe(204);
    expect(result.body).toBeUndefined();

    for (const old of [user.refreshToken, other.body.data.refreshToken]) {
      expectError(
        await post(emulator, '/token/refresh', { refresh_token: old }),
        400,
        'TOKEN_EXPIRED',
      );
    }
    expectError(
      await post(emulator, '/sign-in/email', {
        email: 'user@example.com',
        password: 'qwerty12345',
      }),
      400,
      'INVALID_PASSWORD',
    );
    expect(
      (
        await post(emulator, '/sign-in/email', {
          email: 'user@example.com',
          password: 'not_qwerty12345',
        })
      ).status,
    ).toBe(200);
    // Like Firebase, revoking refresh tokens leaves the already-issued id token usable until it expires.
    expect(
      (await post(emulator, '/update-email', { email: 'still@example.com' }, bearer(user.idToken)))
        .status,
    ).toBe(204);
  });

  it('also accepts the SDK-style Authorization header', async () => {
    const user = await signUp(emulator);
    const result = await post(
      emulator,
      '/update-password',
      { oldPassword: 'qwerty12345', newPassword: 'another-one' },
      { authorization: `Bearer ${user.idToken}` },
    );
    expect(result.status).toBe(204);
  });

  it('422 when a field is missing, 400 INVALID_PASSWORD for a wrong old password, 400 WEAK_PASSWORD', async () => {
    const user = await signUp(emulator);
    expectError(
      await post(
        emulator,
        '/update-password',
        { oldPassword: 'qwerty12345' },
        bearer(user.idToken),
      ),
      422,
      'Please provide a valid email and password',
    );
    expectError(
      await post(
        emulator,
        '/update-password',
        { oldPassword: 'nope-nope', newPassword: 'long-enough' },
        bearer(user.idToken),
      ),
      400,
      'INVALID_PASSWORD',
    );
    expectError(
      await post(
        emulator,
        '/update-password',
        { oldPassword: 'qwerty12345', newPassword: 'abc' },
        bearer(user.idToken),
      ),
      400,
      'WEAK_PASSWORD : Password should be at least 6 characters',
    );
    // Nothing changed after the failures.
    expect(
      (await post(emulator, '/sign-in/email', { email: user.email, password: 'qwerty12345' }))
        .status,
    ).toBe(200);
  });
});
