/**
 * The client's contract against a real emulator, run twice: in-process (`emulator.fetch`) and over
 * loopback HTTP (`startEmulatorServer` + the platform's fetch). Each transport file calls this.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthClient, type AuthClient } from '../../../src/core/client';
import { AuthError, isAuthError } from '../../../src/core/errors';
import type { FetchLike } from '../../../src/core/http';
import { decodeClaims } from '../../../src/core/credentials';
import type { Emulator } from '../../../src/emulator';
import { lastMail } from '../../helpers/mail';

export interface ClientTransport {
  emulator: Emulator;
  baseUrl: string;
  fetch: FetchLike;
  close?: () => Promise<void>;
}

export function describeClientContract(name: string, start: () => Promise<ClientTransport>): void {
  describe(`AuthClient over ${name}`, () => {
    let transport: ClientTransport;
    let emulator: Emulator;
    let client: AuthClient;
    let baseUrl: string;

    async function rejection(promise: Promise<unknown>): Promise<AuthError> {
      const error = await promise.then(
        () => {
          throw new Error('expected the call to fail');
        },
        (caught: unknown) => caught,
      );
      if (!isAuthError(error)) throw error;
      return error;
    }

    beforeAll(async () => {
      transport = await start();
      ({ emulator, baseUrl } = transport);
    });
    afterAll(async () => {
      await transport.close?.();
    });
    beforeEach(() => {
      emulator.reset();
      client = createAuthClient({
        baseUrl,
        fetch: transport.fetch,
        adminToken: 'emulator-admin-token',
      });
    });

    describe('createAuthClient', () => {
      it('builds the hosted base URL from a project id', () => {
        expect(createAuthClient({ projectId: 'my-app' }).baseUrl).toBe(
          'https://my-app.api.deskree.com/api/v1/',
        );
      });

      it('refuses a configuration without project id or base URL, and a malformed project id', () => {
        expect(() => createAuthClient({})).toThrow(/projectId/);
        expect(() => createAuthClient({ projectId: 'evil.com/x' })).toThrow(/project id/);
      });
    });

    describe('sign-up and email sign-in', () => {
      it('signs up and returns a normalized session with an absolute expiry', async () => {
        const before = Date.now();
        const { session, raw } = await client.signUp({
          email: 'Ada@Example.com',
          password: 'qwerty12345',
        });
        expect(session.user).toMatchObject({
          email: 'ada@example.com',
          emailVerified: false,
          signInProvider: 'password',
        });
        expect(session.user.uid).toBe(raw.uid);
        expect(typeof raw.expiresIn).toBe('string');
        expect(session.expiresAt).toBeGreaterThanOrEqual(before + Number(raw.expiresIn) * 1000);
        expect(decodeClaims(session.idToken)).toMatchObject({
          user_id: session.user.uid,
          email: 'ada@example.com',
        });
      });

      it('reports a taken email, a weak password and missing fields', async () => {
        await client.signUp({ email: 'ada@example.com', password: 'qwerty12345' });
        expect(
          (await rejection(client.signUp({ email: 'ada@example.com', password: 'qwerty12345' })))
            .code,
        ).toBe('email_exists');
        const weak = await rejection(client.signUp({ email: 'bob@example.com', password: '123' }));
        expect(weak).toMatchObject({ code: 'weak_password', status: 400 });
        expect(weak.detail).toMatch(/^WEAK_PASSWORD/);
        expect((await rejection(client.signUp({ email: '', password: '' }))).code).toBe(
          'missing_fields',
        );
      });

      it('signs in, and tells a wrong password from an unknown email', async () => {
        await client.signUp({ email: 'ada@example.com', password: 'qwerty12345' });
        const { session } = await client.signInWithEmail({
          email: 'ada@example.com',
          password: 'qwerty12345',
        });
        expect(session.user.email).toBe('ada@example.com');
        expect(
          (
            await rejection(
              client.signInWithEmail({ email: 'ada@example.com', password: 'nope-nope' }),
            )
          ).code,
        ).toBe('invalid_password');
        expect(
          (
            await rejection(
              client.signInWithEmail({ email: 'who@example.com', password: 'nope-nope' }),
            )
          ).code,
        ).toBe('email_not_found');
      });
    });

    describe('email links', () => {
      it('verifies an email with the mailed oobCode and uid, once', async () => {
        const { session } = await client.signUp({
          email: 'ada@example.com',
          password: 'qwerty12345',
        });
        const mail = lastMail(emulator, 'verifyEmail', 'ada@example.com');
        await client.verifyEmail({ oobCode: mail.oobCode, uid: session.user.uid });
        const refreshed = await client.refreshToken(session.refreshToken);
        expect(refreshed.session.user.emailVerified).toBe(true);
        expect(
          (await rejection(client.verifyEmail({ oobCode: mail.oobCode, uid: session.user.uid })))
            .code,
        ).toBe('invalid_oob_code');
        expect(
          (await rejection(client.verifyEmail({ oobCode: mail.oobCode, uid: 'nobody' }))).code,
        ).toBe('user_not_found');
      });

      it('resets a password through the mailed code', async () => {
        await client.signUp({ email: 'ada@example.com', password: 'qwerty12345' });
        await client.sendPasswordReset({ email: 'ada@example.com' });
        const mail = lastMail(emulator, 'resetPassword', 'ada@example.com');
        await client.verifyPasswordReset({ oobCode: mail.oobCode, newPassword: 'brand-new-pass' });
        await expect(
          client.signInWithEmail({ email: 'ada@example.com', password: 'brand-new-pass' }),
        ).resolves.toBeTruthy();
        expect(
          (
            await rejection(
              client.verifyPasswordReset({ oobCode: mail.oobCode, newPassword: 'again-again' }),
            )
          ).code,
        ).toBe('invalid_oob_code');
        expect((await rejection(client.sendPasswordReset({ email: '' }))).code).toBe(
          'missing_fields',
        );
      });

      it('invites a disabled user who can sign in once the invite is accepted', async () => {
        await client.inviteUser({ email: 'new@example.com' });
        expect(
          (
            await rejection(
              client.signInWithEmail({ email: 'new@example.com', password: 'whatever1' }),
            )
          ).code,
        ).toBe('user_disabled');
        expect((await rejection(client.inviteUser({ email: 'new@example.com' }))).code).toBe(
          'email_exists',
        );
        const mail = lastMail(emulator, 'invite', 'new@example.com');
        expect(
          (
            await rejection(
              client.verifyInvite({ oobCode: mail.oobCode, uid: mail.uid, newPassword: '' }),
            )
          ).code,
        ).toBe('missing_fields');
        await client.verifyInvite({
          oobCode: mail.oobCode,
          uid: mail.uid,
          newPassword: 'welcome-123',
        });
        const { session } = await client.signInWithEmail({
          email: 'new@example.com',
          password: 'welcome-123',
        });
        expect(session.user.emailVerified).toBe(true);
      });
    });

    describe('authenticated calls', () => {
      it('updates the email, and a refresh carries the new email in the claims', async () => {
        const { session } = await client.signUp({
          email: 'ada@example.com',
          password: 'qwerty12345',
        });
        await client.updateEmail({ email: 'ada@new.example' }, { idToken: session.idToken });
        const refreshed = await client.refreshToken(session.refreshToken, { previous: session });
        expect(refreshed.session.user.email).toBe('ada@new.example');
        expect(refreshed.session.user.emailVerified).toBe(false);
      });

      it('updates the password: the old refresh token stops working, the returned one works', async () => {
        const { session } = await client.signUp({
          email: 'ada@example.com',
          password: 'qwerty12345',
        });
        expect(
          (
            await rejection(
              client.updatePassword(
                { oldPassword: 'wrong-one', newPassword: 'next-pass-1' },
                { idToken: session.idToken },
              ),
            )
          ).code,
        ).toBe('invalid_password');
        const updated = await client.updatePassword(
          { oldPassword: 'qwerty12345', newPassword: 'next-pass-1' },
          { idToken: session.idToken },
        );
        expect((await rejection(client.refreshToken(session.refreshToken))).code).toBe(
          'refresh_token_revoked',
        );
        await expect(client.refreshToken(updated.session.refreshToken)).resolves.toBeTruthy();
      });

      it('sends the spec header by default and a configurable one on request', async () => {
        const seen: string[] = [];
        const spying = createAuthClient({
          baseUrl,
          authHeaderName: 'authorization',
          fetch: (input, init) => {
            seen.push(...Object.keys((init?.headers as Record<string, string>) ?? {}));
            return transport.fetch(input, init);
          },
        });
        const { session } = await spying.signUp({
          email: 'ada@example.com',
          password: 'qwerty12345',
        });
        await spying.updateEmail({ email: 'ada2@example.com' }, { idToken: session.idToken });
        expect(seen).toContain('authorization');
        expect(seen).not.toContain('x-authorization');
        expect(client.authHeaderName).toBe('x-authorization');
      });

      it('rejects a forged token with 401 and never echoes it', async () => {
        const forged = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.Zm9yZ2VkLXNpZ25hdHVyZQ';
        const error = await rejection(client.deleteAccount({ idToken: forged }));
        expect(error).toMatchObject({ code: 'unauthenticated', status: 401 });
        expect(JSON.stringify(error.toJSON())).not.toContain(forged);
        expect(error.message).not.toContain(forged);
      });

      it('deletes the account: its refresh token then fails', async () => {
        const { session } = await client.signUp({
          email: 'ada@example.com',
          password: 'qwerty12345',
        });
        await client.deleteAccount({ idToken: session.idToken });
        const error = await rejection(client.refreshToken(session.refreshToken));
        expect(['user_not_found', 'invalid_refresh_token', 'refresh_token_revoked']).toContain(
          error.code,
        );
      });
    });

    describe('refresh and lookups', () => {
      it('normalizes the snake_case refresh answer', async () => {
        const { session } = await client.signUp({
          email: 'ada@example.com',
          password: 'qwerty12345',
        });
        const { session: next, raw } = await client.refreshToken(session.refreshToken);
        expect(raw.token_type).toBe('Bearer');
        expect(next.user.uid).toBe(session.user.uid);
        expect(next.idToken).toBe(raw.id_token);
        expect(next.refreshToken).toBe(raw.refresh_token);
        expect((await rejection(client.refreshToken('not-a-token'))).code).toBe(
          'invalid_refresh_token',
        );
      });

      it('lists sign-in methods of an email', async () => {
        await client.signUp({ email: 'ada@example.com', password: 'qwerty12345' });
        expect(await client.fetchEmailProviders({ email: 'ada@example.com' })).toMatchObject({
          registered: true,
          signInMethods: ['password'],
        });
        expect(await client.fetchEmailProviders({ email: 'nobody@example.com' })).toMatchObject({
          registered: false,
        });
      });

      it('reads roles with the admin token and refuses without it', async () => {
        const roles = await client.getRoles();
        expect(roles.map((role) => role.name)).toContain('admin');
        const withoutToken = createAuthClient({ baseUrl, fetch: transport.fetch });
        expect((await rejection(withoutToken.getRoles())).code).toBe('permission_denied');
        expect((await rejection(withoutToken.getRoles({ adminToken: 'wrong' }))).status).toBe(401);
      });
    });

    describe('OAuth', () => {
      it.each([
        ['google.com', 'token'],
        ['facebook.com', 'token'],
        ['github.com', 'code'],
      ] as const)('signs in with %s', async (providerId, carrier) => {
        const callBackUri = 'http://localhost:5173/oauth/callback';
        const url = await client.createOAuthUrl({ providerId, callBackUri });
        expect(url.providerId).toBe(providerId);
        const redirect = await emulator.completeOAuth(url.authUri, {
          email: 'octo@example.com',
          displayName: 'Octo Cat',
        });
        const { parseOAuthCallback } = await import('../../../src/core/links');
        const params = parseOAuthCallback(redirect);
        expect(params[carrier]).toBeTruthy();
        const result = await client.signInWithIdp({
          providerId,
          sessionId: url.sessionId,
          callBackUri,
          ...(carrier === 'token' ? { token: params.token ?? '' } : { code: params.code ?? '' }),
        });
        expect(result.status).toBe('signedIn');
        if (result.status !== 'signedIn') return;
        expect(result.session.user).toMatchObject({
          email: 'octo@example.com',
          signInProvider: providerId,
          displayName: 'Octo Cat',
        });
        expect(result.session.user.uid).toBe(result.raw.localId);
      });

      it('answers needsConfirmation, without a session, for an email owned by a password account', async () => {
        await client.signUp({ email: 'ada@example.com', password: 'qwerty12345' });
        const callBackUri = 'http://localhost:5173/cb';
        const url = await client.createOAuthUrl({ providerId: 'google.com', callBackUri });
        const redirect = await emulator.completeOAuth(url.authUri, { email: 'ada@example.com' });
        const token = new URLSearchParams(new URL(redirect).hash.slice(1)).get('id_token') ?? '';
        const result = await client.signInWithIdp({
          providerId: 'google.com',
          sessionId: url.sessionId,
          callBackUri,
          token,
        });
        expect(result).toMatchObject({
          status: 'needsConfirmation',
          email: 'ada@example.com',
          providerId: 'google.com',
        });
        expect('session' in result).toBe(false);
      });

      it('refuses an unknown provider and a replayed session', async () => {
        expect(
          (
            await rejection(
              client.createOAuthUrl({
                providerId: 'myspace.com',
                callBackUri: 'http://localhost/cb',
              }),
            )
          ).code,
        ).toBe('invalid_provider');
        const url = await client.createOAuthUrl({
          providerId: 'github.com',
          callBackUri: 'http://localhost/cb',
        });
        const code =
          new URL(await emulator.completeOAuth(url.authUri, { email: 'a@b.co' })).searchParams.get(
            'code',
          ) ?? '';
        const input = {
          providerId: 'github.com',
          sessionId: url.sessionId,
          callBackUri: 'http://localhost/cb',
          code,
        };
        await client.signInWithIdp(input);
        expect((await rejection(client.signInWithIdp(input))).code).toBe('invalid_idp_response');
      });
    });

    describe('transport failures are distinct, typed errors', () => {
      it('network: the server cannot be reached', async () => {
        const offline = createAuthClient({
          baseUrl,
          fetch: () => Promise.reject(new TypeError('Failed to fetch')),
        });
        expect(
          await rejection(offline.signInWithEmail({ email: 'a@b.co', password: 'x' })),
        ).toMatchObject({ code: 'network', status: 0 });
      });

      it('timeout: no answer in time (emulator latency)', async () => {
        const slow = createAuthClient({ baseUrl, fetch: transport.fetch, timeoutMs: 50 });
        emulator.faults.add({ path: '/api/v1/auth/accounts/sign-in/email', latencyMs: 500 });
        expect(
          (await rejection(slow.signInWithEmail({ email: 'a@b.co', password: 'x' }))).code,
        ).toBe('timeout');
      });

      it('aborted: the caller cancelled', async () => {
        emulator.faults.add({ path: '/api/v1/auth/accounts/sign-in/email', latencyMs: 200 });
        const controller = new AbortController();
        const pending = client.signInWithEmail(
          { email: 'a@b.co', password: 'x' },
          { signal: controller.signal },
        );
        controller.abort();
        expect((await rejection(pending)).code).toBe('aborted');
      });

      it('invalid_response: a body that is not JSON, or JSON of the wrong shape', async () => {
        const proxyPage = createAuthClient({
          baseUrl,
          fetch: async () => new Response('<html>gateway</html>', { status: 200 }),
        });
        expect((await rejection(proxyPage.fetchEmailProviders({ email: 'a@b.co' }))).code).toBe(
          'invalid_response',
        );
        const wrongShape = createAuthClient({
          baseUrl,
          fetch: async () => Response.json({ data: { registered: 'yes' } }),
        });
        expect((await rejection(wrongShape.fetchEmailProviders({ email: 'a@b.co' }))).code).toBe(
          'invalid_response',
        );
      });

      it('server errors injected at the emulator keep their status', async () => {
        emulator.faults.add({
          path: '/api/v1/auth/accounts/sign-in/email',
          status: 500,
          detail: 'Error processing your request',
        });
        expect(
          await rejection(client.signInWithEmail({ email: 'a@b.co', password: 'x' })),
        ).toMatchObject({
          code: 'server_error',
          status: 500,
          detail: 'Error processing your request',
        });
      });
    });
  });
}
