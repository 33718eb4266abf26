/**
 * Reading and writing the session under the storage key. The value may be missing, ours, or
 * something else entirely (another library, an older format, a hand edit): the three cases are
 * told apart by `kind`, never by `null` versus `undefined`.
 */
import type { Session } from '../credentials.js';
import { readPersistedSession, serializeSession } from './persistedSession.js';
import type { ResolvedStorage } from './storage.js';

export type StoredRead =
  /** Nothing under the key, or storage could not be read. */
  | { kind: 'empty' }
  /** A value that is not a session of this kit. */
  | { kind: 'foreign' }
  /** `storedAt`: the writer's local time of the write (bounds the stored `expiresAt`). */
  | { kind: 'session'; session: Session; storedAt: number };

export interface Persistence {
  /** Other tabs of the origin see the same store (localStorage). */
  readonly shared: boolean;
  /** Reads the stored value; a foreign one is removed, with a warning that never quotes it. */
  read(): Promise<StoredRead>;
  /** Interprets a value another tab wrote (a `storage` event); removes nothing. */
  parse(raw: string | null): StoredRead;
  /** Stores the session, or removes it for `null`. Failures are warned about, never thrown. */
  write(session: Session | null): Promise<void>;
}

export interface PersistenceOptions {
  storage: ResolvedStorage;
  key: string;
  now: () => number;
  warn: (message: string) => void;
}

/**
 * @example
 * const persistence = createPersistence({ storage: resolveStorage('local', warn), key, now, warn })
 * const stored = await persistence.read()
 * if (stored.kind === 'session') restore(stored.session)
 */
export function createPersistence(options: PersistenceOptions): Persistence {
  const { storage, key, now, warn } = options;
  const { adapter } = storage;

  const parse = (raw: string | null): StoredRead => {
    if (!raw) return { kind: 'empty' };
    const stored = readPersistedSession(raw);
    return stored ? { kind: 'session', ...stored } : { kind: 'foreign' };
  };

  return {
    shared: storage.shared,
    parse,
    async read() {
      let raw: string | null;
      try {
        raw = await adapter.getItem(key);
      } catch {
        return { kind: 'empty' };
      }
      const stored = parse(raw);
      if (stored.kind === 'foreign') {
        // Never quote the value: it may hold someone's tokens.
        warn(`discarded the value stored under "${key}": not a session of this kit.`);
        void Promise.resolve(adapter.removeItem(key)).catch(() => {});
      }
      return stored;
    },
    write(session) {
      const written = session
        ? adapter.setItem(key, serializeSession(session, now()))
        : adapter.removeItem(key);
      return Promise.resolve(written).catch(() => {
        // The resilient adapter already fell back to memory; a custom adapter failing is not fatal.
        warn('the session could not be written to storage.');
      });
    },
  };
}
