/**
 * Calling APIs with the token: one forced refresh and one retry on 401 or any 403, never more,
 * and a second 403 is a permission error rather than a sign-out.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAuthFetch } from '../../../src/core/authFetch';
import { AuthError } from '../../../src/core/errors';
import { fakeClockHarnessPerTest, type Harness } from './helpers';

let h: Harness;
fakeClockHarnessPerTest(
  (harness) => (h = harness),
  () => h,
);

const expired = () => new AuthError('token_expired', 'Auth token has expired.', { status: 403 });

describe('withIdToken', () => {
  it('on token_expired (403): refreshes once at the emulator and retries once with the new token', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    // RS256 over identical claims is deterministic: let `iat` move so the new token differs.
    vi.setSystemTime(Date.now() + 2_000);
    const seen: string[] = [];
    const result = await auth.withIdToken(async (token) => {
      seen.push(token);
      if (seen.length === 1) throw expired();
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(seen[0]);
    expect(h.refreshCount()).toBe(1);
  });

  it('a second 403 is thrown as is and does not sign out', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    const denied = new AuthError('permission_denied', 'Forbidden', { status: 403 });
    let calls = 0;
    await expect(
      auth.withIdToken(async () => {
        calls++;
        throw calls === 1 ? expired() : denied;
      }),
    ).rejects.toBe(denied);
    expect(calls).toBe(2);
    expect(h.refreshCount()).toBe(1);
    expect(auth.getSnapshot().status).toBe('signedIn');
  });

  it('any 403 (whatever its text) gets one refresh and one retry', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    vi.setSystemTime(Date.now() + 2_000);
    const seen: string[] = [];
    const result = await auth.withIdToken(async (token) => {
      seen.push(token);
      if (seen.length === 1)
        throw new AuthError('permission_denied', 'Forbidden', { status: 403, detail: 'Nope' });
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(seen[0]);
    expect(h.refreshCount()).toBe(1);
  });

  it('a 403 on the retry is permission_denied even when its text says expired', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    const error = await auth
      .withIdToken(async () => {
        throw expired();
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'permission_denied', status: 403 });
    expect((error as AuthError).cause).toMatchObject({ code: 'token_expired' });
    expect(h.refreshCount()).toBe(1);
    expect(auth.getSnapshot().status).toBe('signedIn');
  });

  it('other errors are not retried', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    const operation = vi.fn(async () => {
      throw new AuthError('bad_request', 'Bad', { status: 400 });
    });
    await expect(auth.withIdToken(operation)).rejects.toMatchObject({ code: 'bad_request' });
    expect(operation).toHaveBeenCalledTimes(1);
    expect(h.refreshCount()).toBe(0);
  });

  it('works with the real client: an expired token is refreshed and update-email succeeds', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    // The emulator clock moves; the session still believes its token (not due by its own clock) is fine.
    auth.setSession({ ...auth.getSnapshot().session!, expiresAt: Date.now() + 10 * 60 * 60_000 });
    vi.setSystemTime(Date.now() + 2 * 60 * 60_000);
    await auth.withIdToken((idToken) =>
      h.client.updateEmail({ email: `new-${h.email}` }, { idToken }),
    );
    expect(h.refreshCount()).toBe(1);
  });
});

describe('createAuthFetch', () => {
  it('adds the bearer token and, on 401, refreshes once and retries once with the same body', async () => {
    const auth = h.createSession();
    await auth.initialize();
    const session = await h.signIn();
    auth.setSession(session);
    vi.setSystemTime(Date.now() + 2_000);
    const calls: Array<{ authorization: string | null; body: string }> = [];
    const api = async (input: Request | string | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      calls.push({
        authorization: request.headers.get('authorization'),
        body: await request.text(),
      });
      return new Response(null, { status: calls.length === 1 ? 401 : 200 });
    };
    const authFetch = createAuthFetch(auth, { fetch: api });
    const response = await authFetch(
      new Request('http://app.test/api/items', { method: 'POST', body: 'payload' }),
    );
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual({ authorization: `Bearer ${session.idToken}`, body: 'payload' });
    expect(calls[1]?.authorization).toMatch(/^Bearer /);
    expect(calls[1]?.authorization).not.toBe(calls[0]?.authorization);
    expect(calls[1]?.body).toBe('payload');
    expect(h.refreshCount()).toBe(1);
  });

  it('a 403 gets the same one refresh and one retry; a second 403 is returned as is', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    vi.setSystemTime(Date.now() + 2_000);
    const tokens: Array<string | null> = [];
    const api = async (_input: Request | string | URL, init?: RequestInit) => {
      tokens.push(new Headers(init?.headers).get('authorization'));
      return new Response(null, { status: 403 });
    };
    const response = await createAuthFetch(auth, { fetch: api })('http://app.test/api');
    expect(response.status).toBe(403);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).not.toBe(tokens[0]);
    expect(h.refreshCount()).toBe(1);
  });

  it('a second 401 is returned, not retried again; the header name is configurable', async () => {
    const auth = h.createSession();
    await auth.initialize();
    auth.setSession(await h.signIn());
    const headers: Array<string | null> = [];
    const api = async (_input: Request | string | URL, init?: RequestInit) => {
      headers.push(new Headers(init?.headers).get('x-authorization'));
      return new Response(null, { status: 401 });
    };
    const response = await createAuthFetch(auth, { fetch: api, headerName: 'x-authorization' })(
      'http://app.test/api',
    );
    expect(response.status).toBe(401);
    expect(headers).toHaveLength(2);
    expect(headers.every((value) => value?.startsWith('Bearer '))).toBe(true);
  });
});
