/** Time travel: `emulator.clock` and `/emulator/v1/clock` move every time decision forward. */
import { createTestEmulator } from '../../helpers/emulator';
import { CONTROL, bearer, call, expectError, post, signUp } from '../../helpers/emulatorRequests';
import { EXPIRED_ID_TOKEN_DETAIL } from '../../../src/emulator';
import type { Emulator } from '../../../src/emulator';

const T0 = Date.UTC(2024, 0, 1);
const HOUR = 3600 * 1000;

let emulator: Emulator;
beforeEach(() => {
  ({ emulator } = createTestEmulator({ now: () => T0 }));
});

describe('emulator.clock (in-process)', () => {
  it('adds its offset on top of the `now` option; advance returns the new now, reset goes back', () => {
    expect(emulator.clock.now()).toBe(T0);
    expect(emulator.clock.offsetMs).toBe(0);
    expect(emulator.clock.advance(1500)).toBe(T0 + 1500);
    expect(emulator.clock.advance(500)).toBe(T0 + 2000);
    expect(emulator.clock.offsetMs).toBe(2000);
    emulator.clock.reset();
    expect(emulator.clock.now()).toBe(T0);
    expect(emulator.clock.offsetMs).toBe(0);
  });

  it('refuses negative, non-finite or non-number steps', () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '10' as unknown as number]) {
      expect(() => emulator.clock.advance(bad)).toThrow(RangeError);
    }
    expect(emulator.clock.offsetMs).toBe(0);
  });

  it('advancing past the token TTL makes an authenticated route answer 403 with the expiry detail', async () => {
    const user = await signUp(emulator);
    expect((await call(emulator, 'DELETE', '', undefined, bearer('not-a-token'))).status).toBe(401);
    emulator.clock.advance(HOUR - 1000);
    // Still valid one second before `exp`.
    expect(
      // The same email: an authenticated call that changes nothing (and revokes nothing).
      (await post(emulator, '/update-email', { email: user.email }, bearer(user.idToken))).status,
    ).toBe(204);
    emulator.clock.advance(2000);
    expectError(
      await post(emulator, '/update-email', { email: 'new@example.com' }, bearer(user.idToken)),
      403,
      EXPIRED_ID_TOKEN_DETAIL,
    );
    expect(EXPIRED_ID_TOKEN_DETAIL).toBe(
      'Auth token has expired. Get a fresh ID token from your client app and try again.',
    );
    // Tokens issued after the jump carry the shifted iat/exp and are valid.
    const refreshed = await post(emulator, '/token/refresh', { refresh_token: user.refreshToken });
    const claims = JSON.parse(
      atob(refreshed.body.data.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')),
    ) as { iat: number; exp: number };
    expect(claims.iat).toBe(Math.floor((T0 + HOUR + 1000) / 1000));
    expect(claims.exp - claims.iat).toBe(3600);
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

  it('advancing past oobCodeTtlSeconds makes a reset code answer 400 EXPIRED_OOB_CODE', async () => {
    ({ emulator } = createTestEmulator({ now: () => T0, oobCodeTtlSeconds: 600 }));
    await signUp(emulator);
    await post(emulator, '/password-reset', { email: 'user@example.com' });
    const mail = emulator.outbox().at(-1);
    expect(mail?.kind).toBe('resetPassword');
    emulator.clock.advance(600 * 1000);
    expectError(
      await post(emulator, '/verify/password-reset', {
        oobCode: mail?.oobCode,
        newPassword: 'long-enough',
      }),
      400,
      'EXPIRED_OOB_CODE',
    );
    // Back in time, the same code still works (it was not consumed).
    emulator.clock.reset();
    expect(
      (
        await post(emulator, '/verify/password-reset', {
          oobCode: mail?.oobCode,
          newPassword: 'long-enough',
        })
      ).status,
    ).toBe(204);
  });

  it('stamps mails and the request log with the shifted time', async () => {
    emulator.clock.advance(HOUR);
    await signUp(emulator);
    expect(emulator.outbox().at(-1)?.sentAt).toBe(new Date(T0 + HOUR).toISOString());
    expect(emulator.requests().at(-1)?.at).toBe(T0 + HOUR);
  });

  it('reset() also resets the clock, and snapshots do not carry the offset', async () => {
    emulator.clock.advance(HOUR);
    expect(JSON.stringify(emulator.snapshot())).not.toContain('offset');
    emulator.reset();
    expect(emulator.clock.offsetMs).toBe(0);
  });

  it('works on top of Date.now() when no `now` is given', () => {
    ({ emulator } = createTestEmulator());
    const before = Date.now();
    const after = emulator.clock.advance(HOUR);
    expect(after).toBeGreaterThanOrEqual(before + HOUR);
    expect(after).toBeLessThanOrEqual(Date.now() + HOUR);
  });
});

describe('/emulator/v1/clock', () => {
  it('GET answers now and offsetMs; POST advances; DELETE resets', async () => {
    expect((await call(emulator, 'GET', `${CONTROL}/clock`)).body).toEqual({
      data: { now: T0, offsetMs: 0 },
    });
    const advanced = await call(emulator, 'POST', `${CONTROL}/clock`, { advanceMs: 7200000 });
    expect(advanced.status).toBe(200);
    expect(advanced.body).toEqual({ data: { now: T0 + 2 * HOUR, offsetMs: 2 * HOUR } });
    expect((await call(emulator, 'POST', `${CONTROL}/clock`, { advanceMs: 0 })).body).toEqual({
      data: { now: T0 + 2 * HOUR, offsetMs: 2 * HOUR },
    });
    expect((await call(emulator, 'GET', `${CONTROL}/clock`)).body).toEqual({
      data: { now: T0 + 2 * HOUR, offsetMs: 2 * HOUR },
    });
    expect(emulator.clock.offsetMs).toBe(2 * HOUR);
    const reset = await call(emulator, 'DELETE', `${CONTROL}/clock`);
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ data: { now: T0, offsetMs: 0 } });
  });

  it('POST answers 422 in the error envelope for a missing, negative or non-number advanceMs', async () => {
    for (const body of [
      {},
      { advanceMs: -1 },
      { advanceMs: '1000' },
      { advanceMs: null },
      { advance: 1000 },
    ]) {
      expectError(
        await call(emulator, 'POST', `${CONTROL}/clock`, body),
        422,
        '"advanceMs" must be a non-negative number',
      );
    }
    // JSON has no Infinity/NaN: a huge literal parses to Infinity and is refused too.
    expectError(
      await call(emulator, 'POST', `${CONTROL}/clock`, '{"advanceMs":1e400}'),
      422,
      '"advanceMs" must be a non-negative number',
    );
    expectError(
      await call(emulator, 'POST', `${CONTROL}/clock`, '{"advanceMs":'),
      400,
      'Request body must be valid JSON',
    );
    expect(emulator.clock.offsetMs).toBe(0);
  });

  it('makes a token expire over the control API, and DELETE /emulator/v1/accounts resets the offset', async () => {
    const user = await signUp(emulator);
    await call(emulator, 'POST', `${CONTROL}/clock`, { advanceMs: HOUR + 1000 });
    expectError(
      await call(emulator, 'DELETE', '', undefined, bearer(user.idToken)),
      403,
      EXPIRED_ID_TOKEN_DETAIL,
    );
    expect((await call(emulator, 'DELETE', `${CONTROL}/accounts`)).status).toBe(200);
    expect((await call(emulator, 'GET', `${CONTROL}/clock`)).body).toEqual({
      data: { now: T0, offsetMs: 0 },
    });
  });

  it('is never faulted', async () => {
    emulator.faults.add({ path: '/emulator/v1/*', status: 500, count: 5 });
    expect((await call(emulator, 'GET', `${CONTROL}/clock`)).status).toBe(200);
  });
});
