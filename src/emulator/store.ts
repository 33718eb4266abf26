/**
 * The emulator's data store: all mutable data in one place, so snapshots, resets and persistence
 * cannot miss a table. Handlers call `touch()` after a change; the emulator then notifies
 * `onChange` once. (Called a store, never "state", which in OAuth code is the `state` parameter.)
 */
import { ChangeLog, TrackedTable } from './changes.js';
import { normalizeEmail } from './emailAddress.js';
import type { ChangeListener } from './changes.js';
import type {
  AccountRecord,
  JournalOp,
  JournalTable,
  AccountView,
  EmulatorSnapshot,
  Mail,
  OAuthGrantRecord,
  OAuthHandshakeRecord,
  OobCodeRecord,
  ProjectSettingsRecord,
  RefreshTokenRecord,
  Role,
} from './types.js';

export { normalizeEmail } from './emailAddress.js';

export function toAccountView(account: AccountRecord): AccountView {
  const view: AccountView = {
    uid: account.uid,
    email: account.email,
    emailVerified: account.emailVerified,
    disabled: account.disabled,
    hasPassword: account.passwordHash !== undefined,
    providers: signInMethods(account),
    displayName: account.displayName,
    photoUrl: account.photoUrl,
    createdAt: account.createdAt,
  };
  if (account.lastSignInAt !== undefined) view.lastSignInAt = account.lastSignInAt;
  return view;
}

/** The methods email-providers reports: `password` only once a password has been set. */
export function signInMethods(account: AccountRecord): AccountView['providers'] {
  const methods: AccountView['providers'] = account.passwordHash ? ['password'] : [];
  for (const link of account.providers) methods.push(link.providerId);
  return methods;
}

/**
 * Persisted tables are `TrackedTable`s: records changed through `get`/`set`/`delete`/`update` (or
 * found by `findByEmail`) reach the journal. A record found by iterating a table and then changed
 * in place must go through `update`. A new persisted table also needs its `JournalTable` name, its
 * key in journal.ts `TABLE_KEYS`, and a place in `toSnapshot`/`restore`.
 */
export class EmulatorStore implements ChangeListener {
  accounts: TrackedTable<AccountRecord>;
  refreshTokens: TrackedTable<RefreshTokenRecord>;
  oobCodes: TrackedTable<OobCodeRecord>;
  oauthHandshakes: TrackedTable<OAuthHandshakeRecord>;
  oauthGrants: TrackedTable<OAuthGrantRecord>;
  settings: TrackedTable<ProjectSettingsRecord>;
  outbox: Mail[] = [];
  roles: Role[];
  version = 0;
  #log: ChangeLog;

  constructor(roles: Role[], initial?: EmulatorSnapshot) {
    this.roles = roles;
    this.accounts = new TrackedTable('accounts', this);
    this.refreshTokens = new TrackedTable('refreshTokens', this);
    this.oobCodes = new TrackedTable('oobCodes', this);
    this.oauthHandshakes = new TrackedTable('oauthSessions', this);
    this.oauthGrants = new TrackedTable('oauthGrants', this);
    this.settings = new TrackedTable('settings', this);
    if (initial) this.restore(initial);
    this.#log = this.#newLog();
  }

  touch(): void {
    this.version++;
  }

  findByEmail(email: string): AccountRecord | undefined {
    const wanted = normalizeEmail(email);
    // Read back through get(): the caller may change the account, so the change log must see it.
    for (const account of this.accounts.values())
      if (account.email === wanted) return this.accounts.get(account.uid);
    return undefined;
  }

  /** Marks every refresh token of the user as revoked; they then answer TOKEN_EXPIRED. */
  revokeRefreshTokens(uid: string): void {
    for (const record of this.refreshTokens.values()) {
      if (record.uid === uid && !record.revoked)
        this.refreshTokens.update(record.token, (r) => (r.revoked = true));
    }
    this.touch();
  }

  /** Deletes an account and revokes its refresh tokens; false when there is no such account. */
  deleteAccount(uid: string): boolean {
    if (!this.accounts.has(uid)) return false;
    this.revokeRefreshTokens(uid);
    this.accounts.delete(uid);
    this.touch();
    return true;
  }

  reset(): void {
    this.accounts.clear();
    this.refreshTokens.clear();
    this.oobCodes.clear();
    this.oauthHandshakes.clear();
    this.oauthGrants.clear();
    this.outbox = [];
    this.touch();
  }

  restore(snapshot: EmulatorSnapshot): void {
    this.accounts.load(snapshot.accounts.map((a) => [a.uid, structuredClone(a)]));
    this.refreshTokens.load(snapshot.refreshTokens.map((t) => [t.token, { ...t }]));
    this.oobCodes.load(snapshot.oobCodes.map((c) => [c.code, { ...c }]));
    this.oauthHandshakes.load((snapshot.oauthSessions ?? []).map((h) => [h.sessionId, { ...h }]));
    this.oauthGrants.load(
      (snapshot.oauthGrants ?? []).map((g) => [g.credential, structuredClone(g)]),
    );
    this.settings.load((snapshot.settings ?? []).map((r) => [r.id, structuredClone(r)]));
    this.outbox = (snapshot.outbox ?? []).map((m) => ({ ...m }));
    if (snapshot.roles?.length) this.roles = snapshot.roles.map((r) => ({ ...r }));
  }

  toSnapshot(): Omit<EmulatorSnapshot, 'signingKey'> {
    return structuredClone({
      version: 1 as const,
      accounts: [...this.accounts.values()],
      refreshTokens: [...this.refreshTokens.values()],
      oobCodes: [...this.oobCodes.values()],
      oauthSessions: [...this.oauthHandshakes.values()],
      oauthGrants: [...this.oauthGrants.values()],
      settings: [...this.settings.values()],
      outbox: this.outbox,
      roles: this.roles,
    });
  }

  // --- Change tracking (see changes.ts) ---

  touched(table: JournalTable, key: string, before: object | undefined, read: boolean): void {
    this.#log.touched(table, key, before, read);
  }

  cleared(table: JournalTable, entries: Iterable<[string, object]>): void {
    this.#log.cleared(table, entries);
  }

  #newLog(): ChangeLog {
    return new ChangeLog(this.outbox, this.outbox.length, this.roles);
  }

  /** A journal table (named as in the data file) to the table that holds its records. */
  #table = (name: JournalTable): Map<string, object> =>
    (name === 'oauthSessions' ? this.oauthHandshakes : this[name]) as Map<string, object>;

  /** From now until `endTransaction`, records read through `get` count as changed. */
  beginTransaction(): void {
    this.#log.transaction = true;
  }

  endTransaction(): void {
    this.#log.transaction = false;
  }

  /** The journal ops for everything changed since the last call (or rollback); starts afresh. */
  takeChanges(): JournalOp[] {
    const log = this.#log;
    const ops = log.ops(this.#table, this.outbox, this.roles);
    this.#log = this.#newLog();
    this.#log.transaction = log.transaction;
    return ops;
  }

  /** Undoes everything changed since the last `takeChanges`. */
  rollback(): void {
    const log = this.#log;
    log.rollback(this.#table);
    if (!log.outboxForeign) {
      log.outboxRef.length = Math.min(log.outboxRef.length, log.outboxLength);
      this.outbox = log.outboxRef;
    }
    this.roles = log.rolesRef;
    this.touch();
    this.#log = this.#newLog();
    this.#log.transaction = log.transaction;
  }

  /**
   * Runs a synchronous change as its own unit, apart from any open transaction (an in-process call
   * such as `reset()` made while a request awaits), and returns its ops.
   */
  detached(change: () => void): JournalOp[] {
    const open = this.#log;
    const own = this.#newLog();
    const outboxBefore = this.outbox;
    const lengthBefore = this.outbox.length;
    this.#log = own;
    try {
      change();
      return own.ops(this.#table, this.outbox, this.roles);
    } catch (error) {
      own.rollback(this.#table);
      throw error;
    } finally {
      this.#log = open;
      open.absorb(own, this.outbox !== outboxBefore || this.outbox.length !== lengthBefore);
    }
  }
}
