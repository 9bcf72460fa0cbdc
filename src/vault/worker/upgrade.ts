// The one upgrade path for data at rest, run at the first real unlock after an update. Each step
// takes the vault from the version before it; every step is one strict transaction, so a kill
// leaves the old version whole and the next unlock simply runs it again. Never edit a released
// step: add the next one. (The IndexedDB schema has its own, in db.ts.)
//
// v1 -> v2: records padded and re-sealed (AD v2) under random row ids with their counter, the
// sealed index written, attachments re-chunked (padded last chunk; a key of their own for the
// oldest ones), and the attempt box added. The vault key and the passphrase stay the same.
//
// v2 -> v3: the sealed index written again in its v3 layout (256 shards, a log of 64 rows, the
// root naming both), listing exactly what the v2 index listed, so whatever it would have reported
// is still reported; the old index rows are taken over (same ids) or removed. Records, chunks and
// the header's slots and box are untouched; the header says v3. One strict transaction.
import { randomBytes, randomId, toBase64, wipe, KEY_BYTES } from './crypto';
import { BLOB_KIND, FORMAT_VERSION, STORE, VAULT_VERSION, type SealedRecord, type StoredBlobInfo, type VaultHeader } from '../format';
import { storageError } from '../errors';
import { blobKey, chunkRange, openChunk, sealChunks } from './blobs';
import { sealEnvelope } from './envelope';
import { newBox } from './attempts';
import { VaultError } from '../errors';
import { writeRecords } from './write';
import type { VaultState } from './state';

/** Row ids the v2 writer would make: anything else (a feature's fixed id) moves to a random row. */
const RANDOM_ID = /^[A-Za-z0-9_-]{22}$/;

/** One step, from the header's version to the next (the caller reloads and runs the next). */
export async function upgradeVault(state: VaultState, header: VaultHeader): Promise<void> {
  if (header.v === 1) await v1ToV2(state, header);
  else if (header.v === 2) await v2ToV3(state, header);
}

async function v2ToV3(state: VaultState, header: VaultHeader): Promise<void> {
  // The index loaded from v2 rows is held as v3 already, taking over the v2 rows' ids, and marked
  // to be written whole (integrity.ts): one write of no record does it, with the header.
  await writeRecords(state, { header: { ...header, v: VAULT_VERSION } });
}

async function v1ToV2(state: VaultState, header: VaultHeader): Promise<void> {
  const key = state.vaultKey();
  const records = state.records;
  const change = records.change();
  const blobs = [...records.entries()].filter(([, e]) => e.k === BLOB_KIND).map(([, e]) => e.d as StoredBlobInfo);
  const tx = state.database().transaction([STORE.header, STORE.records, STORE.chunks], 'readwrite', { durability: 'strict' });
  try {
    const recordStore = tx.objectStore(STORE.records);
    const chunkStore = tx.objectStore(STORE.chunks);
    const upgraded = new Map<string, StoredBlobInfo>();
    // Attachments first: read each one's v1 chunks, re-chunk to v2 (IndexedDB reads only are awaited here).
    for (const info of blobs) {
      if ((info.cv ?? 1) >= 2) continue;
      const old = await chunkStore.getAll(chunkRange(info.id));
      const readKey = blobKey(info, key);
      const writeKey = info.key ? readKey : randomBytes(KEY_BYTES);
      const plain: Uint8Array[] = old.map((row, i) => {
        const bytes = openChunk(row, info.id, i, i === info.chunks - 1, readKey);
        if (!bytes || old.length !== info.chunks) throw new VaultError('corrupt', `attachment ${info.id}`);
        return bytes;
      });
      const rows = sealChunks(plain, info.id, writeKey);
      await chunkStore.delete(chunkRange(info.id));
      for (const row of rows) chunkStore.put(row);
      upgraded.set(info.id, { ...info, chunks: rows.length, key: toBase64(writeKey), cv: FORMAT_VERSION });
      if (writeKey !== readKey) wipe(writeKey);
      wipe(readKey);
    }
    const puts: SealedRecord[] = [];
    const moved: Array<{ id: string; from: string; to: string }> = [];
    for (const [id, envelope] of records.entries()) {
      const from = records.rowId(id);
      const to = from === id && !RANDOM_ID.test(id) ? randomId() : from;
      const data = envelope.k === BLOB_KIND ? upgraded.get(id) ?? envelope.d : envelope.d;
      const n = change.stamp(to, envelope.k);
      puts.push(sealEnvelope({ k: envelope.k, d: data, ...(to !== id ? { i: id } : {}), n }, to, key));
      moved.push({ id, from, to });
    }
    for (const { from, to } of moved) {
      if (from === to) continue;
      recordStore.delete(from);
      // The index loaded for this v1 vault lists rows by their old ids: a moved row leaves it.
      change.drop(from);
    }
    for (const row of [...puts, ...change.seal(key, { all: true })]) recordStore.put(row);
    tx.objectStore(STORE.header).put({ ...header, v: FORMAT_VERSION, box: newBox(key, FORMAT_VERSION) });
    await tx.done;
  } catch (error) {
    // Never half an upgrade: whatever was queued goes with the transaction.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure itself.
    }
    await tx.done.catch(() => undefined);
    throw storageError(error);
  }
}
