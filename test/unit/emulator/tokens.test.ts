import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { createTestEmulator } from '../../helpers/emulator';
import { CONTROL, bearer, call, expectError, post, signUp } from '../../helpers/emulatorRequests';
import type { Emulator } from '../../../src/emulator';

const T0 = Date.UTC(2030, 0, 1, 12, 0, 0);
let clock: number;
let emulator: Emulator;

beforeEach(() => {
  clock = T0;
  ({ emulator } = createTestEmulator({ projectId: 'demo-project', now: () => clock }));
});

describe('id tokens', () => {
  it('are RS256 JWTs that verify against the JWKS route with Firebase-shaped claims', async () => {
    const user = await signUp(emulator, 'user@example.com');
    const jwks = await call(emulator, 'GET', `${CONTROL}/jwks.json`);
    expect(jwks.status).toBe(200);
    expect(jwks.body.keys).toHaveLength(1);
    expect(jwks.body.keys[0]).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: expect.any(String),
    });
    expect(jwks.body.keys[0]).not.toHaveProperty('d');

    const header = decodeProtectedHeader(user.idToken);
    expect(header).toEqual({ alg: 'RS256', kid: jwks.body.keys[0].kid, typ: 'JWT' });
    const { payload } = await jwtVerify(user.idToken, createLocalJWKSet(jwks.body), {
      issuer: 'https://securetoken.google.com/demo-project',
      audience: 'demo-project',
      currentDate: new Date(clock),
    });
    const iat = Math.floor(T0 / 1000);
    expect(payload).toEqual({
      iss: 'https://securetoken.google.com/demo-project',
      aud: 'demo-project',
      auth_time: iat,
      user_id: user.uid,
      sub: user.uid,
      iat,
      exp: iat + 3600,
      email: 'user@example.com',
      email_verified: false,
      firebase: { identities: { email: ['user@example.com'] }, sign_in_provider: 'password' },
    });
    expect(await emulator.jwks()).toEqual(jwks.body);
  });

  it('honours tokenTtlSeconds', async () => {
    ({ emulator } = createTestEmulator({ tokenTtlSeconds: 60, now: () => clock }));
    const user = await signUp(emulator);
    const { payload } = await jwtVerify(user.idToken, createLocalJWKSet(await emulator.jwks()), {
      currentDate: new Date(clock),
    });
    expect(payload.exp! - payload.iat!).toBe(60);
    const refreshed = await post(emulator, '/token/refresh', { refresh_token: user.refreshToken });
    expect(refreshed.body.data.expires_in).toBe('60');
  });
});

describe('authenticated routes', () => {
  it('answer 403 with the hosted sentence once the id token has expired (clock from `now`)', async () => {
    const user = await signUp(emulator);
    clock = T0 + 3600 * 1000 + 1000;
    expectError(
      await post(emulator, '/update-email', { email: 'new@example.com' }, bearer(user.idToken)),
      403,
      'Auth token has expired. Get a fresh ID token from your client app and try again.',
    );
    expectError(
      await call(emulator, 'DELETE', '', undefined, { authorization: `Bearer ${user.idToken}` }),
      403,
      'Auth token has expired. Get a fresh ID token from your client app and try again.',
    );
    // A refresh gives a token valid at the new time.
    const refreshed = await post(emulator, '/token/refresh', { refresh_token: user.refreshToken });
    expect(
      (
        await post(
          emulator,
          '/update-email',
          { email: 'new@example.com' },
          bearer(refreshed.body.data.id_token),
        )
      ).status,
    ).toBe(204);
  });

  it('also follow vitest fake timers when no `now` is given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(T0);
      ({ emulator } = createTestEmulator());
      const user = await signUp(emulator);
      vi.setSystemTime(T0 + 3601 * 1000);
      expect(
        (await post(emulator, '/update-email', { email: 'n@example.com' }, bearer(user.idToken)))
          .status,
      ).toBe(403);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answer 401 without a token, with a malformed header, a forged token or a token of another project', async () => {
    const user = await signUp(emulator);
    expectError(
      await post(emulator, '/update-email', { email: 'n@example.com' }),
      401,
      'No auth token provided',
    );
    expectError(
      await post(
        emulator,
        '/update-email',
        { email: 'n@example.com' },
        { 'x-authorization': user.idToken },
      ),
      401,
      'Invalid auth token',
    );
    const [h, p, s] = user.idToken.split('.');
    const forged = `${h}.${p}.${s?.slice(0, -4)}AAAA`;
    expectError(
      await post(emulator, '/update-email', { email: 'n@example.com' }, bearer(forged)),
      401,
      'Invalid auth token',
    );
    const other = createTestEmulator({ now: () => clock }).emulator;
    const foreign = await signUp(other);
    expectError(
      await post(
        emulator,
        '/update-password',
        { oldPassword: 'a', newPassword: 'b' },
        bearer(foreign.idToken),
      ),
      401,
      'Invalid auth token',
    );
  });
});

describe('POST /auth/accounts/token/refresh', () => {
  it('exchanges a refresh token (snake_case body, same session, current claims)', async () => {
    const user = await signUp(emulator);
    clock += 10 * 60 * 1000;
    const result = await post(emulator, '/token/refresh', { refresh_token: user.refreshToken });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({
      access_token: expect.any(String),
      expires_in: '3600',
      token_type: 'Bearer',
      refresh_token: user.refreshToken,
      id_token: result.body.data.access_token,
      user_id: user.uid,
    });
    const { payload } = await jwtVerify(
      result.body.data.id_token,
      createLocalJWKSet(await emulator.jwks()),
      { currentDate: new Date(clock) },
    );
    expect(payload.auth_time).toBe(Math.floor(T0 / 1000));
    expect(payload.iat).toBe(Math.floor(clock / 1000));
    expect(emulator.requestCount('/token/refresh')).toBe(1);
  });

  it('422 without refresh_token, 400 INVALID_REFRESH_TOKEN for an unknown one', async () => {
    expectError(await post(emulator, '/token/refresh', {}), 422, 'No refresh_token provided');
    expectError(
      await post(emulator, '/token/refresh', { refresh_token: 'AMf-nope' }),
      400,
      'INVALID_REFRESH_TOKEN',
    );
  });

  it('400 USER_DISABLED for a disabled user', async () => {
    await emulator.createAccount({ email: 'x@example.com', password: 'qwerty12345' });
    const signedIn = await post(emulator, '/sign-in/email', {
      email: 'x@example.com',
      password: 'qwerty12345',
    });
    const snapshot = emulator.snapshot();
    snapshot.accounts[0]!.disabled = true;
    const restored = createTestEmulator({ initialState: snapshot, now: () => clock }).emulator;
    expectError(
      await post(restored, '/token/refresh', { refresh_token: signedIn.body.data.refreshToken }),
      400,
      'USER_DISABLED',
    );
  });
});

describe('DELETE /auth/accounts', () => {
  it('deletes the account, then its refresh tokens answer USER_NOT_FOUND and its id token 401', async () => {
    const user = await signUp(emulator);
    const result = await call(emulator, 'DELETE', '', undefined, bearer(user.idToken));
    expect(result.status).toBe(204);
    expect(result.body).toBeUndefined();
    expect(emulator.accounts()).toEqual([]);
    expectError(
      await post(emulator, '/token/refresh', { refresh_token: user.refreshToken }),
      400,
      'USER_NOT_FOUND',
    );
    const again = await call(emulator, 'DELETE', '', undefined, bearer(user.idToken));
    expect(again.status).toBe(401);
    expectError(
      await post(emulator, '/sign-in/email', { email: user.email, password: 'qwerty12345' }),
      400,
      'EMAIL_NOT_FOUND',
    );
  });

  it('401 without a token', async () => {
    expectError(await call(emulator, 'DELETE', ''), 401, 'No auth token provided');
  });
});
