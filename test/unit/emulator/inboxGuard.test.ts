/** The inbox page's guard: which hosts serve it, which posts count as same-origin, the session. */
import {
  INBOX_SESSION_COOKIE,
  InboxGuard,
  checkSameOrigin,
  isRebindingSafeHost,
  secretsEqual,
} from '../../../src/emulator/inboxGuard';

const PAGE = new URL('http://127.0.0.1:9099/emulator/ui/reset');

function headers(values: Record<string, string>): Headers {
  return new Headers(values);
}

describe('isRebindingSafeHost', () => {
  it.each([
    '127.0.0.1:9099',
    'localhost:5173',
    'localhost',
    'app.localhost:3000',
    'LOCALHOST.:80',
    '[::1]:9099',
    '192.168.1.20:9099',
    '0.0.0.0:9099',
  ])('serves %s (a name no one else can point at us)', (host) => {
    expect(isRebindingSafeHost(host)).toBe(true);
  });

  it.each([
    'evil.example:9099',
    'localhost.evil.example',
    '127.0.0.1.nip.io:9099',
    'emulator.test',
    '999.1.1.1:80',
    '',
  ])('refuses %s (a DNS name could be re-pointed at 127.0.0.1)', (host) => {
    expect(isRebindingSafeHost(host)).toBe(false);
  });
});

describe('checkSameOrigin', () => {
  it('accepts a form post from the page itself (Sec-Fetch-Site and Origin agree)', () => {
    expect(
      checkSameOrigin(
        headers({ 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:9099' }),
        PAGE,
      ),
    ).toEqual({ ok: true });
  });

  it('accepts Origin alone (browsers without Fetch Metadata), comparing host and port only', () => {
    expect(checkSameOrigin(headers({ origin: 'http://127.0.0.1:9099' }), PAGE).ok).toBe(true);
    // A TLS-terminating dev server: the browser says https, we see http on the same host:port.
    expect(checkSameOrigin(headers({ origin: 'https://127.0.0.1:9099' }), PAGE).ok).toBe(true);
  });

  it.each([
    [{ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, /another site/],
    // Another port on localhost is "same-site" but another app: not trusted.
    [{ 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:5173' }, /another site/],
    [{ 'sec-fetch-site': 'none' }, /another site/],
    [{ origin: 'http://127.0.0.1:5173' }, /another origin/],
    [{ origin: 'null' }, /another origin/],
    [{ origin: 'not a url' }, /another origin/],
    [{ 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' }, /another origin/],
    [{}, /neither/],
  ])('refuses %o', (values, reason) => {
    const verdict = checkSameOrigin(headers(values), PAGE);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toMatch(reason);
  });
});

describe('secretsEqual', () => {
  it('is true only for the same string', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abd', 'abc')).toBe(false);
    expect(secretsEqual('ab', 'abc')).toBe(false);
    expect(secretsEqual(null, 'abc')).toBe(false);
    expect(secretsEqual(undefined, 'abc')).toBe(false);
  });
});

function request(url: string, init: RequestInit = {}): Request {
  return new Request(url, init);
}

const sameOriginPost = (extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:9099', ...extra },
});

describe('InboxGuard', () => {
  it('has a new form token at every start', () => {
    expect(new InboxGuard().formToken).not.toBe(new InboxGuard().formToken);
    expect(new InboxGuard().formToken.length).toBeGreaterThanOrEqual(40);
  });

  it('without a control token: reads need a safe host, writes also same-origin and the form token', () => {
    const guard = new InboxGuard();
    const form = new URLSearchParams({ formToken: guard.formToken });
    expect(guard.checkRead(request('http://127.0.0.1:9099/emulator/')).ok).toBe(true);
    expect(guard.checkRead(request('http://evil.example:9099/emulator/')).ok).toBe(false);

    const url = 'http://127.0.0.1:9099/emulator/ui/reset';
    expect(guard.checkWrite(request(url, sameOriginPost()), form).ok).toBe(true);
    expect(
      guard.checkWrite(request(url, sameOriginPost()), new URLSearchParams({ formToken: 'x' })),
    ).toEqual({
      ok: false,
      reason: 'the form is from an earlier start of the emulator; reload the page',
    });
    expect(
      guard.checkWrite(request(url, sameOriginPost({ 'sec-fetch-site': 'cross-site' })), form).ok,
    ).toBe(false);
    // Another start's token does not open this one.
    expect(
      guard.checkWrite(
        request(url, sameOriginPost()),
        new URLSearchParams({ formToken: new InboxGuard().formToken }),
      ).ok,
    ).toBe(false);
  });

  it('with a control token: the bearer token or the session cookie opens it, nothing else', () => {
    const guard = new InboxGuard({ controlToken: 'sesame' });
    const page = 'http://127.0.0.1:9099/emulator/';
    expect(guard.requiresToken).toBe(true);
    expect(guard.checkRead(request(page))).toEqual({
      ok: false,
      reason: 'the control token is required',
    });
    expect(guard.checkRead(request(page, { headers: { authorization: 'Bearer sesame' } })).ok).toBe(
      true,
    );
    expect(guard.checkRead(request(page, { headers: { authorization: 'Bearer nope' } })).ok).toBe(
      false,
    );

    expect(guard.signIn('nope')).toBeUndefined();
    expect(guard.signIn(null)).toBeUndefined();
    const cookie = guard.signIn('sesame');
    expect(cookie).toMatch(
      new RegExp(`^${INBOX_SESSION_COOKIE}=[\\w-]+; Path=/emulator; HttpOnly; SameSite=Strict$`),
    );
    // The cookie holds a per-start session id, never the token itself.
    expect(cookie).not.toContain('sesame');
    const session = cookie?.split(';')[0] ?? '';
    expect(guard.checkRead(request(page, { headers: { cookie: `a=b; ${session}` } })).ok).toBe(
      true,
    );
    expect(
      guard.checkRead(request(page, { headers: { cookie: `${INBOX_SESSION_COOKIE}=forged` } })).ok,
    ).toBe(false);
    // A session of another start (another guard) does not open this one.
    const other = new InboxGuard({ controlToken: 'sesame' }).signIn('sesame')?.split(';')[0] ?? '';
    expect(guard.checkRead(request(page, { headers: { cookie: other } })).ok).toBe(false);

    // Posting the sign-in form needs no session, but every other form does.
    const form = new URLSearchParams({ formToken: guard.formToken });
    const url = 'http://127.0.0.1:9099/emulator/ui/reset';
    expect(guard.checkForm(request(url, sameOriginPost()), form).ok).toBe(true);
    expect(guard.checkWrite(request(url, sameOriginPost()), form).ok).toBe(false);
    expect(guard.checkWrite(request(url, sameOriginPost({ cookie: session })), form).ok).toBe(true);
  });

  it('treats an empty control token as none', () => {
    expect(new InboxGuard({ controlToken: '' }).requiresToken).toBe(false);
  });
});
