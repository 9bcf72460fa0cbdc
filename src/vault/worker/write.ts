// The one write path: every record sealed with its index counter inside, then one strict
// transaction that stores them with the updated index rows (and, for duress, rows beside them).
// Memory changes as the transaction is queued; a failed commit reads it again from storage.
import { STORE, type AttemptLog, type SealedRecord, type VaultHeader } from '../format';
import { VaultError, storageError } from '../errors';
import { chunkRange } from './blobs';
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
  /** Chunk rows of attachments whose records this write puts (Attachments.putMany). */
  chunks?: SealedRecord[];
}

/**
 * Seals every record (with its index counter inside), then one strict transaction stores them
 * with the updated index rows. Only from inside state.serial() (else use write()). Resolves once
 * it has committed.
 */
export async function writeRecords(state: VaultState, set: WriteSet): Promise<string[]> {
  const { ids, committed } = stageWrite(state, set);
  await committed;
  return ids;
}

/**
 * Seals and queues one write's transaction, all in this task, and puts its changes in memory at
 * once, so the next write can be sealed on top of it while this one commits (a failed commit
 * aborts the writes queued after it and reads the memory again: state.track()).
 */
function stageWrite(state: VaultState, set: WriteSet): { ids: string[]; committed: Promise<void> } {
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
  // Copies of what was sealed, for memory (the caller's objects are not the vault's).
  const kept = placed.map((p) => JSON.parse(JSON.stringify(p.envelope)) as typeof p.envelope);
  const stores = set.header || set.log || set.deleteChunksOf?.length || set.foreignChunks?.length || set.chunks?.length ? [STORE.header, STORE.records, STORE.chunks] as const : [STORE.records] as const;
  const ops: Array<Promise<unknown>> = [];
  let tx;
  try {
    tx = state.database().transaction([...stores], 'readwrite', { durability: 'strict' });
    const records = tx.objectStore(STORE.records);
    if (set.header) ops.push(tx.objectStore(STORE.header).put(set.header));
    if (set.log) ops.push(tx.objectStore(STORE.header).put(set.log));
    for (const id of set.deleteChunksOf ?? []) ops.push(tx.objectStore(STORE.chunks).delete(chunkRange(id)));
    for (const row of [...(set.foreignChunks ?? []), ...(set.chunks ?? [])]) ops.push(tx.objectStore(STORE.chunks).put(row));
    for (const id of [...dropped, ...(set.deleteRows ?? [])]) ops.push(records.delete(id));
    for (const row of [...(set.foreignRows ?? []), ...placed.map((p) => p.row), ...indexRows]) ops.push(records.put(row));
  } catch (error) {
    // A put can throw at once (a value that cannot be cloned): then nothing of it may commit.
    for (const op of ops) op.catch(() => undefined);
    tx?.done.catch(() => undefined);
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted.
    }
    throw storageError(error);
  }
  const done = Promise.all([...ops, tx.done]);
  const aborting = tx;
  state.track({ abort: () => aborting.abort(), done });
  change.apply();
  for (const id of set.deletes ?? []) state.records.remove(id);
  placed.forEach((p, i) => state.records.set(p.id, p.rowId, kept[i]!));
  return { ids: placed.map((p) => p.id), committed: done.then(() => undefined, (error: unknown) => Promise.reject(storageError(error))) };
}

/**
 * The one write path, queued behind earlier writes. A run of saves is pipelined: each is sealed
 * and queued while the one before commits, and each resolves only once its own strict
 * transaction has committed.
 */
export async function write(state: VaultState, set: WriteSet): Promise<string[]> {
  const { ids, committed } = await state.serial(async () => stageWrite(state, set), true);
  await committed;
  return ids;
}
