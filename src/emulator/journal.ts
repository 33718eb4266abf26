/**
 * The journal's data: which field keys each table, how a record of ops replays over a snapshot,
 * and the checks that turn a damaged snapshot or record into one sentence naming what is wrong.
 * Web APIs only; the Node data file (fileStore.ts) does the reading and writing.
 */
import type { EmulatorSnapshot, JournalOp, JournalRecord, JournalTable, Mail } from './types.js';

/** The field that identifies a record in each table. */
export const TABLE_KEYS: Record<JournalTable, string> = {
  accounts: 'uid',
  refreshTokens: 'token',
  oobCodes: 'code',
  oauthSessions: 'sessionId',
  oauthGrants: 'credential',
  settings: 'id',
};

const TABLES = Object.keys(TABLE_KEYS) as JournalTable[];

/** A problem found in stored data; the message says where and what, in one line. */
export class StoredDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoredDataError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTable(value: unknown): value is JournalTable {
  return typeof value === 'string' && Object.hasOwn(TABLE_KEYS, value);
}

function checkRecordValue(table: JournalTable, value: unknown, where: string): void {
  if (!isObject(value)) throw new StoredDataError(`${where} is not an object`);
  const key = TABLE_KEYS[table];
  if (typeof value[key] !== 'string' || value[key] === '')
    throw new StoredDataError(`${where} has no "${key}" string`);
  if (table === 'accounts' && typeof value.email !== 'string')
    throw new StoredDataError(`${where} has no "email" string`);
  if (table === 'refreshTokens' && typeof value.uid !== 'string')
    throw new StoredDataError(`${where} has no "uid" string`);
}

function checkMail(value: unknown, where: string): asserts value is Mail {
  if (!isObject(value) || typeof value.oobCode !== 'string' || typeof value.to !== 'string')
    throw new StoredDataError(`${where} is not a mail`);
}

/** Checks the shape of a snapshot read from storage (the parts the emulator relies on). */
export function checkSnapshot(value: unknown, where = 'snapshot'): EmulatorSnapshot {
  if (!isObject(value)) throw new StoredDataError(`${where} is not a JSON object`);
  if (value.version !== 1)
    throw new StoredDataError(`${where} has version ${JSON.stringify(value.version)}, expected 1`);
  for (const table of TABLES) {
    const rows = value[table];
    // OAuth tables and settings came later: older files may not have them.
    if (
      rows === undefined &&
      (table === 'oauthSessions' || table === 'oauthGrants' || table === 'settings')
    )
      continue;
    if (!Array.isArray(rows)) throw new StoredDataError(`${where}.${table} is not an array`);
    rows.forEach((row, i) => checkRecordValue(table, row, `${where}.${table}[${i}]`));
  }
  if (value.outbox !== undefined) {
    if (!Array.isArray(value.outbox)) throw new StoredDataError(`${where}.outbox is not an array`);
    value.outbox.forEach((mail, i) => checkMail(mail, `${where}.outbox[${i}]`));
  }
  if (value.roles !== undefined && !Array.isArray(value.roles))
    throw new StoredDataError(`${where}.roles is not an array`);
  if (value.signingKey !== undefined) checkSigningKey(value.signingKey, `${where}.signingKey`);
  return value as unknown as EmulatorSnapshot;
}

function checkSigningKey(value: unknown, where: string): void {
  if (!isObject(value) || typeof value.kid !== 'string' || !isObject(value.privateJwk))
    throw new StoredDataError(`${where} is not a signing key ({kid, privateJwk})`);
  const jwk = value.privateJwk;
  for (const part of ['n', 'e', 'd'] as const)
    if (jwk.kty !== 'RSA' || typeof jwk[part] !== 'string')
      throw new StoredDataError(`${where}.privateJwk is not an RSA private key`);
}

function checkOp(value: unknown, where: string): JournalOp {
  if (!isObject(value)) throw new StoredDataError(`${where} is not an object`);
  switch (value.op) {
    case 'put':
      if (!isTable(value.table)) break;
      checkRecordValue(value.table, value.value, `${where}.value`);
      return value as JournalOp;
    case 'delete':
      if (!isTable(value.table) || typeof value.key !== 'string') break;
      return value as JournalOp;
    case 'clear':
      if (!isTable(value.table)) break;
      return value as JournalOp;
    case 'mail':
      checkMail(value.mail, `${where}.mail`);
      return value as JournalOp;
    case 'outbox':
      if (!Array.isArray(value.outbox)) break;
      value.outbox.forEach((mail, i) => checkMail(mail, `${where}.outbox[${i}]`));
      return value as JournalOp;
    case 'roles':
      if (!Array.isArray(value.roles)) break;
      return value as JournalOp;
    case 'signingKey':
      checkSigningKey(value.signingKey, `${where}.signingKey`);
      return value as JournalOp;
  }
  throw new StoredDataError(`${where} is not a valid change (${JSON.stringify(value.op)})`);
}

/** Checks one journal record read from storage. */
export function checkRecord(value: unknown, where: string): JournalRecord {
  if (!isObject(value) || typeof value.seq !== 'number' || !Array.isArray(value.ops))
    throw new StoredDataError(`${where} is not a journal record ({seq, ops})`);
  value.ops.forEach((op, i) => checkOp(op, `${where}.ops[${i}]`));
  return value as unknown as JournalRecord;
}

/** Replays records over a snapshot (not changed) and returns the resulting snapshot. */
export function replay(base: EmulatorSnapshot, records: Iterable<JournalRecord>): EmulatorSnapshot {
  const tables = new Map<JournalTable, Map<string, object>>();
  for (const table of TABLES) {
    const key = TABLE_KEYS[table];
    const rows = (base[table] ?? []) as unknown as Record<string, string>[];
    tables.set(table, new Map(rows.map((row) => [row[key] as string, row])));
  }
  const result: EmulatorSnapshot = { ...base, outbox: [...(base.outbox ?? [])] };
  for (const record of records) {
    for (const op of record.ops) {
      switch (op.op) {
        case 'put': {
          const key = (op.value as Record<string, string>)[TABLE_KEYS[op.table]] as string;
          tables.get(op.table)?.set(key, op.value);
          break;
        }
        case 'delete':
          tables.get(op.table)?.delete(op.key);
          break;
        case 'clear':
          tables.get(op.table)?.clear();
          break;
        case 'mail':
          result.outbox.push(op.mail);
          break;
        case 'outbox':
          result.outbox = [...op.outbox];
          break;
        case 'roles':
          result.roles = op.roles;
          break;
        case 'signingKey':
          result.signingKey = op.signingKey;
          break;
      }
    }
  }
  for (const table of TABLES) {
    (result as unknown as Record<string, object[]>)[table] = [
      ...(tables.get(table)?.values() ?? []),
    ];
  }
  return result;
}
