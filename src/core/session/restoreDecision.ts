/**
 * What the first read of storage means, with or without what a server rendered
 * (`initialSession`). Without one, a stored session is restored and anything else is "signed
 * out". With one, a stored session of the same user with a newer token wins (another tab
 * refreshed since the server read its cookie); otherwise the server's view is kept and stored,
 * so storage and screen agree.
 */
import { decodeClaims, type Session } from '../credentials.js';
import type { StoredRead } from './persistence.js';

export type RestoreDecision =
  | { kind: 'restoreStored'; session: Session; storedAt: number }
  | { kind: 'keepInitial'; session: Session }
  /** `clearStorage`: the server said nobody is signed in, so storage must agree. */
  | { kind: 'signedOut'; clearStorage: boolean };

/** Issue time of a token (`iat`, else its expiry) for telling which of two tokens is newer. */
function issuedAt(session: Session): number {
  const { iat } = decodeClaims(session.idToken);
  return typeof iat === 'number' ? iat * 1000 : session.expiresAt;
}

/**
 * @example
 * decideRestore(await persistence.read(), options.initialSession)
 */
export function decideRestore(
  stored: StoredRead,
  initialSession: Session | null | undefined,
): RestoreDecision {
  const found: RestoreDecision | null =
    stored.kind === 'session'
      ? { kind: 'restoreStored', session: stored.session, storedAt: stored.storedAt }
      : null;
  if (initialSession === undefined) return found ?? { kind: 'signedOut', clearStorage: false };
  if (!initialSession) return { kind: 'signedOut', clearStorage: true };
  const storedIsNewer =
    found?.session.user.uid === initialSession.user.uid &&
    issuedAt(found.session) > issuedAt(initialSession);
  return storedIsNewer ? found : { kind: 'keepInitial', session: initialSession };
}
