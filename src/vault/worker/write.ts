// The one write path: every record sealed with its index counter inside, then one strict
// transaction that stores them with the updated index rows (and, for duress, rows beside them).
// Memory changes as the transaction is queued; a failed commit reads it again from storage.
import { STORE, type AttemptLog, type RecordEnvelope, type SealedRecord, type VaultHeader } from '../format';
import { VaultError, storageError } from '../errors';
import { chunkRange } from './blobs';
import { sealEnvelopeText } from './envelope';
import { STAGED_PREFIX } from '../backup/stage';
import { release } from '../../lib/release';
import type { VaultState } from './state';

/** One write: records to seal and store, records to delete, and (for duress) rows beside them. */
export interface WriteSet {
  puts?: Array<{ kind: string; id: string | null; data: unknown }>;
  /** The puts' values are the vault's own (structured clones from the page): memory keeps them, no copy. */
  owned?: boolean;
  deletes?: string[];
  header?: VaultHeader;
  /** The attempt log row, with the `_attempts` record that binds it (attempt-report.ts). */
  log?: AttemptLog;
  /** Rows sealed under another key (the decoy's): stored as they are, outside the index. */
  foreignRows?: SealedRecord[];
  deleteRows?: string[];
  deleteChunksOf?: string[];
  /** Chunk rows sealed under another key (a decoy's photo). Spent once stored (their buffers are released), as are `chunks`. */
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
  const dropped = (set.deletes ?? []).filter((id) => state.records.envelope(id)).map((id) => state.records.rowId(id));
  for (const rowId of dropped) change.drop(rowId);
  const stores = set.header || set.log || set.deleteChunksOf?.length || set.foreignChunks?.length || set.chunks?.length ? [STORE.header, STORE.records, STORE.chunks] as const : [STORE.records] as const;
  const ops: Array<Promise<unknown>> = [];
  const placed: Array<{ id: string; rowId: string; envelope: RecordEnvelope }> = [];
  // put() has copied a row by the time it returns (IndexedDB clones the value then), so each
  // ciphertext this write stores is freed at once: an import's 10,000 records and its pictures'
  // chunks, left to the collector, piled up with other spent buffers to 70 MB in the worker (issue 25).
  const stored = (op: Promise<unknown>, row: SealedRecord) => {
    ops.push(op);
    release(row.ct);
  };
  let tx;
  try {
    tx = state.database().transaction([...stores], 'readwrite', { durability: 'strict' });
    const records = tx.objectStore(STORE.records);
    if (set.header) ops.push(tx.objectStore(STORE.header).put(set.header));
    if (set.log) ops.push(tx.objectStore(STORE.header).put(set.log));
    for (const id of set.deleteChunksOf ?? []) ops.push(tx.objectStore(STORE.chunks).delete(chunkRange(id)));
    for (const row of [...(set.foreignChunks ?? []), ...(set.chunks ?? [])]) stored(tx.objectStore(STORE.chunks).put(row), row);
    for (const id of [...dropped, ...(set.deleteRows ?? [])]) ops.push(records.delete(id));
    for (const row of set.foreignRows ?? []) ops.push(records.put(row));
    // Each record is sealed and handed to the transaction in turn, never all sealed rows at once:
    // an import of 10,000 messages held every one of them (issue 25). All in this one task.
    for (const { kind, id, data } of set.puts ?? []) {
      const where = state.records.placement(id);
      if (where.id.startsWith(STAGED_PREFIX)) throw new VaultError('unsupported', 'id');
      const n = change.stamp(where.rowId, kind);
      const envelope: RecordEnvelope = { k: kind, d: data, ...(where.inside ? { i: where.inside } : {}), n };
      const { row, json } = sealEnvelopeText(envelope, where.rowId, key);
      stored(records.put(row), row);
      // What memory keeps: the caller's own value when it is the vault's already (a structured
      // clone from the page), else a copy read back from what was sealed.
      placed.push({ id: where.id, rowId: where.rowId, envelope: set.owned ? envelope : JSON.parse(json) as RecordEnvelope });
    }
    for (const row of change.seal(key)) stored(records.put(row), row);
  } catch (error) {
    // A put (or a seal) can throw at once (a value that cannot be cloned): then nothing of it may commit.
    for (const op of ops) op.catch(() => undefined);
    tx?.done.catch(() => undefined);
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error instanceof VaultError ? error : storageError(error);
  }
  const done = Promise.all([...ops, tx.done]);
  const aborting = tx;
  state.track({ abort: () => aborting.abort(), done });
  change.apply();
  for (const id of set.deletes ?? []) state.records.remove(id);
  for (const p of placed) state.records.set(p.id, p.rowId, p.envelope);
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
