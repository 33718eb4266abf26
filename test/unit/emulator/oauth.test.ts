import { createLocalJWKSet, jwtVerify } from 'jose';
import { createTestEmulator } from '../../helpers/emulator';
import { expectError, post, signUp } from '../../helpers/emulatorRequests';
import type { Emulator } from '../../../src/emulator';

const CALLBACK = 'http://localhost:5173/oauth/callback';
let emulator: Emulator;

beforeEach(() => {
  ({ emulator } = createTestEmulator());
});

async function authUrl(providerId: string, callBackUri = CALLBACK) {
  const result = await post(emulator, '/sign-in/auth-url', { providerId, callBackUri });
  expect(result.status).toBe(200);
  return result.body.data as { authUri: string; providerId: string; sessionId: string };
}

describe('POST /auth/accounts/sign-in/auth-url', () => {
  it('points at the emulator consent page on the origin the request came through', async () => {
    const data = await authUrl('google.com');
    expect(data).toEqual({
      kind: 'identitytoolkit#CreateAuthUriResponse',
      authUri: expect.any(String),
      providerId: 'google.com',
      sessionId: expect.any(String),
    });
    const url = new URL(data.authUri);
    expect(url.origin + url.pathname).toBe('http://emulator.test/emulator/v1/oauth/authorize');
    expect(url.searchParams.get('provider')).toBe('google.com');
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{32,}$/);
  });

  it('422 when a field is missing, 400 for unsupported providers and non-http callbacks', async () => {
    expectError(
      await post(emulator, '/sign-in/auth-url', { providerId: 'google.com' }),
      422,
      'No providerId or callBackUri provided',
    );
    expectError(
      await post(emulator, '/sign-in/auth-url', { callBackUri: CALLBACK }),
      422,
      'No providerId or callBackUri provided',
    );
    expectError(
      await post(emulator, '/sign-in/auth-url', {
        providerId: 'twitter.com',
        callBackUri: CALLBACK,
      }),
      400,
      'INVALID_PROVIDER_ID : Provider Id is not supported.',
    );
    for (const callBackUri of ['/relative', 'javascript:alert(1)', 'not a url']) {
      expectError(
        await post(emulator, '/sign-in/auth-url', { providerId: 'google.com', callBackUri }),
        400,
        'INVALID_CONTINUE_URI',
      );
    }
  });
});

describe('consent page', () => {
  it('is an accessible HTML form that works without JavaScript', async () => {
    const { authUri } = await authUrl('github.com');
    const response = await emulator.fetch(authUri);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Sign in with GitHub');
    expect(doc.body.textContent).toContain("emulator's fake GitHub sign-in");
    const email = doc.querySelector<HTMLInputElement>('input[name=email]');
    expect(doc.querySelector(`label[for="${email?.id}"]`)?.textContent).toBe('Email');
    const name = doc.querySelector<HTMLInputElement>('input[name=displayName]');
    expect(doc.querySelector(`label[for="${name?.id}"]`)?.textContent).toBe('Display name');
    const forms = [...doc.querySelectorAll('form')];
    expect(
      forms.every(
        (f) => f.method === 'post' && f.getAttribute('action') === '/emulator/v1/oauth/authorize',
      ),
    ).toBe(true);
    expect([...doc.querySelectorAll('button')].map((b) => b.textContent)).toEqual(
      expect.arrayContaining([
        'Continue',
        'Cancel',
        expect.stringContaining('Continue as Ada Lovelace'),
      ]),
    );
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('escapes what it echoes and rejects unknown states', async () => {
    const { authUri } = await authUrl(
      'google.com',
      'http://localhost/cb?x="><script>alert(1)</script>',
    );
    const html = await (await emulator.fetch(authUri)).text();
    expect(html).not.toContain('<script>');
    const unknown = await emulator.fetch(
      'http://emulator.test/emulator/v1/oauth/authorize?state=nope',
    );
    expect(unknown.status).toBe(400);
  });

  it('a sample identity button and Cancel submit as plain forms', async () => {
    const { authUri, sessionId } = await authUrl('github.com');
    const state = new URL(authUri).searchParams.get('state') ?? '';
    const submit = (fields: Record<string, string>) =>
      emulator.fetch('http://emulator.test/emulator/v1/oauth/authorize', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ state, ...fields }).toString(),
      });
    const invalid = await submit({ action: 'continue', email: 'not-an-email' });
    expect(invalid.status).toBe(422);
    expect(await invalid.text()).toContain('role="alert"');
    const cancelled = await submit({ action: 'cancel' });
    expect(cancelled.status).toBe(302);
    const cancelUrl = new URL(cancelled.headers.get('location') ?? '');
    expect(cancelUrl.searchParams.get('error')).toBe('access_denied');
    expect(cancelUrl.searchParams.get('state')).toBe(state);
    const sample = await submit({ sample: '1' });
    const code = new URL(sample.headers.get('location') ?? '').searchParams.get('code');
    const signedIn = await post(emulator, '/sign-in/idp', {
      sessionId,
      providerId: 'github.com',
      callBackUri: CALLBACK,
      code,
    });
    expect(signedIn.body.data).toMatchObject({
      email: 'grace@example.com',
      displayName: 'Grace Hopper',
      firstName: 'Grace',
      lastName: 'Hopper',
    });
  });
});

describe('POST /auth/accounts/sign-in/idp', () => {
  it.each([
    ['google.com', 'fragment', 'id_token'],
    ['facebook.com', 'fragment', 'access_token'],
    ['github.com', 'query', 'code'],
  ] as const)(
    '%s: redirect carries the credential in the %s (%s) and sign-in creates a verified account',
    async (providerId, where, param) => {
      const { authUri, sessionId } = await authUrl(providerId);
      const state = new URL(authUri).searchParams.get('state');
      const redirect = new URL(
        await emulator.completeOAuth(authUri, {
          email: 'Octo@Example.com',
          displayName: 'Octo Cat Jr',
        }),
      );
      expect(redirect.origin + redirect.pathname).toBe(CALLBACK);
      const params =
        where === 'fragment' ? new URLSearchParams(redirect.hash.slice(1)) : redirect.searchParams;
      if (where === 'fragment') expect(redirect.search).toBe('');
      else expect(redirect.hash).toBe('');
      expect(params.get('state')).toBe(state);
      const credential = params.get(param) ?? '';
      expect(credential).not.toBe('');

      const body = param === 'code' ? { code: credential } : { token: credential };
      const result = await post(emulator, '/sign-in/idp', {
        sessionId,
        providerId,
        callBackUri: CALLBACK,
        ...body,
      });
      expect(result.status).toBe(200);
      expect(result.body.data).toEqual({
        providerId,
        localId: expect.stringMatching(/^[A-Za-z0-9]{28}$/),
        emailVerified: true,
        email: 'octo@example.com',
        rawUserInfo: expect.any(String),
        firstName: 'Octo',
        lastName: 'Cat Jr',
        fullName: 'Octo Cat Jr',
        displayName: 'Octo Cat Jr',
        photoUrl: '',
        idToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: '3600',
        needConfirmation: false,
      });
      expect(JSON.parse(result.body.data.rawUserInfo)).toMatchObject({
        email: 'octo@example.com',
        name: 'Octo Cat Jr',
      });
      const { payload } = await jwtVerify(
        result.body.data.idToken,
        createLocalJWKSet(await emulator.jwks()),
      );
      expect(payload).toMatchObject({
        sub: result.body.data.localId,
        email_verified: true,
        firebase: {
          sign_in_provider: providerId,
          identities: { email: ['octo@example.com'], [providerId]: [expect.any(String)] },
        },
      });
      expect(emulator.accounts()).toEqual([
        expect.objectContaining({
          email: 'octo@example.com',
          providers: [providerId],
          hasPassword: false,
        }),
      ]);

      // The session and the credential are single-use.
      expectError(
        await post(emulator, '/sign-in/idp', {
          sessionId,
          providerId,
          callBackUri: CALLBACK,
          ...body,
        }),
        400,
        'INVALID_IDP_RESPONSE : Unknown or already used sessionId',
      );

      // Signing in again with the same identity reuses the account.
      const second = await authUrl(providerId);
      const again = new URL(
        await emulator.completeOAuth(second.authUri, { email: 'octo@example.com' }),
      );
      const again2 =
        where === 'fragment' ? new URLSearchParams(again.hash.slice(1)) : again.searchParams;
      const reused = await post(emulator, '/sign-in/idp', {
        sessionId: second.sessionId,
        providerId,
        callBackUri: CALLBACK,
        ...(param === 'code' ? { code: again2.get(param) } : { token: again2.get(param) }),
      });
      expect(reused.body.data.localId).toBe(result.body.data.localId);
    },
  );

  it('google/facebook: token wins over code; github ignores token', async () => {
    const g = await authUrl('google.com');
    const gToken = new URLSearchParams(
      new URL(await emulator.completeOAuth(g.authUri, { email: 'a@example.com' })).hash.slice(1),
    ).get('id_token');
    const ok = await post(emulator, '/sign-in/idp', {
      sessionId: g.sessionId,
      providerId: 'google.com',
      callBackUri: CALLBACK,
      token: gToken,
      code: 'garbage',
    });
    expect(ok.status).toBe(200);
    const g2 = await authUrl('google.com');
    const g2Token = new URLSearchParams(
      new URL(await emulator.completeOAuth(g2.authUri, { email: 'a@example.com' })).hash.slice(1),
    ).get('id_token');
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId: g2.sessionId,
        providerId: 'google.com',
        callBackUri: CALLBACK,
        token: 'garbage',
        code: g2Token,
      }),
      400,
      'INVALID_IDP_RESPONSE : Unknown or already used token or code',
    );

    const gh = await authUrl('github.com');
    const code = new URL(
      await emulator.completeOAuth(gh.authUri, { email: 'b@example.com' }),
    ).searchParams.get('code');
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId: gh.sessionId,
        providerId: 'github.com',
        callBackUri: CALLBACK,
        token: code,
      }),
      400,
      'INVALID_IDP_RESPONSE : Missing token or code',
    );
    expect(
      (
        await post(emulator, '/sign-in/idp', {
          sessionId: gh.sessionId,
          providerId: 'github.com',
          callBackUri: CALLBACK,
          token: 'garbage',
          code,
        })
      ).status,
    ).toBe(200);
  });

  it('needConfirmation when the email already has a password account: no tokens, no session', async () => {
    await signUp(emulator, 'ada@example.com');
    const { authUri, sessionId } = await authUrl('google.com');
    const token = new URLSearchParams(
      new URL(
        await emulator.completeOAuth(authUri, { email: 'ada@example.com', displayName: 'Ada' }),
      ).hash.slice(1),
    ).get('id_token');
    const before = emulator.snapshot().refreshTokens.length;
    const result = await post(emulator, '/sign-in/idp', {
      sessionId,
      providerId: 'google.com',
      callBackUri: CALLBACK,
      token,
    });
    expect(result.status).toBe(200);
    expect(result.body.data).toMatchObject({
      providerId: 'google.com',
      localId: '',
      email: 'ada@example.com',
      emailVerified: true,
      idToken: '',
      refreshToken: '',
      expiresIn: '0',
      needConfirmation: true,
    });
    expect(Object.keys(result.body.data).sort()).toEqual(
      [
        'displayName',
        'email',
        'emailVerified',
        'expiresIn',
        'firstName',
        'fullName',
        'idToken',
        'lastName',
        'localId',
        'needConfirmation',
        'photoUrl',
        'providerId',
        'rawUserInfo',
        'refreshToken',
      ].sort(),
    );
    expect(emulator.snapshot().refreshTokens.length).toBe(before);
    expect(emulator.accounts()).toHaveLength(1);
  });

  it('rejects mismatched sessions, providers, callbacks and credentials', async () => {
    expectError(
      await post(emulator, '/sign-in/idp', { providerId: 'google.com', callBackUri: CALLBACK }),
      422,
      'No sessionId, providerId or callBackUri provided',
    );
    expectError(
      await post(emulator, '/sign-in/idp', { sessionId: 's', callBackUri: CALLBACK }),
      422,
      'No sessionId, providerId or callBackUri provided',
    );
    expectError(
      await post(emulator, '/sign-in/idp', { sessionId: 's', providerId: 'google.com' }),
      422,
      'No sessionId, providerId or callBackUri provided',
    );

    const a = await authUrl('google.com');
    const b = await authUrl('google.com');
    const tokenA = new URLSearchParams(
      new URL(await emulator.completeOAuth(a.authUri, { email: 'a@example.com' })).hash.slice(1),
    ).get('id_token');
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId: 'unknown',
        providerId: 'google.com',
        callBackUri: CALLBACK,
        token: tokenA,
      }),
      400,
      'INVALID_IDP_RESPONSE : Unknown or already used sessionId',
    );
    // A credential from session A cannot complete session B (session fixation).
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId: b.sessionId,
        providerId: 'google.com',
        callBackUri: CALLBACK,
        token: tokenA,
      }),
      400,
      'INVALID_IDP_RESPONSE : Unknown or already used token or code',
    );
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId: a.sessionId,
        providerId: 'github.com',
        callBackUri: CALLBACK,
        code: tokenA,
      }),
      400,
      'INVALID_IDP_RESPONSE : providerId does not match the session',
    );
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId: a.sessionId,
        providerId: 'google.com',
        callBackUri: 'http://evil.example/cb',
        token: tokenA,
      }),
      400,
      'INVALID_IDP_RESPONSE : callBackUri does not match the session',
    );
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId: a.sessionId,
        providerId: 'google.com',
        callBackUri: CALLBACK,
      }),
      400,
      'INVALID_IDP_RESPONSE : Missing token or code',
    );
    // None of the failures consumed session A.
    expect(
      (
        await post(emulator, '/sign-in/idp', {
          sessionId: a.sessionId,
          providerId: 'google.com',
          callBackUri: CALLBACK,
          token: tokenA,
        })
      ).status,
    ).toBe(200);
  });

  it('completeOAuth throws for an unknown or used authUri', async () => {
    await expect(
      emulator.completeOAuth('http://emulator.test/emulator/v1/oauth/authorize?state=nope', {
        email: 'a@example.com',
      }),
    ).rejects.toThrow(/400/);
    const res = await emulator.fetch('http://emulator.test/emulator/v1/oauth/authorize');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('role="alert"');
  });
});
