/**
 * Deskree-compatible Auth emulator: an isomorphic `fetch` handler (Web APIs only) that runs in
 * tests, browsers, workers, a Vite dev server or its own Node process.
 *
 * @example
 * const emulator = createEmulator({ projectId: 'demo' });
 * const res = await emulator.fetch('http://localhost/api/v1/auth/accounts/signup', {
 *   method: 'POST', body: JSON.stringify({ email: 'a@example.com', password: 'secret1' }),
 * });
 */
import type { EmulatorContext, ResolvedOptions } from './context.js';
import { createApp } from './app.js';
import { EmulatorStore, toAccountView } from './store.js';
import { TokenService } from './tokens.js';
import { FaultRegistry } from './faults.js';
import { seedAccount } from './accounts.js';
import { Transactions } from './transactions.js';
import { SignInLockout } from './lockout.js';
import { DEFAULT_AUTHORIZED_DOMAINS, normalizeDomain, normalizeOrigin } from './origins.js';
import { AUTHORIZE_PATH } from './oauth.js';
import { defaultSettings, parseSignInMethods, readSettings, writeSettings } from './settings.js';
import type {
  Emulator,
  EmulatorClock,
  EmulatorLinks,
  EmulatorOptions,
  EmulatorSnapshot,
  OAuthIdentity,
  RequestLogEntry,
  Role,
  SeedAccount,
} from './types.js';

export type * from './types.js';
export { EXPIRED_ID_TOKEN_DETAIL } from './errors.js';
export {
  ALL_SIGN_IN_METHODS,
  PASSWORD_SETUP_INCOMPLETE,
  PROVIDER_NOT_CONFIGURED,
} from './settings.js';
export type { ErrorEnvelope } from './errors.js';

/** The roles `GET /auth/accounts/roles` answers with unless `roles` is given. */
export const DEFAULT_ROLES: Role[] = [
  { uid: 'emulatorRoleAdmin000001', name: 'admin' },
  { uid: 'emulatorRoleUser0000002', name: 'user' },
];

/** Bases of the links written into mails (verify email, reset password, invite) unless `links` is given. */
export const DEFAULT_LINKS: EmulatorLinks = {
  verifyEmailUrl: '/verify-email',
  resetPasswordUrl: '/reset-password',
  inviteUrl: '/accept-invite',
};

/** How many requests `requests()` keeps (the oldest go first). */
export const DEFAULT_REQUEST_LOG_SIZE = 1000;

/** Lifetime of OAuth handshakes and of the credentials the consent page hands out, in seconds. */
export const DEFAULT_OAUTH_TTL_SECONDS = 600;

/** Failed passwords within the window after which sign-in answers TOO_MANY_ATTEMPTS_TRY_LATER. */
export const DEFAULT_LOCKOUT_ATTEMPTS = 10;

/** The sign-in lockout's window, in seconds. */
export const DEFAULT_LOCKOUT_WINDOW_SECONDS = 900;

export { DEFAULT_AUTHORIZED_DOMAINS };

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, got ${String(value)}`);
  return value;
}

function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be an integer >= 0, got ${String(value)}`);
  return value;
}

function publicOriginGetter(value: EmulatorOptions['publicOrigin']): () => string | undefined {
  if (typeof value === 'function') {
    return () => {
      const origin = value();
      return origin === undefined ? undefined : normalizeOrigin(origin);
    };
  }
  const fixed = value === undefined ? undefined : normalizeOrigin(value);
  return () => fixed;
}

/** Hosts that relative URLs given to `emulator.fetch` resolve against. */
const FALLBACK_ORIGIN = 'http://localhost';

function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  return {
    projectId: options.projectId ?? 'demo',
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    adminToken: options.adminToken ?? 'emulator-admin-token',
    passwordHashIterations: options.passwordHashIterations ?? 100_000,
    oobCodeTtlSeconds: options.oobCodeTtlSeconds ?? 3600,
    links: { ...DEFAULT_LINKS, ...options.links },
    emailEnumerationProtection: options.emailEnumerationProtection ?? false,
    latencyMs: options.latencyMs ?? 0,
    roles: options.roles ?? options.initialState?.roles ?? DEFAULT_ROLES,
    maxBodyBytes: options.maxBodyBytes ?? 100 * 1024,
    requestLogSize: positiveInteger(
      'requestLogSize',
      options.requestLogSize,
      DEFAULT_REQUEST_LOG_SIZE,
    ),
    publicOrigin: publicOriginGetter(options.publicOrigin),
    authorizedDomains: [
      ...new Set([
        ...DEFAULT_AUTHORIZED_DOMAINS,
        ...(options.authorizedDomains ?? []).map(normalizeDomain),
      ]),
    ],
    controlOrigins: (options.controlOrigins ?? []).map(normalizeOrigin),
    controlToken: options.controlToken || undefined,
    allowedHosts: (options.allowedHosts ?? []).map(normalizeDomain),
    oauthTtlSeconds: positiveInteger(
      'oauthTtlSeconds',
      options.oauthTtlSeconds,
      DEFAULT_OAUTH_TTL_SECONDS,
    ),
    lockoutAttempts: nonNegativeInteger(
      'lockoutAttempts',
      options.lockoutAttempts,
      DEFAULT_LOCKOUT_ATTEMPTS,
    ),
    lockoutWindowSeconds: positiveInteger(
      'lockoutWindowSeconds',
      options.lockoutWindowSeconds,
      DEFAULT_LOCKOUT_WINDOW_SECONDS,
    ),
  };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Builds the Request without the caller's signal: a signal from another realm (jsdom) breaks `new Request`. */
function toRequest(input: Request | string | URL, init: RequestInit | undefined): Request {
  if (input instanceof Request) {
    if (!init) return input;
    const { signal: _signal, ...rest } = init;
    return new Request(input, rest);
  }
  const url = typeof input === 'string' ? new URL(input, FALLBACK_ORIGIN) : input;
  const { signal: _signal, ...rest } = init ?? {};
  return new Request(url, rest);
}

/**
 * Creates a Deskree-compatible Auth backend as an in-process `fetch` handler (Web APIs only).
 *
 * @example
 * const emulator = createEmulator();
 * const client = createAuthClient({ baseUrl: 'http://emulator.test/api/v1/', fetch: emulator.fetch });
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const resolved = resolveOptions(options);
  let offsetMs = 0;
  const now = () => (options.now ? options.now() : Date.now()) + offsetMs;
  const clock: EmulatorClock = {
    now,
    advance(ms: number) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`clock.advance: ms must be a finite number >= 0, got ${String(ms)}`);
      }
      offsetMs += ms;
      return now();
    },
    reset() {
      offsetMs = 0;
    },
    get offsetMs() {
      return offsetMs;
    },
  };
  const store = new EmulatorStore(resolved.roles, options.initialState);
  store.roles = resolved.roles;
  const tokens = new TokenService(
    resolved.projectId,
    resolved.tokenTtlSeconds,
    now,
    options.initialState?.signingKey,
  );
  const faults = new FaultRegistry();
  let requestLog: RequestLogEntry[] = [];

  const snapshot = (): EmulatorSnapshot => {
    const snap: EmulatorSnapshot = { ...store.toSnapshot() };
    if (tokens.signingKey) snap.signingKey = structuredClone(tokens.signingKey);
    return snap;
  };

  const transactions = new Transactions({
    store,
    signingKey: () => tokens.signingKey,
    storedSigningKey: options.initialState?.signingKey,
    snapshot,
    journal: options.journal,
  });
  const lockout = new SignInLockout(() => ({
    attempts: resolved.lockoutAttempts,
    windowSeconds: resolved.lockoutWindowSeconds,
  }));
  const ctx: EmulatorContext = {
    options: resolved,
    store,
    tokens,
    faults,
    now,
    transactions,
    lockout,
  };
  // The configured methods (option or CLI flag); checked now so a typo fails at start.
  const configuredSettings = defaultSettings(
    options.signInMethods === undefined ? undefined : parseSignInMethods(options.signInMethods),
  );

  /** In-process calls return before their change is stored; a failed write is still reported. */
  const storeInBackground = (stored: Promise<void>) =>
    stored.catch((error: unknown) =>
      console.error('[deskree-auth-emulator] could not store a change', error),
    );

  let notifiedVersion = store.version;
  const notifyIfChanged = () => {
    if (store.version === notifiedVersion) return;
    notifiedVersion = store.version;
    options.onChange?.(snapshot());
  };

  // Given explicitly, the methods win over what a data file stored.
  if (options.signInMethods !== undefined) {
    void storeInBackground(
      transactions.commitDetached(() => writeSettings(store, configuredSettings)),
    );
  }

  const handle = async (request: Request): Promise<Response> => {
    const entry: RequestLogEntry = {
      method: request.method,
      path: new URL(request.url).pathname,
      status: 0,
      at: now(),
    };
    try {
      const response = await app.fetch(request);
      entry.status = response.status;
      return response;
    } finally {
      requestLog.push(entry);
      if (requestLog.length > resolved.requestLogSize) requestLog.shift();
      notifyIfChanged();
    }
  };

  const emulator: Emulator = {
    projectId: resolved.projectId,

    handle,

    fetch(input, init) {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      if (signal?.aborted) return Promise.reject(abortError(signal));
      let request: Request;
      try {
        request = toRequest(input, init);
      } catch (error) {
        return Promise.reject(error);
      }
      const response = handle(request);
      if (!signal) return response;
      return new Promise<Response>((resolve, reject) => {
        const onAbort = () => reject(abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        response.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    },

    outbox: () => structuredClone(store.outbox),

    clearOutbox() {
      void storeInBackground(
        transactions.commitDetached(() => {
          store.outbox = [];
          store.touch();
        }),
      );
      notifyIfChanged();
    },

    reset() {
      void storeInBackground(
        transactions.commitDetached(() => {
          store.reset();
          writeSettings(store, configuredSettings);
        }),
      );
      lockout.reset();
      faults.clear();
      requestLog = [];
      clock.reset();
      notifyIfChanged();
    },

    accounts: () => [...store.accounts.values()].map(toAccountView),

    async createAccount(seed: SeedAccount) {
      const account = await transactions.run(
        () => seedAccount(ctx, seed),
        () => true,
        { write: true },
      );
      notifyIfChanged();
      return toAccountView(account);
    },

    faults: {
      add: (fault) => faults.add(fault),
      clear: () => faults.clear(),
      list: () => faults.list(),
    },

    async completeOAuth(authUri: string, identity: OAuthIdentity) {
      const url = new URL(authUri);
      const form = new URLSearchParams({
        state: url.searchParams.get('state') ?? '',
        action: 'continue',
        email: identity.email,
        displayName: identity.displayName ?? '',
        photoUrl: identity.photoUrl ?? '',
      });
      const response = await handle(
        new Request(new URL(AUTHORIZE_PATH, url.origin), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        }),
      );
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) {
        throw new Error(
          `completeOAuth: the consent page answered ${response.status} instead of a redirect`,
        );
      }
      return location;
    },

    requestCount(pathOrSuffix?: string) {
      return requestLog.filter((entry) => {
        if (entry.method === 'OPTIONS') return false;
        if (pathOrSuffix === undefined) return entry.path.startsWith('/api/v1/auth/');
        return entry.path === pathOrSuffix || entry.path.endsWith(pathOrSuffix);
      }).length;
    },

    requests: () => requestLog.map((entry) => ({ ...entry })),

    clearRequests() {
      requestLog = [];
    },

    snapshot,

    settings: {
      get: () => readSettings(store),
      set(settings) {
        const methods = parseSignInMethods(settings.signInMethods);
        void storeInBackground(
          transactions.commitDetached(() => writeSettings(store, { signInMethods: methods })),
        );
        notifyIfChanged();
        return readSettings(store);
      },
    },

    jwks: () => tokens.jwks(),

    clock,
  };

  const app = createApp(ctx, () => emulator);
  return emulator;
}
