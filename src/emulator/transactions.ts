/**
 * One request, one transaction: requests that may change data run one at a time, and each one's
 * changes are either committed as one journal record (and the answer waits until the journal has
 * stored it) or, when the request fails with a server error, rolled back as if it never ran.
 *
 * Waiting for storage happens after the lock is released, so requests queue behind each other's
 * work but not behind each other's disk writes: the journal can store several records at once.
 */
import type { EmulatorStore } from './store.js';
import type { EmulatorSnapshot, JournalOp, JournalSink, SigningKeyRecord } from './types.js';

export interface TransactionsInput {
  store: EmulatorStore;
  /** The current signing key: a new one is written before any token it signed is answered. */
  signingKey(): SigningKeyRecord | undefined;
  /** The key already in storage (from the loaded snapshot). */
  storedSigningKey: SigningKeyRecord | undefined;
  snapshot(): EmulatorSnapshot;
  journal: JournalSink | undefined;
}

export interface RunOptions {
  /** Whether the work may change data (false: only excluded from running alongside writers). */
  write: boolean;
}

export class Transactions {
  #lock: Promise<void> = Promise.resolve();
  #seq = 0;
  #stored: Promise<void> = Promise.resolve();
  #storedKey: SigningKeyRecord | undefined;
  #input: TransactionsInput;

  constructor(input: TransactionsInput) {
    this.#input = input;
    this.#storedKey = input.storedSigningKey;
  }

  get active(): boolean {
    return this.#active;
  }

  #active = false;

  #acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#lock;
    this.#lock = previous.then(() => held);
    return previous.then(() => release);
  }

  /**
   * Runs `work` alone. When `write`, its changes are committed if `keep(result)` (and the returned
   * promise resolves once they are stored) or rolled back otherwise; a throw rolls back too.
   */
  async run<T>(
    work: () => Promise<T>,
    keep: (result: T) => boolean,
    options: RunOptions,
  ): Promise<T> {
    const release = await this.#acquire();
    const { store } = this.#input;
    // A read waits for the writes before it to be stored, so what it shows survives a crash.
    let stored: Promise<void> = options.write
      ? Promise.resolve()
      : this.#stored.catch(() => undefined);
    let result: T;
    this.#active = true;
    if (options.write) store.beginTransaction();
    try {
      try {
        result = await work();
      } catch (error) {
        if (options.write) store.rollback();
        throw error;
      }
      if (options.write) {
        if (keep(result)) stored = this.#commit(store.takeChanges(), true);
        else store.rollback();
      }
    } finally {
      if (options.write) store.endTransaction();
      this.#active = false;
      release();
    }
    await stored;
    return result;
  }

  /** Commits a synchronous in-process change (made outside any request) as its own record. */
  commitDetached(change: () => void): Promise<void> {
    return this.#commit(this.#input.store.detached(change), false);
  }

  /** Resolves once everything committed so far is stored. */
  stored(): Promise<void> {
    return this.#stored;
  }

  #commit(ops: JournalOp[], locked: boolean): Promise<void> {
    const { journal, signingKey } = this.#input;
    const key = signingKey();
    if (key && key !== this.#storedKey) {
      ops.unshift({ op: 'signingKey', signingKey: key });
      this.#storedKey = key;
    }
    if (!journal || ops.length === 0) return this.#stored;
    const seq = ++this.#seq;
    const stored = journal.append({ seq, ops });
    // Later records wait for earlier ones, and a failed write fails everything after it.
    this.#stored = Promise.all([this.#stored, stored]).then(() => undefined);
    // Only under the lock is no transaction half done, so only then is a snapshot consistent.
    if (locked && journal.wantsCompaction?.()) journal.compact?.(this.#input.snapshot(), seq);
    return this.#stored;
  }
}
