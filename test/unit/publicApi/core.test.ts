/**
 * Names of `deskree-auth-react/core`, imported from that entry point and shown doing their job
 * against the in-process emulator (no mocked responses).
 */
import {
  AUTH_ERROR_CODES,
  AuthError,
  clearPendingOAuth,
  completeOAuthCallback,
  createAuthClient,
  createAuthSession,
  DEFAULT_AUTH_HEADER,
  DEFAULT_TIMEOUT_MS,
  isAuthError,
  localStorageAdapter,
  OAUTH_PROVIDERS,
  readPendingOAuth,
  REFRESH_MARGIN_MS,
  resolveBaseUrl,
  RETRYABLE_CODES,
  savePendingOAuth,
  sessionStorageAdapter,
  stateFromAuthUri,
  type FetchLike,
  type PendingOAuth,
} from '../../../src/core/index';
import { createTestEmulator } from '../../helpers/emulator';
import { PASSWORD } from '../../helpers/password';
import { MINUTE, nextEvent, REFRESH_PATH } from '../session/helpers';

describe('resolveBaseUrl', () => {
  it('builds the hosted URL from a project id', () => {
    expect(resolveBaseUrl({ projectId: 'acme-42' })).toBe(
      'https://acme-42.api.deskree.com/api/v1/',
    );
  });

  it('takes a baseUrl (a path resolved against the page), adding the trailing slash, and prefers it to a project id', () => {
    expect(resolveBaseUrl({ baseUrl: 'http://127.0.0.1:9099/api/v1' })).toBe(
      'http://127.0.0.1:9099/api/v1/',
    );
    expect(resolveBaseUrl({ baseUrl: '/api/v1/', projectId: 'acme' })).toBe(
      `${location.origin}/api/v1/`,
    );
  });

  it('refuses an id that is not a project id, and no option at all', () => {
    expect(() => resolveBaseUrl({ projectId: 'evil.com/x' })).toThrow(TypeError);
    expect(() => resolveBaseUrl({})).toThrow(/projectId.*baseUrl/);
  });
});

describe('DEFAULT_AUTH_HEADER', () => {
  it('is the header that carries the id token on authenticated calls', async () => {
    const { emulator, baseUrl } = createTestEmulator();
    const sent: Headers[] = [];
    const spy: FetchLike = (input, init) => {
      sent.push(new Headers(init?.headers));
      return emulator.fetch(input, init);
    };
    const client = createAuthClient({ baseUrl, fetch: spy });
    expect(client.authHeaderName).toBe(DEFAULT_AUTH_HEADER);
    const { session } = await client.signUp({ email: 'header@example.com', password: PASSWORD });
    expect(sent.at(-1)?.has(DEFAULT_AUTH_HEADER)).toBe(false);

    await client.updateEmail({ email: 'header2@example.com' }, { idToken: session.idToken });
    expect(sent.at(-1)?.get(DEFAULT_AUTH_HEADER)).toBe(`Bearer ${session.idToken}`);
    expect(emulator.accounts().map((account) => account.email)).toContain('header2@example.com');
  });
});

describe('DEFAULT_TIMEOUT_MS', () => {
  afterEach(() => vi.useRealTimers());

  it('is how long a request may take before it fails with `timeout`', async () => {
    vi.useFakeTimers();
    const never: FetchLike = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const client = createAuthClient({ baseUrl: 'http://emulator.test/api/v1/', fetch: never });
    const outcome = client.fetchEmailProviders({ email: 'slow@example.com' }).then(
      () => null,
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
    let settled = false;
    void outcome.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(isAuthError(error) && error.code).toBe('timeout');
  });
});

describe('RETRYABLE_CODES', () => {
  it('decides AuthError.retryable, code by code', () => {
    expect([...RETRYABLE_CODES].sort()).toEqual([
      'network',
      'server_error',
      'timeout',
      'too_many_requests',
    ]);
    for (const code of AUTH_ERROR_CODES) {
      expect(new AuthError(code, code).retryable, code).toBe(RETRYABLE_CODES.has(code));
    }
  });
});

describe('REFRESH_MARGIN_MS', () => {
  afterEach(() => vi.useRealTimers());

  it('is how long before the id token expires the session refreshes it', async () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const { emulator, baseUrl } = createTestEmulator({
      now: () => Date.now(),
      tokenTtlSeconds: 3600,
    });
    const client = createAuthClient({ baseUrl, fetch: emulator.fetch });
    await emulator.createAccount({
      email: 'margin@example.com',
      password: PASSWORD,
      emailVerified: true,
    });
    const auth = createAuthSession({ client, storage: 'memory', crossTab: false });
    try {
      await auth.initialize();
      auth.setSession(
        (await client.signInWithEmail({ email: 'margin@example.com', password: PASSWORD })).session,
      );

      await vi.advanceTimersByTimeAsync(60 * MINUTE - REFRESH_MARGIN_MS - 1_000);
      expect(emulator.requestCount(REFRESH_PATH)).toBe(0);

      const refreshed = nextEvent(auth, 'tokenRefreshed');
      await vi.advanceTimersByTimeAsync(1_000);
      await refreshed;
      expect(emulator.requestCount(REFRESH_PATH)).toBe(1);
    } finally {
      auth.destroy();
    }
  });
});

describe('localStorageAdapter / sessionStorageAdapter', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it.each([
    ['localStorageAdapter', localStorageAdapter, () => localStorage, () => sessionStorage],
    ['sessionStorageAdapter', sessionStorageAdapter, () => sessionStorage, () => localStorage],
  ] as const)('%s round-trips through its own Web Storage only', (_name, adapter, own, other) => {
    const storage = adapter();
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', 'v1');
    expect(storage.getItem('k')).toBe('v1');
    expect(own().getItem('k')).toBe('v1');
    expect(other().getItem('k')).toBeNull();
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
    expect(own().getItem('k')).toBeNull();
  });
});

describe('clearPendingOAuth', () => {
  beforeEach(() => sessionStorage.clear());

  it('forgets every pending flow of this tab and leaves other keys alone', () => {
    const record = (state: string | null): PendingOAuth => ({
      sessionId: `s-${state}`,
      providerId: 'google.com',
      callBackUri: 'http://localhost/cb',
      state,
      createdAt: Date.now(),
    });
    savePendingOAuth(record('one'));
    savePendingOAuth(record('two'));
    savePendingOAuth(record(null));
    sessionStorage.setItem('unrelated', 'kept');
    expect(readPendingOAuth('one')?.sessionId).toBe('s-one');

    clearPendingOAuth();
    expect(readPendingOAuth('one')).toBeNull();
    expect(readPendingOAuth('two')).toBeNull();
    expect(readPendingOAuth(null)).toBeNull();
    expect(sessionStorage.getItem('unrelated')).toBe('kept');
  });
});

describe('OAUTH_PROVIDERS', () => {
  it('lists the providers the API starts a flow for; others are refused', async () => {
    const { emulator, baseUrl } = createTestEmulator();
    const client = createAuthClient({ baseUrl, fetch: emulator.fetch });
    expect([...OAUTH_PROVIDERS].sort()).toEqual(['facebook.com', 'github.com', 'google.com']);
    for (const providerId of OAUTH_PROVIDERS) {
      const url = await client.createOAuthUrl({ providerId, callBackUri: 'http://localhost/cb' });
      expect(url.providerId).toBe(providerId);
    }
    const refused = await client
      .createOAuthUrl({
        providerId: 'myspace.com' as (typeof OAUTH_PROVIDERS)[number],
        callBackUri: 'http://localhost/cb',
      })
      .catch((error: unknown) => error);
    expect(isAuthError(refused)).toBe(true);
  });
});

describe('completeOAuthCallback', () => {
  const origin = window.location.origin;
  const callBackUri = `${origin}/auth/callback`;
  beforeEach(() => sessionStorage.clear());

  async function startFlow() {
    const { emulator, baseUrl } = createTestEmulator();
    const client = createAuthClient({ baseUrl, fetch: emulator.fetch });
    const url = await client.createOAuthUrl({ providerId: 'google.com', callBackUri });
    savePendingOAuth({
      sessionId: url.sessionId,
      providerId: url.providerId,
      callBackUri,
      state: stateFromAuthUri(url.authUri),
      createdAt: Date.now(),
    });
    const redirect = await emulator.completeOAuth(url.authUri, {
      email: 'oauth@example.com',
      displayName: 'Ada Lovelace',
    });
    return { emulator, client, redirect };
  }

  it("exchanges this tab's callback URL for a session, once", async () => {
    const { emulator, client, redirect } = await startFlow();
    const outcome = await completeOAuthCallback({ client, url: redirect, currentOrigin: origin });
    expect(outcome.status).toBe('signedIn');
    if (outcome.status !== 'signedIn') return;
    expect(outcome.providerId).toBe('google.com');
    expect(outcome.profile.email).toBe('oauth@example.com');
    expect(outcome.session.user.email).toBe('oauth@example.com');
    expect(emulator.accounts().map((account) => account.email)).toContain('oauth@example.com');

    const replay = await completeOAuthCallback({
      client,
      url: redirect,
      currentOrigin: origin,
    }).catch((error: unknown) => error);
    expect(isAuthError(replay) && replay.code).toBe('oauth_state_mismatch');
  });

  it('refuses a callback after clearPendingOAuth (no flow of this tab matches)', async () => {
    const { client, redirect } = await startFlow();
    clearPendingOAuth();
    const error = await completeOAuthCallback({
      client,
      url: redirect,
      currentOrigin: origin,
    }).catch((caught: unknown) => caught);
    expect(isAuthError(error) && error.code).toBe('oauth_state_mismatch');
  });
});
