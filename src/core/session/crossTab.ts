/**
 * Keeps the tabs of one origin in agreement. Sign-in, sign-out and refreshed tokens are posted on
 * a BroadcastChannel; `storage` events cover browsers without it and changes made by code that
 * does not post (another copy of the kit, devtools, `localStorage.clear()`). Both may deliver the
 * same change: receivers must treat messages as idempotent.
 */
import type { Session } from '../credentials.js';
import type { SignOutReason } from './types.js';

export type CrossTabMessage =
  | {
      type: 'session';
      source: string;
      event: 'signedIn' | 'tokenRefreshed' | 'userUpdated';
      session: Session;
    }
  | { type: 'signedOut'; source: string; reason: SignOutReason };

/** What a `storage` event says about our key. `cleared`: `localStorage.clear()` removed everything. */
export type StorageChange =
  { kind: 'written'; value: string } | { kind: 'removed' } | { kind: 'cleared' };

export interface CrossTabHandlers {
  onMessage(message: CrossTabMessage): void;
  onStorage(change: StorageChange): void;
}

export interface CrossTab {
  post(message: CrossTabMessage): void;
  destroy(): void;
}

/** `deskree-auth:<storageKey>`, so two apps (two storage keys) on one origin do not mix. */
export function channelNameFor(storageKey: string): string {
  return `deskree-auth:${storageKey}`;
}

function isMessage(value: unknown): value is CrossTabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, source } = value as { type?: unknown; source?: unknown };
  return (type === 'session' || type === 'signedOut') && typeof source === 'string';
}

/**
 * @example
 * const tabs = createCrossTab('deskree-auth:session', { onMessage: apply, onStorage: reread }, { storageEvents: true })
 * tabs.post({ type: 'signedOut', source: tabId, reason: 'userSignedOut' })
 */
export function createCrossTab(
  storageKey: string,
  handlers: CrossTabHandlers,
  options: { storageEvents: boolean },
): CrossTab {
  let channel: BroadcastChannel | null = null;
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(channelNameFor(storageKey));
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isMessage(event.data)) handlers.onMessage(event.data);
    };
  }

  const onStorageEvent = (event: StorageEvent) => {
    // Only localStorage is shared between tabs; sessionStorage events come from this tab's frames.
    if (typeof localStorage !== 'undefined' && event.storageArea !== localStorage) return;
    if (event.key === null) handlers.onStorage({ kind: 'cleared' });
    else if (event.key !== storageKey) return;
    else if (event.newValue === null) handlers.onStorage({ kind: 'removed' });
    else handlers.onStorage({ kind: 'written', value: event.newValue });
  };
  const listenToStorage = options.storageEvents && typeof window !== 'undefined';
  if (listenToStorage) window.addEventListener('storage', onStorageEvent);

  return {
    post(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // A closed channel (page being torn down) is not worth failing a sign-out over.
      }
    },
    destroy() {
      if (channel) {
        channel.onmessage = null;
        channel.close();
        channel = null;
      }
      if (listenToStorage) window.removeEventListener('storage', onStorageEvent);
    },
  };
}
