// The one write path: every record sealed with its index counter inside, then one strict
// transaction that stores them with the updated index rows (and, for duress, rows beside them).
// Memory (the record index) changes only once the transaction commits.
import { STORE, type AttemptLog, type SealedRecord, type VaultHeader } from '../format';
import { VaultError, storageError } from '../errors';
import { chunkRange } from './blobs';
import { runTransaction } from './db';
import { sealEnvelope } from './envelope';
import { STAGED_PREFIX } from '../backup/stage';
import type { VaultState } from './state';

/** One write: records to seal and store, records to delete, and (for duress) rows beside them. */
export interface WriteSet {
  puts?: Array<{ kind: string; id: string | null; data: unknown }>;
  deletes?: string[];
  header?: VaultHeader;
  /** The attempt log row, with the `_attempts` record that binds it (attempt-report.ts). */
  log?: AttemptLog;
  /** Rows sealed under another key (the decoy's): stored as they are, outside the index. */
  foreignRows?: SealedRecord[];
  deleteRows?: string[];
  deleteChunksOf?: string[];
  /** Chunk rows sealed under another key (a decoy's photo). */
  foreignChunks?: SealedRecord[];
}

/**
 * Seals every record (with its index counter inside), then one strict transaction stores them
 * with the updated index rows; memory changes only once it commits. Only from inside
 * state.serial() (else use write()).
 */
export async function writeRecords(state: VaultState, set: WriteSet): Promise<string[]> {
  const key = state.vaultKey();
  const change = state.records.change();
  const placed = (set.puts ?? []).map(({ kind, id, data }) => {
    const where = state.records.placement(id);
    if (where.id.startsWith(STAGED_PREFIX)) throw new VaultError('unsupported', 'id');
    const n = change.stamp(where.rowId, kind);
    const envelope = { k: kind, d: data, ...(where.inside ? { i: where.inside } : {}), n };
    return { ...where, envelope, row: sealEnvelope(envelope, where.rowId, key) };
  });
  const dropped = (set.deletes ?? []).filter((id) => state.records.envelope(id)).map((id) => state.records.rowId(id));
  for (const rowId of dropped) change.drop(rowId);
  const indexRows = change.seal(key);
  const stores = set.header || set.log || set.deleteChunksOf?.length || set.foreignChunks?.length ? [STORE.header, STORE.records, STORE.chunks] as const : [STORE.records] as const;
  try {
    const tx = state.database().transaction([...stores], 'readwrite', { durability: 'strict' });
    const records = tx.objectStore(STORE.records);
    await runTransaction(tx, (ops) => {
      if (set.header) ops.push(tx.objectStore(STORE.header).put(set.header));
      if (set.log) ops.push(tx.objectStore(STORE.header).put(set.log));
      for (const id of set.deleteChunksOf ?? []) ops.push(tx.objectStore(STORE.chunks).delete(chunkRange(id)));
      for (const row of set.foreignChunks ?? []) ops.push(tx.objectStore(STORE.chunks).put(row));
      for (const id of [...dropped, ...(set.deleteRows ?? [])]) ops.push(records.delete(id));
      for (const row of [...(set.foreignRows ?? []), ...placed.map((p) => p.row), ...indexRows]) ops.push(records.put(row));
    });
  } catch (error) {
    throw storageError(error);
  }
  change.apply();
  for (const id of set.deletes ?? []) state.records.remove(id);
  for (const p of placed) state.records.set(p.id, p.rowId, JSON.parse(JSON.stringify(p.envelope)));
  return placed.map((p) => p.id);
}

/** The one write path, queued behind earlier writes. */
export function write(state: VaultState, set: WriteSet): Promise<string[]> {
  return state.serial(() => writeRecords(state, set));
}
