/**
 * The `--data` / `dataFile` store: one file, owner-only (0600), holding a snapshot line followed by
 * an append-only journal of records. Each request's record is appended and fdatasync'ed before the
 * request is answered, so a crash (even `kill -9`) loses no acknowledged write; records that arrive
 * while a write is under way are stored together (group commit). When the journal outgrows the
 * snapshot, a fresh snapshot is written to a temp file, synced and renamed over the file.
 *
 * Opening is synchronous and strict: a file that cannot be read, parsed or written stops the start
 * with a `DataFileError` whose message names the file and the problem in one line.
 */
import {
  closeSync,
  fdatasync,
  fsync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  unlinkSync,
  write,
  writeSync,
  chmodSync,
  close as closeFd,
  open as openFd,
  rename,
  unlink,
} from 'node:fs';
import { promisify } from 'node:util';
import { basename, dirname, resolve } from 'node:path';
import { StoredDataError, checkRecord, checkSnapshot, replay } from './journal.js';
import type { EmulatorSnapshot, JournalRecord, JournalSink } from './types.js';

const writeAsync = promisify(write);
const fdatasyncAsync = promisify(fdatasync);
const fsyncAsync = promisify(fsync);
const openAsync = promisify(openFd);
const closeAsync = promisify(closeFd);
const renameAsync = promisify(rename);
const unlinkAsync = promisify(unlink);

/** First-line marker of the journal format. */
export const DATA_FILE_FORMAT = 'deskree-auth-emulator';
export const DATA_FILE_VERSION = 2;
/** The journal is compacted once it holds more than this many bytes (and more than the snapshot). */
export const DEFAULT_COMPACT_AFTER_BYTES = 1024 * 1024;
const FILE_MODE = 0o600;

/** The data file cannot be used; the message is one line that names the file. */
export class DataFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DataFileError';
  }
}

export interface DataFileOptions {
  compactAfterBytes?: number;
}

export interface DataFile {
  file: string;
  /** The data in the file; undefined when the file did not exist. */
  initialState: EmulatorSnapshot | undefined;
  journal: JournalSink;
  /** Resolves once every appended record is stored, then closes the file. */
  close(): Promise<void>;
}

const EMPTY_SNAPSHOT: EmulatorSnapshot = {
  version: 1,
  accounts: [],
  refreshTokens: [],
  oobCodes: [],
  oauthSessions: [],
  oauthGrants: [],
  outbox: [],
  roles: [],
};

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return `permission denied (${e.code})`;
  if (e.code === 'EROFS') return 'read-only file system (EROFS)';
  if (e.code === 'ENOSPC') return 'no space left on the device (ENOSPC)';
  if (e.code === 'EISDIR') return 'is a directory (EISDIR)';
  if (e.code === 'ENOTDIR') return 'a parent is not a directory (ENOTDIR)';
  return e.code ? `${e.code}` : e instanceof Error ? e.message : String(error);
}

function headerLine(snapshot: EmulatorSnapshot, seq: number): string {
  return `${JSON.stringify({ format: DATA_FILE_FORMAT, version: DATA_FILE_VERSION, seq, snapshot })}\n`;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StoredDataError(`${where} is not valid JSON (${reason})`);
  }
}

/** Parses the text of a data file (journal format, or the older single JSON snapshot). */
export function parseDataFile(text: string): EmulatorSnapshot {
  if (text.trim() === '') throw new StoredDataError('the file is empty');
  if (!text.startsWith(`{"format":"${DATA_FILE_FORMAT}"`)) {
    // Version 1 files: one pretty-printed snapshot, rewritten in the journal format at start.
    return checkSnapshot(parseJson(text, 'the file'), 'the snapshot');
  }
  const lines = text.split('\n');
  const header = parseJson(firstLine(text), 'line 1');
  const { version, seq, snapshot } = header as Record<string, unknown>;
  if (version !== DATA_FILE_VERSION)
    throw new StoredDataError(
      `line 1 has format version ${JSON.stringify(version)}, this emulator reads ${DATA_FILE_VERSION}`,
    );
  if (typeof seq !== 'number') throw new StoredDataError('line 1 has no "seq" number');
  const base = checkSnapshot(snapshot, 'line 1 snapshot');
  const records: JournalRecord[] = [];
  let last = seq;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const isLast = i === lines.length - 1;
    if (isLast && line === '') break;
    let value: unknown;
    try {
      value = parseJson(line, `line ${i + 1}`);
    } catch (error) {
      // A last line without its newline is a write cut short: it was never acknowledged.
      if (isLast) break;
      throw error;
    }
    if (isLast) break; // complete JSON but no newline: also cut short before the sync
    const record = checkRecord(value, `line ${i + 1}`);
    if (record.seq <= last)
      throw new StoredDataError(`line ${i + 1} has seq ${record.seq} after ${last}`);
    last = record.seq;
    records.push(record);
  }
  return replay(base, records);
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Temp files of this data file: `<name>.<anything>.tmp` next to it. */
function removeStaleTempFiles(file: string): void {
  const dir = dirname(file);
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) unlinkSync(resolve(dir, name));
  }
}

function tempName(file: string): string {
  return `${file}.${process.pid}.${Date.now()}.tmp`;
}

/** Writes a snapshot as a fresh data file: temp file (0600), sync, rename, sync the directory. */
function writeSnapshotSync(file: string, snapshot: EmulatorSnapshot): number {
  const temp = tempName(file);
  const text = headerLine(snapshot, 0);
  try {
    const fd = openSync(temp, 'w', FILE_MODE);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    syncDirectory(dirname(file));
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was created.
    }
    throw error;
  }
  return Buffer.byteLength(text);
}

/**
 * Opens (or creates) a data file: loads and checks it, rewrites it compactly (which also proves it
 * can be written and sets its mode to 0600) and returns the journal that appends to it.
 */
export function openDataFile(path: string, options: DataFileOptions = {}): DataFile {
  const file = resolve(path);
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new DataFileError(file, `cannot be read: ${describe(error)}`);
  }
  let initialState: EmulatorSnapshot | undefined;
  if (text !== undefined) {
    try {
      initialState = parseDataFile(text);
    } catch (error) {
      if (error instanceof StoredDataError) throw new DataFileError(file, error.message);
      throw error;
    }
    if (!initialState.signingKey && initialState.refreshTokens.length > 0) {
      throw new DataFileError(
        file,
        'holds refresh tokens but no signing key ("signingKey"); a new key would invalidate every issued token. Restore the key, or delete the file to start over',
      );
    }
  }
  let snapshotBytes: number;
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    removeStaleTempFiles(file);
    snapshotBytes = writeSnapshotSync(file, initialState ?? EMPTY_SNAPSHOT);
    fd = openSync(file, 'a', FILE_MODE);
    chmodSync(file, FILE_MODE);
  } catch (error) {
    throw new DataFileError(file, `cannot be written: ${describe(error)}`);
  }
  const writer = new JournalWriter(file, fd, snapshotBytes, options.compactAfterBytes);
  return {
    file,
    initialState,
    journal: writer,
    close: () => writer.close(),
  };
}

interface PendingLine {
  kind: 'line';
  text: string;
  resolve(): void;
  reject(error: unknown): void;
}

interface PendingCompaction {
  kind: 'compact';
  snapshot: EmulatorSnapshot;
  seq: number;
}

/** Appends records in order, one write + fdatasync per batch; compacts between batches. */
class JournalWriter implements JournalSink {
  #queue: (PendingLine | PendingCompaction)[] = [];
  #draining: Promise<void> | undefined;
  #failed: Error | undefined;
  #journalBytes = 0;
  #compacting = false;
  #closed = false;

  constructor(
    readonly file: string,
    private fd: number,
    private snapshotBytes: number,
    private readonly compactAfterBytes = DEFAULT_COMPACT_AFTER_BYTES,
  ) {}

  append(record: JournalRecord): Promise<void> {
    if (this.#failed) return Promise.reject(this.#failed);
    if (this.#closed) return Promise.reject(new Error(`${this.file} is closed`));
    // Serialized now: the emulator changes these objects after append returns.
    const text = `${JSON.stringify(record)}\n`;
    this.#journalBytes += Buffer.byteLength(text);
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ kind: 'line', text, resolve, reject });
      this.#kick();
    });
  }

  wantsCompaction(): boolean {
    return (
      !this.#compacting &&
      !this.#failed &&
      this.#journalBytes > Math.max(this.compactAfterBytes, this.snapshotBytes)
    );
  }

  compact(snapshot: EmulatorSnapshot, seq: number): void {
    this.#compacting = true;
    this.#journalBytes = 0;
    this.#queue.push({ kind: 'compact', snapshot, seq });
    this.#kick();
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#draining;
    await closeAsync(this.fd).catch(() => undefined);
  }

  #kick(): void {
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
      if (this.#queue.length > 0) this.#kick();
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const head = this.#queue[0];
      if (head?.kind === 'compact') {
        this.#queue.shift();
        await this.#compactNow(head);
        continue;
      }
      const batch: PendingLine[] = [];
      while (this.#queue[0]?.kind === 'line') batch.push(this.#queue.shift() as PendingLine);
      try {
        if (this.#failed) throw this.#failed;
        const buffer = Buffer.from(batch.map((entry) => entry.text).join(''));
        let offset = 0;
        while (offset < buffer.length) {
          const { bytesWritten } = await writeAsync(this.fd, buffer, offset);
          offset += bytesWritten;
        }
        await fdatasyncAsync(this.fd);
        for (const entry of batch) entry.resolve();
      } catch (error) {
        // A record that may be missing makes every later one unsafe: stop acknowledging writes.
        this.#failed ??= new Error(`${this.file}: cannot be written: ${describe(error)}`);
        console.error(`[deskree-auth-emulator] ${this.#failed.message}`);
        for (const entry of batch) entry.reject(this.#failed);
      }
    }
  }

  async #compactNow({ snapshot, seq }: PendingCompaction): Promise<void> {
    const temp = tempName(this.file);
    const text = headerLine(snapshot, seq);
    try {
      const fd = await openAsync(temp, 'w', FILE_MODE);
      try {
        const buffer = Buffer.from(text);
        let offset = 0;
        while (offset < buffer.length) {
          const { bytesWritten } = await writeAsync(fd, buffer, offset);
          offset += bytesWritten;
        }
        await fsyncAsync(fd);
      } finally {
        await closeAsync(fd);
      }
      await renameAsync(temp, this.file);
      const dir = await openAsync(dirname(this.file), 'r');
      try {
        await fsyncAsync(dir);
      } finally {
        await closeAsync(dir);
      }
      const previous = this.fd;
      this.fd = await openAsync(this.file, 'a', FILE_MODE);
      await closeAsync(previous);
      this.snapshotBytes = Buffer.byteLength(text);
    } catch (error) {
      // The old file is intact and still open: keep appending to it and try again later.
      await unlinkAsync(temp).catch(() => undefined);
      console.error(
        `[deskree-auth-emulator] could not compact ${this.file}: ${describe(error)} (the journal keeps growing)`,
      );
    } finally {
      this.#compacting = false;
    }
  }
}
