/**
 * Public types of the Deskree Auth emulator. Everything in a snapshot is plain JSON so it can be
 * written to disk, posted between tabs or kept in localStorage.
 */

export type OAuthProviderId = 'google.com' | 'facebook.com' | 'github.com';

/** The sign-in methods an account can have, as Identity Toolkit names them. */
export type SignInMethod = 'password' | OAuthProviderId;

export interface Role {
  uid: string;
  name: string;
}

export interface EmulatorLinks {
  /** Base URL of the app page that verifies an email (`?oobCode=...&uid=...` is appended). */
  verifyEmailUrl: string;
  /** Base URL of the app page that sets a new password after a reset request. */
  resetPasswordUrl: string;
  /** Base URL of the app page where an invited user accepts the invitation. */
  inviteUrl: string;
}

export interface EmulatorOptions {
  /** Project id used in the token `iss`/`aud` claims. Default `demo`. */
  projectId?: string;
  /** Lifetime of id tokens. Default 3600 like Google Identity Platform. */
  tokenTtlSeconds?: number;
  /** Value expected in the `deskree-admin` header of admin routes. */
  adminToken?: string;
  /** Clock in epoch milliseconds; read on every decision so fake timers work. */
  now?: () => number;
  /** PBKDF2-SHA256 iterations for new password hashes; tests may lower it for speed. */
  passwordHashIterations?: number;
  /** Lifetime of mailed one-time codes. */
  oobCodeTtlSeconds?: number;
  links?: Partial<EmulatorLinks>;
  /**
   * Enabled sign-in methods, like the project's auth settings on Deskree. Default all four. When
   * given, it replaces what a data file stored; otherwise the stored settings apply. `reset()`
   * goes back to this value.
   */
  signInMethods?: SignInMethod[];
  /** Answer INVALID_LOGIN_CREDENTIALS instead of EMAIL_NOT_FOUND / INVALID_PASSWORD. */
  emailEnumerationProtection?: boolean;
  /** Delay added before every `/api/v1/auth/` request is handled. */
  latencyMs?: number;
  roles?: Role[];
  initialState?: EmulatorSnapshot;
  /** Called with a fresh snapshot after every change, for persistence. */
  onChange?: (snapshot: EmulatorSnapshot) => void;
  /** Largest accepted request body. Default 100 KiB. */
  maxBodyBytes?: number;
  /** How many requests `requests()` and `requestCount()` remember; older ones are dropped. Default 1000. */
  requestLogSize?: number;
  /**
   * Origin (`http://host:port`) of mailed links given as paths and of `authUri`. The server and CLI
   * default it to their listen address and the Vite plugin to the dev server's; in-process, the
   * request URL's origin is used when it is not set. A function is read on every request.
   */
  publicOrigin?: string | (() => string | undefined);
  /** Hostnames a `callBackUri` may use besides `localhost` and `127.0.0.1` (any port). */
  authorizedDomains?: string[];
  /** Browser origins allowed to call the control API (`/emulator/...`) cross-origin. Default none. */
  controlOrigins?: string[];
  /** When set, the control API requires `Authorization: Bearer <controlToken>`. */
  controlToken?: string;
  /**
   * Hostnames that may appear in the Host header of control requests, besides `localhost`,
   * `*.localhost` and IP addresses (a DNS-rebinding guard).
   */
  allowedHosts?: string[];
  /** Lifetime of OAuth handshakes (auth-url) and of the credential the consent page hands out. Default 600. */
  oauthTtlSeconds?: number;
  /**
   * Failed passwords for one email within `lockoutWindowSeconds` after which sign-in answers
   * TOO_MANY_ATTEMPTS_TRY_LATER. Default 10; 0 disables the lockout.
   */
  lockoutAttempts?: number;
  /** Window of the sign-in lockout, in seconds. Default 900 (15 minutes). */
  lockoutWindowSeconds?: number;
  /**
   * Where each request's changes go before its answer is sent (the Node data file is one). Without
   * it the emulator lives in memory only.
   */
  journal?: JournalSink;
}

/**
 * The tables of a snapshot that the journal writes record by record.
 *
 * Named as in the data file: `oauthSessions` holds the OAuth handshakes.
 */
export type JournalTable =
  'accounts' | 'refreshTokens' | 'oobCodes' | 'oauthSessions' | 'oauthGrants' | 'settings';

/** One change inside a journal record; replaying the records in order over a snapshot rebuilds the data. */
export type JournalOp =
  | { op: 'put'; table: JournalTable; value: object }
  | { op: 'delete'; table: JournalTable; key: string }
  | { op: 'clear'; table: JournalTable }
  | { op: 'mail'; mail: Mail }
  | { op: 'outbox'; outbox: Mail[] }
  | { op: 'roles'; roles: Role[] }
  | { op: 'signingKey'; signingKey: SigningKeyRecord };

/** Everything one request (or one in-process call) changed, in order; `seq` grows by one per record. */
export interface JournalRecord {
  seq: number;
  ops: JournalOp[];
}

/**
 * Durable storage for the emulator's changes. A mutation is answered only once `append` has
 * resolved, so a sink that resolves after its data is on disk loses no acknowledged write.
 */
export interface JournalSink {
  /**
   * Stores one record; resolves once it is durable. The record's objects belong to the emulator
   * and change afterwards: copy or serialize them before returning.
   */
  append(record: JournalRecord): Promise<void>;
  /** Asked after each committed request; `true` makes the emulator call `compact` at once. */
  wantsCompaction?(): boolean;
  /** A full snapshot that replaces every record up to and including `seq`. */
  compact?(snapshot: EmulatorSnapshot, seq: number): void;
}

export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64url */
  salt: string;
  /** base64url */
  hash: string;
}

export interface ProviderLink {
  providerId: OAuthProviderId;
  /** The provider's own user id (Google `sub`, GitHub numeric id...). */
  rawId: string;
  email: string;
  displayName: string;
  photoUrl: string;
}

export interface AccountRecord {
  uid: string;
  /** Always stored lowercase: emails are compared case-insensitively. */
  email: string;
  emailVerified: boolean;
  disabled: boolean;
  passwordHash?: PasswordHash;
  providers: ProviderLink[];
  displayName: string;
  photoUrl: string;
  createdAt: number;
  lastSignInAt?: number;
}

/** An account as tests and the control API see it: never the password hash. */
export interface AccountView {
  uid: string;
  email: string;
  emailVerified: boolean;
  disabled: boolean;
  hasPassword: boolean;
  providers: SignInMethod[];
  displayName: string;
  photoUrl: string;
  createdAt: number;
  lastSignInAt?: number;
}

export interface SeedAccount {
  email: string;
  password?: string;
  emailVerified?: boolean;
  disabled?: boolean;
  /** OAuth providers to link, e.g. `['google.com']`. */
  providers?: OAuthProviderId[];
  displayName?: string;
}

export interface RefreshTokenRecord {
  token: string;
  uid: string;
  /** Epoch seconds of the sign-in that started this session (the `auth_time` claim). */
  authTime: number;
  signInProvider: SignInMethod;
  createdAt: number;
  revoked: boolean;
}

export type MailKind = 'verifyEmail' | 'resetPassword' | 'invite';

export interface OobCodeRecord {
  code: string;
  kind: MailKind;
  uid: string;
  /** The email the code was mailed to: a code for an address the account no longer has is void. */
  email: string;
  createdAt: number;
  expiresAt: number;
  used: boolean;
}

export interface Mail {
  id: string;
  to: string;
  kind: MailKind;
  subject: string;
  text: string;
  link: string;
  oobCode: string;
  uid: string;
  /** ISO 8601 */
  sentAt: string;
}

/**
 * One OAuth handshake, from sign-in/auth-url to its redemption by sign-in/idp. Its fields keep the
 * hosted API's and the data file's names: `sessionId` is the id the API hands out, and `state` is
 * OAuth's anti-forgery parameter that leads the consent page back to it.
 */
export interface OAuthHandshakeRecord {
  sessionId: string;
  providerId: OAuthProviderId;
  callBackUri: string;
  state: string;
  createdAt: number;
  used: boolean;
}

/** What the fake provider hands back through the redirect (token or code) after consent. */
export interface OAuthGrantRecord {
  credential: string;
  /** The handshake it belongs to. */
  sessionId: string;
  providerId: OAuthProviderId;
  identity: { email: string; displayName: string; photoUrl: string };
  createdAt: number;
  used: boolean;
}

/**
 * The former name of `OAuthHandshakeRecord`, kept so that existing imports compile.
 * @deprecated Use `OAuthHandshakeRecord`.
 */
export type OAuthSessionRecord = OAuthHandshakeRecord;

export interface SigningKeyRecord {
  kid: string;
  /** Private RSA JWK (contains the public part too). */
  privateJwk: JsonWebKey;
}

/** The project's auth settings, as the Deskree console holds them. */
export interface ProjectSettings {
  /** Enabled sign-in methods; a disabled one answers like an unconfigured project. */
  signInMethods: SignInMethod[];
}

/** The one stored settings record (`id` is always `project`). */
export interface ProjectSettingsRecord extends ProjectSettings {
  id: string;
}

export interface EmulatorSnapshot {
  version: 1;
  signingKey?: SigningKeyRecord;
  accounts: AccountRecord[];
  refreshTokens: RefreshTokenRecord[];
  oobCodes: OobCodeRecord[];
  /** The OAuth handshakes (the data file's name for them). */
  oauthSessions: OAuthHandshakeRecord[];
  oauthGrants: OAuthGrantRecord[];
  outbox: Mail[];
  roles: Role[];
  /** Absent in files written before settings existed. */
  settings?: ProjectSettingsRecord[];
}

export interface Fault {
  /** Only this HTTP method; any method when omitted. */
  method?: string;
  /** Exact request path, or a prefix ending in `*`. */
  path: string;
  /** Status of the injected error; when omitted (and no `latencyMs`/`network`), 500. */
  status?: number;
  detail?: string;
  /** How many matching requests the fault affects. Default 1. */
  count?: number;
  /** Delay before answering (or before normal handling when no `status`). */
  latencyMs?: number;
  /** Fail like a dropped connection: in-process `fetch` rejects with a TypeError, HTTP closes the socket. */
  network?: boolean;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** 0 when a network fault dropped the request. */
  status: number;
  at: number;
}

export interface OAuthIdentity {
  email: string;
  displayName?: string;
  photoUrl?: string;
}

/**
 * The emulator's clock: the `now` option (or `Date.now()`) plus an offset that only moves forward.
 * Every time decision (token `iat`/`exp` and verification, code expiry, `sentAt`, request log) reads it.
 */
export interface EmulatorClock {
  /** Current emulator time in epoch milliseconds (base clock + offset). */
  now(): number;
  /** Moves the clock forward by `ms` (finite, >= 0, else a RangeError); returns the new `now()`. */
  advance(ms: number): number;
  /** Sets the offset back to 0. */
  reset(): void;
  /** Milliseconds added to the base clock so far. */
  readonly offsetMs: number;
}

export interface JsonWebKeySet {
  keys: JsonWebKey[];
}

export interface Emulator {
  /** A drop-in `fetch`: any URL whose path is one of ours is answered, whatever the host. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  handle(request: Request): Promise<Response>;
  outbox(): Mail[];
  clearOutbox(): void;
  /** Forget accounts, tokens, codes, sessions, mail, faults and the request log, and reset the clock offset (keys and roles stay). */
  reset(): void;
  accounts(): AccountView[];
  createAccount(seed: SeedAccount): Promise<AccountView>;
  faults: { add(fault: Fault): void; clear(): void; list(): Fault[] };
  /** Does what a user on the consent page does; resolves to the URL the browser would be sent to. */
  completeOAuth(authUri: string, identity: OAuthIdentity): Promise<string>;
  /**
   * Requests answered so far. Without an argument, counts `/api/v1/auth/` calls; with one, counts
   * requests whose path equals it or ends with it (`'/token/refresh'`). OPTIONS preflights are not counted.
   */
  requestCount(pathOrSuffix?: string): number;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  snapshot(): EmulatorSnapshot;
  jwks(): Promise<JsonWebKeySet>;
  /** The project's auth settings (enabled sign-in methods); changes are stored like any other. */
  settings: {
    get(): ProjectSettings;
    /** Replaces the enabled methods; an unknown method throws a `TypeError`. */
    set(settings: ProjectSettings): ProjectSettings;
  };
  /** Time travel for tests: `advance(ms)` makes tokens and mailed codes expire. The offset is not in snapshots. */
  readonly clock: EmulatorClock;
  readonly projectId: string;
}
