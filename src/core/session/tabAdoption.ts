/**
 * What this tab makes of the other tabs' news. Sign-ins, refreshed tokens and sign-outs arrive
 * twice at most (BroadcastChannel and the `storage` event): adopting is idempotent, and a late
 * message about an older token never replaces a newer one.
 */
import type { Session } from '../credentials.js';
import type { ApplyOptions, AuthStore, SessionChange } from './authStore.js';
import { createCrossTab, type CrossTabMessage, type StorageChange } from './crossTab.js';
import type { Persistence } from './persistence.js';
import type { SignOutReason } from './types.js';

export interface TabLink {
  announceSession(event: SessionChange, session: Session): void;
  announceSignOut(reason: SignOutReason): void;
  destroy(): void;
}

export interface TabLinkOptions {
  storageKey: string;
  store: AuthStore;
  persistence: Persistence;
  apply(session: Session, options: ApplyOptions): void;
  signOut(reason: SignOutReason): void;
}

/**
 * @example
 * const tabs = linkTabs({ storageKey, store, persistence, apply, signOut })
 * tabs.announceSignOut('userSignedOut')
 */
export function linkTabs(options: TabLinkOptions): TabLink {
  const { persistence, apply, signOut } = options;
  const { current } = options.store;
  // Only tells this tab's own messages apart from those of other tabs.
  const tabId = Math.random().toString(36).slice(2);

  function adopt(session: Session, event: SessionChange): void {
    const mine = current()?.session;
    if (mine && JSON.stringify(mine) === JSON.stringify(session)) return;
    const sameUser = mine?.user.uid === session.user.uid;
    // A late message about an older token of the same user must not replace a newer one.
    if (sameUser && event === 'tokenRefreshed' && session.expiresAt < mine.expiresAt) return;
    apply(session, { event: sameUser ? event : 'signedIn', origin: 'otherTab' });
  }

  function onMessage(message: CrossTabMessage): void {
    if (message.source === tabId) return;
    if (message.type === 'session') adopt(message.session, message.event);
    // The tab that signed out says why; here it is "another tab" unless the account itself ended.
    else signOut(message.reason === 'userSignedOut' ? 'otherTab' : message.reason);
  }

  function onStorage(change: StorageChange): void {
    if (change.kind === 'cleared') return signOut('storageCleared');
    const read = change.kind === 'removed' ? null : persistence.parse(change.value);
    if (read?.kind === 'session') adopt(read.session, 'tokenRefreshed');
    // A value from another writer is not ours to act on; an emptied key is a sign-out.
    else if (read?.kind !== 'foreign') signOut('otherTab');
  }

  const tabs = createCrossTab(
    options.storageKey,
    { onMessage, onStorage },
    { storageEvents: persistence.shared },
  );
  return {
    announceSession: (event, session) =>
      tabs.post({ type: 'session', source: tabId, event, session }),
    announceSignOut: (reason) => tabs.post({ type: 'signedOut', source: tabId, reason }),
    destroy: () => tabs.destroy(),
  };
}
