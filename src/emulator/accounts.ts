/** Creating account records, shared by signup, invite, OAuth and seeding. */
import type {
  AccountRecord,
  OAuthProviderId,
  PasswordHash,
  ProviderLink,
  SeedAccount,
} from './types.js';
import type { EmulatorContext } from './context.js';
import { normalizeEmail } from './store.js';
import { hashPassword } from './passwords.js';
import { isAcceptableEmail } from './emailAddress.js';
import { newNumericId, newUid } from './random.js';

export interface NewAccountInput {
  email: string;
  passwordHash?: PasswordHash;
  emailVerified?: boolean;
  disabled?: boolean;
  providers?: ProviderLink[];
  displayName?: string;
  photoUrl?: string;
  createdAt: number;
}

export function newAccount(input: NewAccountInput): AccountRecord {
  const account: AccountRecord = {
    uid: newUid(),
    email: normalizeEmail(input.email),
    emailVerified: input.emailVerified ?? false,
    disabled: input.disabled ?? false,
    providers: input.providers ?? [],
    displayName: input.displayName ?? '',
    photoUrl: input.photoUrl ?? '',
    createdAt: input.createdAt,
  };
  if (input.passwordHash) account.passwordHash = input.passwordHash;
  return account;
}

export function newProviderLink(
  providerId: OAuthProviderId,
  email: string,
  displayName: string,
  photoUrl = '',
): ProviderLink {
  // GitHub ids are shorter integers; Google/Facebook use long numeric strings.
  const rawId = newNumericId(
    providerId === 'github.com' ? 8 : providerId === 'facebook.com' ? 16 : 21,
  );
  return { providerId, rawId, email: normalizeEmail(email), displayName, photoUrl };
}

/** A display name for identities that gave none: the email's local part. */
export function defaultDisplayName(email: string): string {
  return email.split('@')[0] ?? email;
}

/**
 * Creates a seeded account (control API and `emulator.createAccount`). Runs inside the caller's
 * transaction: never call `emulator.createAccount` from a route, it would wait for its own lock.
 */
export async function seedAccount(ctx: EmulatorContext, seed: SeedAccount): Promise<AccountRecord> {
  const { store, options } = ctx;
  const email: string = seed.email;
  if (!isAcceptableEmail(email))
    throw new Error(
      `INVALID_EMAIL: ${JSON.stringify(seed.email.slice(0, 80))} is not an address the emulator stores (too long, or with invisible characters)`,
    );
  if (store.findByEmail(seed.email))
    throw new Error(`EMAIL_EXISTS: ${seed.email} already has an account`);
  const passwordHash = seed.password
    ? await hashPassword(seed.password, options.passwordHashIterations)
    : undefined;
  const displayName = seed.displayName ?? '';
  const account = newAccount({
    email: seed.email,
    emailVerified: seed.emailVerified ?? false,
    disabled: seed.disabled ?? false,
    providers: (seed.providers ?? []).map((id) =>
      newProviderLink(id, seed.email, displayName || defaultDisplayName(seed.email)),
    ),
    displayName,
    createdAt: ctx.now(),
    ...(passwordHash ? { passwordHash } : {}),
  });
  store.accounts.set(account.uid, account);
  store.touch();
  return account;
}
