/**
 * All mutable emulator data in one place, so snapshots, resets and persistence cannot miss a
 * table. Handlers call `touch()` after a change; the emulator then notifies `onChange` once.
 */
import type {
  AccountRecord,
  AccountView,
  EmulatorSnapshot,
  Mail,
  OAuthGrantRecord,
  OAuthSessionRecord,
  OobCodeRecord,
  RefreshTokenRecord,
  Role,
} from './types.ts';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

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

export class EmulatorState {
  accounts = new Map<string, AccountRecord>();
  refreshTokens = new Map<string, RefreshTokenRecord>();
  oobCodes = new Map<string, OobCodeRecord>();
  oauthSessions = new Map<string, OAuthSessionRecord>();
  oauthGrants = new Map<string, OAuthGrantRecord>();
  outbox: Mail[] = [];
  roles: Role[];
  version = 0;

  constructor(roles: Role[], initial?: EmulatorSnapshot) {
    this.roles = roles;
    if (initial) this.restore(initial);
  }

  touch(): void {
    this.version++;
  }

  findByEmail(email: string): AccountRecord | undefined {
    const wanted = normalizeEmail(email);
    for (const account of this.accounts.values()) if (account.email === wanted) return account;
    return undefined;
  }

  /** Marks every refresh token of the user as revoked; they then answer TOKEN_EXPIRED. */
  revokeRefreshTokens(uid: string): void {
    for (const record of this.refreshTokens.values()) if (record.uid === uid) record.revoked = true;
    this.touch();
  }

  /** Deletes an account and revokes its sessions; false when there is no such account. */
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
    this.oauthSessions.clear();
    this.oauthGrants.clear();
    this.outbox = [];
    this.touch();
  }

  restore(snapshot: EmulatorSnapshot): void {
    this.accounts = new Map(snapshot.accounts.map((a) => [a.uid, structuredClone(a)]));
    this.refreshTokens = new Map(snapshot.refreshTokens.map((t) => [t.token, { ...t }]));
    this.oobCodes = new Map(snapshot.oobCodes.map((c) => [c.code, { ...c }]));
    this.oauthSessions = new Map(
      (snapshot.oauthSessions ?? []).map((s) => [s.sessionId, { ...s }]),
    );
    this.oauthGrants = new Map(
      (snapshot.oauthGrants ?? []).map((g) => [g.credential, structuredClone(g)]),
    );
    this.outbox = (snapshot.outbox ?? []).map((m) => ({ ...m }));
    if (snapshot.roles?.length) this.roles = snapshot.roles.map((r) => ({ ...r }));
  }

  toSnapshot(): Omit<EmulatorSnapshot, 'signingKey'> {
    return structuredClone({
      version: 1 as const,
      accounts: [...this.accounts.values()],
      refreshTokens: [...this.refreshTokens.values()],
      oobCodes: [...this.oobCodes.values()],
      oauthSessions: [...this.oauthSessions.values()],
      oauthGrants: [...this.oauthGrants.values()],
      outbox: this.outbox,
      roles: this.roles,
    });
  }
}
