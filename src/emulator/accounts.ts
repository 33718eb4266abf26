/** Creating account records, shared by signup, invite, OAuth and seeding. */
import type { AccountRecord, OAuthProviderId, PasswordHash, ProviderLink } from './types.ts';
import { normalizeEmail } from './state.ts';
import { newNumericId, newUid } from './random.ts';

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
