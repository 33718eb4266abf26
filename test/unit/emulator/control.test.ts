import { createTestEmulator } from '../../helpers/emulator';
import { CONTROL, call, expectError, post, signUp } from '../../helpers/emulatorRequests';
import type { Emulator } from '../../../src/emulator';

let emulator: Emulator;
beforeEach(() => {
  ({ emulator } = createTestEmulator());
});

describe('POST /auth/accounts/email-providers', () => {
  it('lists the sign-in methods of a registered email', async () => {
    await signUp(emulator, 'user@example.com');
    const result = await post(emulator, '/email-providers', { email: 'USER@example.com' });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: {
        kind: 'identitytoolkit#CreateAuthUriResponse',
        allProviders: ['password'],
        registered: true,
        sessionId: expect.any(String),
        signinMethods: ['password'],
      },
    });
    await emulator.createAccount({ email: 'g@example.com', providers: ['google.com'] });
    expect(
      (await post(emulator, '/email-providers', { email: 'g@example.com' })).body.data
        .signinMethods,
    ).toEqual(['google.com']);
  });

  it('answers registered:false for an unknown email and 422 without one', async () => {
    const result = await post(emulator, '/email-providers', { email: 'nobody@example.com' });
    expect(result.body.data).toEqual({
      kind: 'identitytoolkit#CreateAuthUriResponse',
      allProviders: [],
      registered: false,
      sessionId: expect.any(String),
      signinMethods: [],
    });
    expectError(await post(emulator, '/email-providers', {}), 422, 'No email address provided');
  });
});

describe('GET /auth/accounts/roles', () => {
  it('needs the deskree-admin token', async () => {
    const ok = await call(emulator, 'GET', '/roles', undefined, {
      'deskree-admin': 'emulator-admin-token',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      data: [
        { uid: expect.any(String), name: 'admin' },
        { uid: expect.any(String), name: 'user' },
      ],
    });
    expectError(
      await call(emulator, 'GET', '/roles'),
      401,
      'Unauthorized: a valid deskree-admin token is required',
    );
    expectError(
      await call(emulator, 'GET', '/roles', undefined, { 'deskree-admin': 'wrong' }),
      401,
      'Unauthorized: a valid deskree-admin token is required',
    );
  });

  it('uses the configured roles and admin token', async () => {
    ({ emulator } = createTestEmulator({
      adminToken: 's3cret',
      roles: [{ uid: 'r1', name: 'editor' }],
    }));
    expect(
      (await call(emulator, 'GET', '/roles', undefined, { 'deskree-admin': 's3cret' })).body,
    ).toEqual({ data: [{ uid: 'r1', name: 'editor' }] });
  });
});

describe('HTTP edges', () => {
  it('404 for unknown routes and 405 for a wrong method, in the error envelope', async () => {
    expectError(await post(emulator, '/nope', {}), 404, 'Not Found');
    expectError(
      await call(emulator, 'GET', 'http://emulator.test/somewhere/else'),
      404,
      'Not Found',
    );
    const wrong = await call(emulator, 'GET', '/signup');
    expect(wrong.status).toBe(405);
    expect(wrong.body.errors[0]).toMatchObject({ code: '405', title: 'Method Not Allowed' });
    expect(wrong.headers.get('allow')).toContain('POST');
  });

  it('400 for a non-JSON body, 413 above maxBodyBytes', async () => {
    expectError(
      await post(emulator, '/signup', '{"email": '),
      400,
      'Request body must be valid JSON',
    );
    expectError(await post(emulator, '/signup', '[1,2]'), 400, 'Request body must be valid JSON');
    ({ emulator } = createTestEmulator({ maxBodyBytes: 64 }));
    expectError(
      await post(emulator, '/signup', { email: 'a@example.com', password: 'x'.repeat(100) }),
      413,
      'Request body is too large',
    );
    const { emulator: big } = createTestEmulator();
    expectError(
      await post(big, '/sign-in/email', {
        email: 'a@example.com',
        password: 'x'.repeat(101 * 1024),
      }),
      413,
      'Request body is too large',
    );
  });

  it('answers CORS preflights with 204 and puts CORS headers on every answer, errors included', async () => {
    const preflight = await emulator.fetch(
      'http://emulator.test/api/v1/auth/accounts/update-email',
      {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-authorization,content-type',
        },
      },
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const allowed =
      preflight.headers.get('access-control-allow-headers')?.toLowerCase().split(',') ?? [];
    expect(allowed).toEqual(
      expect.arrayContaining(['content-type', 'x-authorization', 'authorization', 'deskree-admin']),
    );
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const error = await emulator.fetch('http://emulator.test/api/v1/auth/accounts/sign-in/email', {
      method: 'POST',
      body: '{}',
      headers: { origin: 'http://localhost:5173' },
    });
    expect(error.status).toBe(422);
    expect(error.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('accepts relative URLs, Request objects and honours abort signals', async () => {
    expect(
      (
        await emulator.fetch('/api/v1/auth/accounts/email-providers', {
          method: 'POST',
          body: '{"email":"a@b.co"}',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await emulator.fetch(
          new Request('https://any.host/api/v1/auth/accounts/email-providers', {
            method: 'POST',
            body: '{"email":"a@b.co"}',
          }),
        )
      ).status,
    ).toBe(200);
    const aborted = new AbortController();
    aborted.abort();
    await expect(
      emulator.fetch('/api/v1/auth/accounts/email-providers', {
        method: 'POST',
        signal: aborted.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    emulator.faults.add({ path: '/api/v1/auth/accounts/email-providers', latencyMs: 200 });
    const late = new AbortController();
    const pending = emulator.fetch('/api/v1/auth/accounts/email-providers', {
      method: 'POST',
      body: '{"email":"a@b.co"}',
      signal: late.signal,
    });
    setTimeout(() => late.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('faults and latency', () => {
  const SIGN_IN = '/api/v1/auth/accounts/sign-in/email';

  it('answers the next `count` matching calls with the injected error, then recovers', async () => {
    await signUp(emulator, 'user@example.com');
    emulator.faults.add({ path: SIGN_IN, status: 503, count: 2 });
    const body = { email: 'user@example.com', password: 'qwerty12345' };
    expectError(await post(emulator, '/sign-in/email', body), 503, 'Error processing your request');
    expectError(await post(emulator, '/sign-in/email', body), 503, 'Error processing your request');
    expect((await post(emulator, '/sign-in/email', body)).status).toBe(200);
  });

  it('matches the method, defaults to 500, uses the given detail and can be cleared', async () => {
    emulator.faults.add({ method: 'GET', path: SIGN_IN, status: 429 });
    expectError(
      await post(emulator, '/sign-in/email', {}),
      422,
      'Please provide a valid email and password',
    );
    emulator.faults.clear();
    emulator.faults.add({ path: SIGN_IN });
    expectError(await post(emulator, '/sign-in/email', {}), 500, 'Error processing your request');
    emulator.faults.add({
      path: '/api/v1/auth/accounts/*',
      status: 429,
      detail: 'TOO_MANY_ATTEMPTS_TRY_LATER',
    });
    expectError(await post(emulator, '/signup', {}), 429, 'TOO_MANY_ATTEMPTS_TRY_LATER');
  });

  it('a network fault rejects the in-process fetch like a dropped connection', async () => {
    emulator.faults.add({ path: SIGN_IN, network: true });
    await expect(post(emulator, '/sign-in/email', {})).rejects.toBeInstanceOf(TypeError);
    expect(emulator.requests().at(-1)).toMatchObject({ path: SIGN_IN, status: 0 });
  });

  it('latency-only faults and the latencyMs option delay the answer', async () => {
    emulator.faults.add({ path: SIGN_IN, latencyMs: 120 });
    let started = Date.now();
    expect((await post(emulator, '/sign-in/email', {})).status).toBe(422);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    ({ emulator } = createTestEmulator({ latencyMs: 80 }));
    started = Date.now();
    await post(emulator, '/sign-in/email', {});
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    // Control routes are never delayed.
    started = Date.now();
    await call(emulator, 'GET', `${CONTROL}/accounts`);
    expect(Date.now() - started).toBeLessThan(70);
  });

  it('can be managed over HTTP', async () => {
    const added = await post(emulator, `${CONTROL}/faults`, {
      path: SIGN_IN,
      status: 500,
      detail: 'boom',
      count: 1,
    });
    expect(added.status).toBe(201);
    expect((await call(emulator, 'GET', `${CONTROL}/faults`)).body.data).toEqual([
      expect.objectContaining({ path: SIGN_IN, status: 500, count: 1 }),
    ]);
    expectError(
      await post(emulator, `${CONTROL}/faults`, { status: 500 }),
      422,
      'A fault needs a "path" starting with "/"',
    );
    expectError(
      await post(emulator, `${CONTROL}/faults`, { path: SIGN_IN, status: 200 }),
      422,
      '"status" must be an HTTP error status (400-599)',
    );
    // A catch-all fault cannot lock out the control API.
    await post(emulator, `${CONTROL}/faults`, { path: '/*', status: 500, count: 100 });
    expect((await call(emulator, 'DELETE', `${CONTROL}/faults`)).status).toBe(200);
    expect((await post(emulator, '/sign-in/email', {})).status).toBe(422);
  });
});

describe('request log', () => {
  it('counts calls per path for tests (method, path, status)', async () => {
    const user = await signUp(emulator);
    await post(emulator, '/token/refresh', { refresh_token: user.refreshToken });
    await post(emulator, '/token/refresh', { refresh_token: 'bad' });
    await emulator.fetch('/api/v1/auth/accounts/token/refresh', {
      method: 'OPTIONS',
      headers: { origin: 'http://a', 'access-control-request-method': 'POST' },
    });
    expect(emulator.requestCount('/token/refresh')).toBe(2);
    expect(emulator.requestCount('/api/v1/auth/accounts/token/refresh')).toBe(2);
    expect(emulator.requestCount()).toBe(3);
    const log = await call(emulator, 'GET', `${CONTROL}/requests`);
    expect(log.body.data.slice(0, 3)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/v1/auth/accounts/signup',
        status: 200,
      }),
      expect.objectContaining({
        method: 'POST',
        path: '/api/v1/auth/accounts/token/refresh',
        status: 200,
      }),
      expect.objectContaining({
        method: 'POST',
        path: '/api/v1/auth/accounts/token/refresh',
        status: 400,
      }),
    ]);
    await call(emulator, 'DELETE', `${CONTROL}/requests`);
    expect(emulator.requestCount('/token/refresh')).toBe(0);
  });
});

describe('control routes', () => {
  it('seed, list and reset accounts', async () => {
    const seeded = await post(emulator, `${CONTROL}/accounts`, {
      email: 'Seed@Example.com',
      password: 'qwerty12345',
      emailVerified: true,
    });
    expect(seeded.status).toBe(201);
    expect(seeded.body.data).toMatchObject({
      email: 'seed@example.com',
      emailVerified: true,
      disabled: false,
      providers: ['password'],
    });
    expect(
      (
        await post(emulator, '/sign-in/email', {
          email: 'seed@example.com',
          password: 'qwerty12345',
        })
      ).status,
    ).toBe(200);
    expectError(
      await post(emulator, `${CONTROL}/accounts`, { email: 'seed@example.com' }),
      400,
      'EMAIL_EXISTS: seed@example.com already has an account',
    );
    expectError(
      await post(emulator, `${CONTROL}/accounts`, {
        email: 'x@example.com',
        providers: ['myspace.com'],
      }),
      422,
      'Unsupported provider: myspace.com',
    );
    const list = await call(emulator, 'GET', `${CONTROL}/accounts`);
    expect(list.body.data).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toMatch(/hash|salt/i);

    emulator.faults.add({ path: '/api/v1/auth/accounts/signup' });
    expect((await call(emulator, 'DELETE', `${CONTROL}/accounts`)).status).toBe(200);
    expect(emulator.accounts()).toEqual([]);
    expect(emulator.outbox()).toEqual([]);
    expect(emulator.faults.list()).toEqual([]);
    expectError(
      await post(emulator, '/sign-in/email', {
        email: 'seed@example.com',
        password: 'qwerty12345',
      }),
      400,
      'EMAIL_NOT_FOUND',
    );
  });

  it('reads the outbox (optionally by recipient) and clears it', async () => {
    await signUp(emulator, 'a@example.com');
    await signUp(emulator, 'b@example.com');
    const all = await call(emulator, 'GET', `${CONTROL}/outbox`);
    expect(all.body.data).toHaveLength(2);
    expect(all.body.data[0]).toEqual({
      id: expect.any(String),
      to: 'a@example.com',
      kind: 'verifyEmail',
      subject: expect.any(String),
      text: expect.any(String),
      link: expect.stringContaining('oobCode='),
      oobCode: expect.any(String),
      uid: expect.any(String),
      sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const filtered = await call(emulator, 'GET', `${CONTROL}/outbox?to=B@example.com`);
    expect(filtered.body.data.map((m: { to: string }) => m.to)).toEqual(['b@example.com']);
    await call(emulator, 'DELETE', `${CONTROL}/outbox`);
    expect(emulator.outbox()).toEqual([]);
    await post(emulator, '/password-reset', { email: 'a@example.com' });
    emulator.clearOutbox();
    expect((await call(emulator, 'GET', `${CONTROL}/outbox`)).body.data).toEqual([]);
  });

  it('reset() keeps the signing key so the JWKS stays stable', async () => {
    const before = await emulator.jwks();
    emulator.reset();
    expect(await emulator.jwks()).toEqual(before);
  });
});
