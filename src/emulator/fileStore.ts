/**
 * Persists emulator snapshots to a JSON file. Writes are debounced (a sign-up changes state several
 * times) and atomic (temp file + rename), so a crash never leaves half a file behind.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EmulatorSnapshot } from './types.ts';

export interface FileStore {
  /** The saved snapshot, or undefined when the file does not exist yet. */
  load(): EmulatorSnapshot | undefined;
  /** Schedules a write of this snapshot (the latest one wins). */
  save(snapshot: EmulatorSnapshot): void;
  /** Writes any pending snapshot now. */
  flush(): Promise<void>;
}

export interface FileStoreOptions {
  debounceMs?: number;
}

export function loadSnapshotFile(file: string): EmulatorSnapshot | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as EmulatorSnapshot;
  if (parsed.version !== 1 || !Array.isArray(parsed.accounts)) {
    throw new Error(`${file} is not a Deskree Auth emulator data file (version 1)`);
  }
  return parsed;
}

export async function writeSnapshotFile(file: string, snapshot: EmulatorSnapshot): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, JSON.stringify(snapshot, null, 2) + '\n', 'utf8');
  await rename(temp, file);
}

export function createFileStore(file: string, options: FileStoreOptions = {}): FileStore {
  const debounceMs = options.debounceMs ?? 100;
  let pending: EmulatorSnapshot | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Writes are chained so two renames never race and the last snapshot lands last.
  let writing: Promise<void> = Promise.resolve();

  const writePending = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const snapshot = pending;
    pending = undefined;
    if (!snapshot) return writing;
    writing = writing
      .then(() => writeSnapshotFile(file, snapshot))
      .catch((error: unknown) =>
        console.error(`[deskree-auth-emulator] could not write ${file}:`, error),
      );
    return writing;
  };

  return {
    load: () => loadSnapshotFile(file),
    save(snapshot) {
      pending = snapshot;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void writePending(), debounceMs);
    },
    flush: writePending,
  };
}
