/**
 * Change tracking for the emulator's tables, so a request writes only what it touched (its cost
 * does not grow with the number of accounts) and a request that fails can be undone.
 *
 * A `TrackedTable` is a Map that reports every key it sets or deletes, and, while a transaction is
 * open, every key it hands out through `get` (handlers change records in place after reading them).
 * The `ChangeLog` keeps the first pre-image of each touched key for rollback and turns the touched
 * keys into journal ops on commit.
 */
import type { JournalOp, JournalTable, Mail, Role } from './types.js';

/** Marks a key that did not exist before the change. */
const ABSENT = Symbol('absent');
type PreImage = object | typeof ABSENT;

interface TableLog {
  /** First pre-image of each key touched since the log began (what rollback restores). */
  before: Map<string, PreImage>;
  /** Keys whose current value must be written. */
  dirty: Set<string>;
  /** The table was cleared: write a `clear` op before the dirty keys. */
  cleared: boolean;
}

export interface ChangeListener {
  touched(table: JournalTable, key: string, before: object | undefined, read: boolean): void;
  cleared(table: JournalTable, entries: Iterable<[string, object]>): void;
}

/** A Map that tells its listener which keys change (see the module comment). */
export class TrackedTable<V extends object> extends Map<string, V> {
  #name: JournalTable | undefined;
  #listener: ChangeListener | undefined;

  /** Entries are not accepted here: Map's constructor would call `set` before the fields exist. */
  constructor(name: JournalTable, listener: ChangeListener) {
    super();
    this.#name = name;
    this.#listener = listener;
  }

  /** Fills the table without recording anything (loading a snapshot). */
  load(entries: Iterable<[string, V]>): void {
    for (const [key, value] of entries) super.set(key, value);
  }

  override get(key: string): V | undefined {
    const value = super.get(key);
    if (value !== undefined && this.#name) this.#listener?.touched(this.#name, key, value, true);
    return value;
  }

  override set(key: string, value: V): this {
    if (this.#name) this.#listener?.touched(this.#name, key, super.get(key), false);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    if (this.#name) this.#listener?.touched(this.#name, key, super.get(key), false);
    return super.delete(key);
  }

  override clear(): void {
    if (this.#name) this.#listener?.cleared(this.#name, super.entries());
    super.clear();
  }

  /** Changes a record in place, recording it even outside a transaction. */
  update(key: string, change: (value: V) => void): void {
    const value = super.get(key);
    if (value === undefined) return;
    if (this.#name) this.#listener?.touched(this.#name, key, value, false);
    change(value);
  }
}

/** What changed since the last commit, for one transaction or one in-process call. */
export class ChangeLog {
  readonly tables = new Map<JournalTable, TableLog>();
  /** Touched by a call outside this transaction while it was open: rollback leaves them alone. */
  readonly foreign = new Set<string>();
  outboxForeign = false;
  /** Set while a request holds the transaction lock: reads count as (possible) writes. */
  transaction = false;

  constructor(
    readonly outboxRef: Mail[],
    readonly outboxLength: number,
    readonly rolesRef: Role[],
  ) {}

  table(name: JournalTable): TableLog {
    let log = this.tables.get(name);
    if (!log) {
      log = { before: new Map(), dirty: new Set(), cleared: false };
      this.tables.set(name, log);
    }
    return log;
  }

  touched(name: JournalTable, key: string, before: object | undefined, read: boolean): void {
    if (read && !this.transaction) return;
    const log = this.table(name);
    if (!log.before.has(key)) log.before.set(key, before ? structuredClone(before) : ABSENT);
    log.dirty.add(key);
  }

  cleared(name: JournalTable, entries: Iterable<[string, object]>): void {
    const log = this.table(name);
    // Records leaving with the clear are not changed afterwards: no copy needed.
    for (const [key, value] of entries) if (!log.before.has(key)) log.before.set(key, value);
    log.dirty.clear();
    log.cleared = true;
  }

  /** The ops that bring a stored copy from the log's start to `tables`' current content. */
  ops(
    current: (table: JournalTable) => Map<string, object>,
    outbox: Mail[],
    roles: Role[],
  ): JournalOp[] {
    const ops: JournalOp[] = [];
    for (const [table, log] of this.tables) {
      if (log.cleared) ops.push({ op: 'clear', table });
      const values = current(table);
      for (const key of log.dirty) {
        const value = values.get(key);
        if (value !== undefined) ops.push({ op: 'put', table, value });
        else if (!log.cleared) ops.push({ op: 'delete', table, key });
      }
    }
    if (this.outboxForeign || outbox !== this.outboxRef || outbox.length < this.outboxLength) {
      ops.push({ op: 'outbox', outbox });
    } else {
      for (let i = this.outboxLength; i < outbox.length; i++) {
        const mail = outbox[i];
        if (mail) ops.push({ op: 'mail', mail });
      }
    }
    if (roles !== this.rolesRef) ops.push({ op: 'roles', roles });
    return ops;
  }

  /** Puts every touched key back as it was when the log began (except keys changed by others). */
  rollback(current: (table: JournalTable) => Map<string, object>): void {
    for (const [table, log] of this.tables) {
      const values = current(table);
      for (const [key, before] of log.before) {
        if (this.foreign.has(`${table}\0${key}`)) continue;
        // Map.prototype: restoring must not record the restore itself as a change.
        if (before === ABSENT) Map.prototype.delete.call(values, key);
        else Map.prototype.set.call(values, key, before);
      }
    }
  }

  /** Remembers what another log changed meanwhile, so this one neither undoes nor misses it. */
  absorb(other: ChangeLog, outboxChanged: boolean): void {
    for (const [table, log] of other.tables) {
      for (const key of log.before.keys()) this.foreign.add(`${table}\0${key}`);
    }
    if (outboxChanged) this.outboxForeign = true;
  }
}
