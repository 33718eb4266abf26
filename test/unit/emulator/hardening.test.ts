// One-time means one-time, the control API is not for foreign pages, callbacks stay on authorized
// domains, tokens are checked strictly, inputs are bounded. In-process; cli.test.ts does it over HTTP.
import { SignJWT, importJWK } from 'jose';
import type { JWK } from 'jose';
import { createTestEmulator } from '../../helpers/emulator';
import { CONTROL, call, expectError, post, signUp } from '../../helpers/emulatorRequests';
import {
  DEFAULT_AUTHORIZED_DOMAINS,
  DEFAULT_LOCKOUT_ATTEMPTS,
  DEFAULT_LOCKOUT_WINDOW_SECONDS,
  DEFAULT_OAUTH_TTL_SECONDS,
  DEFAULT_REQUEST_LOG_SIZE,
} from '../../../src/emulator';
import type { Emulator, EmulatorOptions } from '../../../src/emulator';
import { TOO_MANY_ATTEMPTS_DETAIL } from '../../../src/emulator/lockout';
import { UNAUTHORIZED_DOMAIN_DETAIL } from '../../../src/emulator/origins';

const CALLBACK = 'http://localhost:5173/oauth/callback';

function make(options: EmulatorOptions = {}): Emulator {
  return createTestEmulator(options).emulator;
}

async function resetCode(emulator: Emulator, email: string): Promise<string> {
  await signUp(emulator, email);
  await post(emulator, '/password-reset', { email });
  const mail = emulator.outbox().find((m) => m.kind === 'resetPassword' && m.to === email);
  if (!mail) throw new Error('no reset mail');
  return mail.oobCode;
}

async function oauthCredential(emulator: Emulator) {
  const started = await post(emulator, '/sign-in/auth-url', {
    providerId: 'google.com',
    callBackUri: CALLBACK,
  });
  const { authUri, sessionId } = started.body.data as { authUri: string; sessionId: string };
  const location = await emulator.completeOAuth(authUri, { email: 'g@example.com' });
  const token = new URLSearchParams(new URL(location).hash.slice(1)).get('id_token') ?? '';
  return { authUri, sessionId, token };
}

describe('one-time codes and credentials under concurrency', () => {
  it('of 20 parallel password-reset redemptions of one code, exactly one succeeds', async () => {
    const emulator = make();
    const oobCode = await resetCode(emulator, 'race@example.com');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(emulator, '/verify/password-reset', { oobCode, newPassword: `newpass${i}` }),
      ),
    );
    // Success is "No content" (204), as on the hosted service.
    expect(results.filter((r) => r.status === 204)).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 204))
      expectError(r, 400, 'INVALID_OOB_CODE');
  });

  it('of 10 parallel invitation acceptances, exactly one succeeds', async () => {
    const emulator = make();
    await post(emulator, '/invite', { email: 'inv@example.com' });
    const { oobCode, uid } = emulator.outbox().find((m) => m.kind === 'invite') ?? {
      oobCode: '',
      uid: '',
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(emulator, '/verify/invite', { oobCode, uid, newPassword: 'qwerty12345' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([204, ...Array(9).fill(400)]);
  });

  it('of 10 parallel sign-in/idp redemptions of one OAuth credential, exactly one succeeds', async () => {
    const emulator = make();
    const { sessionId, token } = await oauthCredential(emulator);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(emulator, '/sign-in/idp', {
          sessionId,
          providerId: 'google.com',
          callBackUri: CALLBACK,
          token,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  });
});

describe('OAuth sessions and credentials expire', () => {
  it(`after ${DEFAULT_OAUTH_TTL_SECONDS} s by default, the session and the credential are refused`, async () => {
    expect(DEFAULT_OAUTH_TTL_SECONDS).toBe(600);
    const emulator = make();
    const { sessionId, token, authUri } = await oauthCredential(emulator);
    emulator.clock.advance(DEFAULT_OAUTH_TTL_SECONDS * 1000);
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId,
        providerId: 'google.com',
        callBackUri: CALLBACK,
        token,
      }),
      400,
      'INVALID_IDP_RESPONSE : The sign-in session has expired',
    );
    const page = await emulator.fetch(authUri);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('expired');
  });

  it("a session's lifetime counts from auth-url, not from the consent", async () => {
    let now = Date.UTC(2030, 0, 1);
    const emulator = make({ oauthTtlSeconds: 60, now: () => now });
    const started = await post(emulator, '/sign-in/auth-url', {
      providerId: 'github.com',
      callBackUri: CALLBACK,
    });
    const { authUri, sessionId } = started.body.data as { authUri: string; sessionId: string };
    now += 30_000;
    const location = await emulator.completeOAuth(authUri, { email: 'h@example.com' });
    const code = new URL(location).searchParams.get('code');
    now += 29_000; // session 59 s old, credential 29 s: both still fine
    now += 2_000; // session 61 s old
    expectError(
      await post(emulator, '/sign-in/idp', {
        sessionId,
        providerId: 'github.com',
        callBackUri: CALLBACK,
        code,
      }),
      400,
      'INVALID_IDP_RESPONSE : The sign-in session has expired',
    );
  });

  it('expired sessions are swept so they cannot pile up', async () => {
    const emulator = make({ oauthTtlSeconds: 60 });
    for (let i = 0; i < 5; i++)
      await post(emulator, '/sign-in/auth-url', {
        providerId: 'google.com',
        callBackUri: CALLBACK,
      });
    expect(emulator.snapshot().oauthSessions).toHaveLength(5);
    emulator.clock.advance(61_000);
    await post(emulator, '/sign-in/auth-url', { providerId: 'google.com', callBackUri: CALLBACK });
    expect(emulator.snapshot().oauthSessions).toHaveLength(1);
  });
});

describe('authorized domains for callBackUri', () => {
  const authUrl = (emulator: Emulator, callBackUri: string) =>
    post(emulator, '/sign-in/auth-url', { providerId: 'google.com', callBackUri });

  it('allows localhost and 127.0.0.1 on any port by default, and refuses every other host', async () => {
    expect(DEFAULT_AUTHORIZED_DOMAINS).toEqual(['localhost', '127.0.0.1']);
    const emulator = make();
    for (const ok of [
      'http://localhost/cb',
      'http://127.0.0.1:5173/cb',
      'https://LOCALHOST:8443/x',
    ])
      expect((await authUrl(emulator, ok)).status).toBe(200);
    for (const refused of [
      'https://evil.example/steal',
      'http://127.0.0.1:5173@evil.example/cb',
      'http://localhost.evil.example/cb',
      'http://user:pw@localhost/cb',
      'http://[::1]:5173/cb',
    ])
      expectError(await authUrl(emulator, refused), 400, UNAUTHORIZED_DOMAIN_DETAIL);
    expectError(await authUrl(emulator, 'javascript:alert(1)'), 400, 'INVALID_CONTINUE_URI');
    expect(emulator.snapshot().oauthSessions).toHaveLength(3);
  });

  it('adds the configured domains (exact hostnames)', async () => {
    const emulator = make({ authorizedDomains: ['App.Example'] });
    expect((await authUrl(emulator, 'https://app.example/cb')).status).toBe(200);
    expectError(
      await authUrl(emulator, 'https://sub.app.example/cb'),
      400,
      UNAUTHORIZED_DOMAIN_DETAIL,
    );
    expect(() => make({ authorizedDomains: ['https://app.example/'] })).toThrow(/bare hostname/);
  });
});

describe('public origin: links and authUri never follow the request host', () => {
  it('uses publicOrigin for authUri and path-based mail links', async () => {
    const emulator = make({ publicOrigin: 'http://127.0.0.1:9099/ignored-path' });
    const started = await post(emulator, '/sign-in/auth-url', {
      providerId: 'google.com',
      callBackUri: CALLBACK,
    });
    expect((started.body.data as { authUri: string }).authUri).toMatch(
      /^http:\/\/127\.0\.0\.1:9099\/emulator\/v1\/oauth\/authorize\?/,
    );
    await signUp(emulator, 'link@example.com');
    expect(emulator.outbox()[0]?.link).toMatch(/^http:\/\/127\.0\.0\.1:9099\/verify-email\?/);
  });
});

describe('control API origins', () => {
  const outbox = (emulator: Emulator, headers: Record<string, string>, method = 'GET') =>
    emulator.fetch(`${CONTROL}/outbox`, { method, headers });

  it('refuses a foreign origin (no CORS headers), answers same-origin and non-browser callers', async () => {
    const emulator = make();
    const foreign = await outbox(emulator, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await outbox(
      emulator,
      { origin: 'https://evil.example', 'access-control-request-method': 'DELETE' },
      'OPTIONS',
    );
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const nullOrigin = await outbox(emulator, { origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    expect((await outbox(emulator, {})).status).toBe(200);
    expect((await outbox(emulator, { origin: 'http://emulator.test' })).status).toBe(200);
    // The Deskree API keeps answering every origin.
    const api = await emulator.fetch('http://emulator.test/api/v1/auth/accounts/email-providers', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'x@example.com' }),
    });
    expect(api.status).toBe(200);
    expect(api.headers.get('access-control-allow-origin')).toBe('*');
    // The public keys stay public.
    const jwks = await emulator.fetch(`${CONTROL}/jwks.json`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(jwks.status).toBe(200);
  });

  it('answers configured origins with their own CORS headers', async () => {
    const emulator = make({ controlOrigins: ['http://localhost:6006'] });
    const allowed = await outbox(emulator, { origin: 'http://localhost:6006' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect((await outbox(emulator, { origin: 'http://localhost:6007' })).status).toBe(403);
  });

  it('refuses Host names a DNS-rebinding page would send', async () => {
    const emulator = make();
    const rebound = await outbox(emulator, { host: 'evil.example:9099' });
    expect(rebound.status).toBe(403);
    expect((await outbox(emulator, { host: '127.0.0.1:9099' })).status).toBe(200);
    expect((await outbox(emulator, { host: 'localhost:9099' })).status).toBe(200);
  });

  it('with controlToken, needs the bearer token', async () => {
    const emulator = make({ controlToken: 's3cret' });
    expectError(
      await call(emulator, 'GET', `${CONTROL}/accounts`),
      401,
      'The control API needs "Authorization: Bearer <control token>"',
    );
    expect(
      (
        await call(emulator, 'GET', `${CONTROL}/accounts`, undefined, {
          authorization: 'Bearer nope',
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await call(emulator, 'GET', `${CONTROL}/accounts`, undefined, {
          authorization: 'Bearer s3cret',
        })
      ).status,
    ).toBe(200);
    // In-process methods are not HTTP: they need no token.
    expect(emulator.accounts()).toEqual([]);
  });
});

describe('strict id token checks', () => {
  async function forge(emulator: Emulator, claims: Record<string, unknown>): Promise<string> {
    await emulator.jwks();
    const key = emulator.snapshot().signingKey;
    if (!key) throw new Error('no key');
    const privateKey = await importJWK(key.privateJwk as JWK, 'RS256');
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .sign(privateKey);
  }

  it('refuses tokens signed with the emulator key whose claims are malformed', async () => {
    const emulator = make({ projectId: 'demo' });
    const user = await signUp(emulator, 'strict@example.com');
    const now = Math.floor(emulator.clock.now() / 1000);
    const good = {
      iss: 'https://securetoken.google.com/demo',
      aud: 'demo',
      sub: user.uid,
      user_id: user.uid,
      iat: now,
      exp: now + 3600,
      auth_time: now,
    };
    const without = (name: string) => {
      const copy: Record<string, unknown> = { ...good };
      delete copy[name];
      return copy;
    };
    const cases: [string, Record<string, unknown>][] = [
      ['aud as an array', { ...good, aud: ['demo'] }],
      ['aud of another project', { ...good, aud: 'other' }],
      ['no exp', without('exp')],
      ['no iat', without('iat')],
      ['no auth_time', without('auth_time')],
      ['exp 100 years ahead', { ...good, exp: now + 100 * 365 * 86400 }],
      ['iat in the future', { ...good, iat: now + 600, exp: now + 1200 }],
      ['auth_time in the future', { ...good, auth_time: now + 600 }],
      ['user_id not sub', { ...good, user_id: 'someone-else' }],
      ['no user_id', without('user_id')],
      ['exp before iat', { ...good, exp: now - 10, iat: now }],
    ];
    const accepted: string[] = [];
    for (const [name, claims] of cases) {
      const token = await forge(emulator, claims);
      const result = await post(
        emulator,
        '/update-email',
        { email: 'strict@example.com' },
        {
          'x-authorization': `Bearer ${token}`,
        },
      );
      if (result.status === 204) accepted.push(name);
      else expect([401, 403]).toContain(result.status);
    }
    expect(accepted).toEqual([]);
    // The well-formed control token is accepted, so the refusals are about the claims.
    const control = await post(
      emulator,
      '/update-email',
      { email: 'strict@example.com' },
      {
        'x-authorization': `Bearer ${await forge(emulator, good)}`,
      },
    );
    expect(control.status).toBe(204);
  });
});

describe('bounded inputs and memory', () => {
  it('keeps the last requestLogSize requests (default 1000)', async () => {
    expect(DEFAULT_REQUEST_LOG_SIZE).toBe(1000);
    const emulator = make({ requestLogSize: 3 });
    for (let i = 0; i < 5; i++) await post(emulator, '/email-providers', { email: `r${i}@x.io` });
    expect(emulator.requests()).toHaveLength(3);
    expect(emulator.requestCount('/email-providers')).toBe(3);
  });

  it('limits the consent form body, streamed or declared', async () => {
    const emulator = make({ maxBodyBytes: 1024 });
    const big = 'state=' + 'x'.repeat(4096);
    const declared = await emulator.fetch(`${CONTROL}/oauth/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await emulator.fetch(`${CONTROL}/oauth/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('stores emails NFC-normalized and refuses long or invisible-character addresses', async () => {
    const emulator = make();
    await signUp(emulator, 'caf\u00e9@example.com');
    expectError(
      await post(emulator, '/signup', { email: 'cafe\u0301@example.com', password: 'qwerty12345' }),
      422,
      'The email address is already in use by another account.',
    );
    const signIn = await post(emulator, '/sign-in/email', {
      email: 'CAFE\u0301@example.com',
      password: 'qwerty12345',
    });
    expect(signIn.status).toBe(200);
    const refused = [
      `${'a'.repeat(65)}@example.com`,
      `a@${'b'.repeat(250)}.com`,
      `${'x'.repeat(90_000)}@example.com`,
      'zero\u200bwidth@example.com',
      'bell\u0007@example.com',
      'bom\ufeff@example.com',
    ];
    for (const email of refused) {
      expectError(
        await post(emulator, '/signup', { email, password: 'qwerty12345' }),
        422,
        'Please provide a valid email and password',
      );
    }
    expect(
      (
        await post(emulator, '/signup', {
          email: `${'a'.repeat(64)}@example.com`,
          password: 'qwerty12345',
        })
      ).status,
    ).toBe(200);
    expect(emulator.accounts()).toHaveLength(2);
    await expect(emulator.createAccount({ email: 'seed\u200b@example.com' })).rejects.toThrow(
      /INVALID_EMAIL/,
    );
  });
});

describe('sign-in lockout', () => {
  it(`answers TOO_MANY_ATTEMPTS_TRY_LATER after ${DEFAULT_LOCKOUT_ATTEMPTS} failed passwords within ${DEFAULT_LOCKOUT_WINDOW_SECONDS} s`, async () => {
    expect([DEFAULT_LOCKOUT_ATTEMPTS, DEFAULT_LOCKOUT_WINDOW_SECONDS]).toEqual([10, 900]);
    const emulator = make();
    await signUp(emulator, 'lock@example.com');
    for (let i = 0; i < DEFAULT_LOCKOUT_ATTEMPTS; i++) {
      expectError(
        await post(emulator, '/sign-in/email', { email: 'lock@example.com', password: 'wrong!!' }),
        400,
        'INVALID_PASSWORD',
      );
    }
    // Locked: even the right password is refused, for the window.
    const right = { email: 'LOCK@example.com', password: 'qwerty12345' };
    expectError(await post(emulator, '/sign-in/email', right), 400, TOO_MANY_ATTEMPTS_DETAIL);
    emulator.clock.advance(DEFAULT_LOCKOUT_WINDOW_SECONDS * 1000);
    expect((await post(emulator, '/sign-in/email', right)).status).toBe(200);
  });

  it('a password reset lifts it; lockoutAttempts 0 disables it', async () => {
    const emulator = make({ lockoutAttempts: 2 });
    const oobCode = await resetCode(emulator, 'lift@example.com');
    for (let i = 0; i < 3; i++)
      await post(emulator, '/sign-in/email', { email: 'lift@example.com', password: 'wrong!!' });
    expectError(
      await post(emulator, '/sign-in/email', {
        email: 'lift@example.com',
        password: 'qwerty12345',
      }),
      400,
      TOO_MANY_ATTEMPTS_DETAIL,
    );
    await post(emulator, '/verify/password-reset', { oobCode, newPassword: 'brandnew1' });
    expect(
      (await post(emulator, '/sign-in/email', { email: 'lift@example.com', password: 'brandnew1' }))
        .status,
    ).toBe(200);

    const open = make({ lockoutAttempts: 0 });
    await signUp(open, 'open@example.com');
    for (let i = 0; i < 15; i++)
      await post(open, '/sign-in/email', { email: 'open@example.com', password: 'wrong!!' });
    expect(
      (await post(open, '/sign-in/email', { email: 'open@example.com', password: 'qwerty12345' }))
        .status,
    ).toBe(200);
  });
});
