/**
 * The endpoints as standalone functions over a bare request core (`createAuthApi`), which is what
 * lets a bundle carry only the endpoints a page calls, and `createAuthClient` as the object that
 * binds all 15 of them. Against the in-process emulator; requests are counted there, never mocked.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as core from '../../../src/core';
import {
  createAuthApi,
  createAuthClient,
  createAuthSession,
  createOAuthUrl,
  deleteAccount,
  fetchEmailProviders,
  getRoles,
  inviteUser,
  isAuthError,
  parseOAuthCallback,
  refreshToken,
  sendPasswordReset,
  signInWithEmail,
  signInWithIdp,
  signUp,
  updateEmail,
  updatePassword,
  verifyEmail,
  verifyInvite,
  verifyPasswordReset,
  type AuthApi,
} from '../../../src/core';
import { authClientFor } from '../../../src/core/client';
import { createTestEmulator, type TestEmulator } from '../../helpers/emulator';
import { lastMail } from '../../helpers/mail';
import { ENDPOINT_NAMES } from '../../helpers/endpoints';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (caught: unknown) => caught,
  );
  if (!isAuthError(error)) throw error;
  return error.code;
}

let test: TestEmulator;
let api: AuthApi;
beforeEach(() => {
  test = createTestEmulator();
  api = createAuthApi({ baseUrl: test.baseUrl, fetch: test.fetch });
});

describe('createAuthClient', () => {
  it('exposes all 15 endpoints as methods, each also exported from core as a standalone function', () => {
    const client = createAuthClient({ baseUrl: test.baseUrl, fetch: test.fetch });
    for (const name of ENDPOINT_NAMES) {
      expect(typeof client[name], name).toBe('function');
      expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
    }
    // The client is a request core too, so the standalone functions accept it.
    expect(client).toMatchObject({ baseUrl: test.baseUrl, authHeaderName: 'x-authorization' });
  });

  it('gives what the standalone function gives (a client works as their first argument too)', async () => {
    const client = createAuthClient({ baseUrl: test.baseUrl, fetch: test.fetch });
    await client.signUp({ email: 'ada@example.com', password: 'qwerty12345' });
    const byMethod = await client.fetchEmailProviders({ email: 'ada@example.com' });
    const byFunction = await fetchEmailProviders(client, { email: 'ada@example.com' });
    // `raw` differs only in the per-answer sessionId.
    expect({ ...byFunction, raw: null }).toEqual({ ...byMethod, raw: null });
    expect(byMethod).toMatchObject({ registered: true, signInMethods: ['password'] });
  });
});

describe('standalone endpoint functions over createAuthApi', () => {
  it('signs up, signs in, refreshes, changes email and password, and deletes the account', async () => {
    const credentials = { email: 'ada@example.com', password: 'qwerty12345' };
    const created = await signUp(api, credentials);
    const { session } = await signInWithEmail(api, credentials);
    expect(session.user.uid).toBe(created.session.user.uid);
    const refreshed = await refreshToken(api, session.refreshToken, { previous: session });
    expect(refreshed.session.user.email).toBe('ada@example.com');

    await updateEmail(api, { email: 'ada2@example.com' }, { idToken: refreshed.session.idToken });
    const again = await signInWithEmail(api, { ...credentials, email: 'ada2@example.com' });
    const changed = await updatePassword(
      api,
      { oldPassword: credentials.password, newPassword: 'brand-new-pass' },
      { idToken: again.session.idToken },
    );
    expect(changed.session).toBeNull(); // the emulator, like the hosted service, sends no tokens
    const last = await signInWithEmail(api, {
      email: 'ada2@example.com',
      password: 'brand-new-pass',
    });
    await deleteAccount(api, { idToken: last.session.idToken });
    expect((await fetchEmailProviders(api, { email: 'ada2@example.com' })).registered).toBe(false);
  });

  it('runs the email-link flows: verification, password reset, invitation', async () => {
    const { session } = await signUp(api, { email: 'ada@example.com', password: 'qwerty12345' });
    await verifyEmail(api, {
      oobCode: lastMail(test.emulator, 'verifyEmail', 'ada@example.com').oobCode,
      uid: session.user.uid,
    });
    expect((await refreshToken(api, session.refreshToken)).session.user.emailVerified).toBe(true);

    await sendPasswordReset(api, { email: 'ada@example.com' });
    const reset = lastMail(test.emulator, 'resetPassword', 'ada@example.com');
    await verifyPasswordReset(api, { oobCode: reset.oobCode, newPassword: 'reset-password' });
    await signInWithEmail(api, { email: 'ada@example.com', password: 'reset-password' });

    await inviteUser(api, { email: 'new@example.com' });
    const invite = lastMail(test.emulator, 'invite', 'new@example.com');
    await verifyInvite(api, {
      oobCode: invite.oobCode,
      uid: invite.uid,
      newPassword: 'first-pass-1',
    });
    await signInWithEmail(api, { email: 'new@example.com', password: 'first-pass-1' });
  });

  it('signs in with OAuth: the authorization URL, then the exchange', async () => {
    const callBackUri = 'http://localhost:5173/oauth/callback';
    const url = await createOAuthUrl(api, { providerId: 'github.com', callBackUri });
    const redirect = await test.emulator.completeOAuth(url.authUri, { email: 'octo@example.com' });
    const result = await signInWithIdp(api, {
      providerId: 'github.com',
      sessionId: url.sessionId,
      callBackUri,
      code: parseOAuthCallback(redirect).code ?? '',
    });
    expect(result).toMatchObject({ status: 'signedIn', profile: { email: 'octo@example.com' } });
  });

  it('reads roles with the admin token given to createAuthApi or to the call, and sends nothing without one', async () => {
    const withToken = createAuthApi({
      baseUrl: test.baseUrl,
      fetch: test.fetch,
      adminToken: 'emulator-admin-token',
    });
    expect((await getRoles(withToken)).map((role) => role.name)).toContain('admin');
    expect((await getRoles(api, { adminToken: 'emulator-admin-token' })).length).toBeGreaterThan(0);
    let requests = 0;
    const counted = createAuthApi({
      baseUrl: test.baseUrl,
      fetch: (input, init) => {
        requests += 1;
        return test.fetch(input, init);
      },
    });
    expect(await codeOf(getRoles(counted))).toBe('permission_denied');
    expect(requests).toBe(0);
    // The token is never readable from the api object.
    expect(JSON.stringify(withToken)).not.toContain('emulator-admin-token');
  });
});

describe('authClientFor', () => {
  it('makes one full client per request core, and leaves a client as it is', () => {
    const full = authClientFor(api);
    expect(authClientFor(api)).toBe(full);
    for (const name of ENDPOINT_NAMES) expect(typeof full[name], name).toBe('function');
    const client = createAuthClient({ baseUrl: test.baseUrl, fetch: test.fetch });
    expect(authClientFor(client)).toBe(client);
  });
});

describe('createAuthSession over a bare request core', () => {
  it('refreshes through the standalone refresh endpoint', async () => {
    const { session } = await signUp(api, { email: 'ada@example.com', password: 'qwerty12345' });
    const auth = createAuthSession({ client: api, storage: 'memory', crossTab: false });
    await auth.initialize();
    auth.setSession(session);
    const next = await auth.refresh();
    expect(next.user.uid).toBe(session.user.uid);
    expect(next.refreshToken).not.toBe('');
    auth.destroy();
  });
});
