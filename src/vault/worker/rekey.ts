// Changing the passphrase: a new vault key under a new salt, and every record (attachment keys
// included, which live in their "_blob" records) re-encrypted under it, with the header, in one
// strict transaction. A kill at any moment leaves the vault as it was (old passphrase) or changed
// (new passphrase), never between; an old copy of the header opens nothing written afterwards.
// Chunks are sealed with their attachment's own key, so they are not rewritten.
import { INDEX_ROWS } from './integrity';
import { randomBytes, wipe, KEY_BYTES } from './crypto';
import { BLOB_KIND, FORMAT_VERSION, VAULT_VERSION, HEADER_ID, LOCKED_ID, PASSPHRASE_FLOOR, STORE, floorWith, passphraseFloor, type SealedRecord, type StoredBlobInfo, type VaultHeader } from '../format';
import { VaultError, storageError } from '../errors';
import { DURESS_SLOT, deriveFor, fillerSlot, newKdf, opensSlot, sealSlot, REAL_SLOT } from './keyslots';
import { chunkRange } from './blobs';
import { runTransaction } from './db';
import { sealEnvelope } from './envelope';
import { readLog, recordFailure, refuseWhileWaiting, rotateBox } from './attempts';
import { DECOY_KIND } from './duress';
import { resealShared, sharedMetas } from './shared-files';
import { resealQueue } from './locked-log';
import { confirmPassphrase, readHeader } from './header';
import { writeRecords } from './write';
import type { VaultState } from './state';
import type { KdfSettings, Progress } from './types';

/** Progress is reported every this many rows. */
const REPORT_EVERY = 250;

export async function changeVaultKey(state: VaultState, current: string, next: string, params?: KdfSettings, progress?: Progress): Promise<{ duressTurnedOff: boolean }> {
  // Throttled and counted like every passphrase check; wrong, it changes nothing.
  const match = await confirmPassphrase(state, current);
  wipe(match.kek);
  wipe(match.key);
  const header = await readHeader(state);
  if (state.mode === 'decoy') {
    await resealDecoySlot(state, header, match.index, next);
    return { duressTurnedOff: false };
  }
  const kdf = newKdf(params ?? header.slots[REAL_SLOT]!.kdf);
  const kek = deriveFor(next, kdf);
  const oldKey = state.vaultKey();
  const newKey = randomBytes(KEY_BYTES);
  try {
    const records = state.records;
    const decoy = records.decoy;
    const marker = records.find(DECOY_KIND)?.[0];
    // The duress slot shares the salt, which is new: its passphrase would be needed to re-seal it.
    // It is turned off instead (and the person told to set it again).
    // A new attempt key pair too: an old copy of the header's box opens no try made afterwards
    // (the contacts logged while locked, sealed to the old pair, are sealed again to the new one).
    const rotated = rotateBox(header, await readLog(state.database()), oldKey, newKey, FORMAT_VERSION);
    const fresh: VaultHeader = {
      id: HEADER_ID, v: VAULT_VERSION, slots: [sealSlot(kek, newKey, kdf, REAL_SLOT), fillerSlot(kdf)],
      box: rotated.box,
      minLength: floorWith(PASSPHRASE_FLOOR, next),
    };
    const entries = [...records.entries()].filter(([id]) => id !== marker);
    // Each record sealed, then stored, and every row of the index stored.
    const total = entries.length * 2 + INDEX_ROWS;
    const rows: SealedRecord[] = [];
    for (const [id, envelope] of entries) {
      if (envelope.k === BLOB_KIND && !(envelope.d as StoredBlobInfo).key) throw new VaultError('internal', 'attachment without its own key');
      const rowId = records.rowId(id);
      rows.push(sealEnvelope({ ...envelope, ...(rowId !== id ? { i: id } : {}) }, rowId, newKey));
      if (rows.length % REPORT_EVERY === 0) progress?.(rows.length, total);
    }
    const change = records.change();
    if (marker) change.drop(records.rowId(marker));
    const indexRows = change.seal(newKey, { all: true });
    try {
      const tx = state.database().transaction([STORE.header, STORE.records, STORE.chunks], 'readwrite', { durability: 'strict' });
      const store = tx.objectStore(STORE.records);
      let written = 0;
      const counted = (request: Promise<unknown>) => request.then(() => {
        if (++written % REPORT_EVERY === 0) progress?.(rows.length + written, total);
      });
      await runTransaction(tx, (ops) => {
        ops.push(tx.objectStore(STORE.header).put(fresh));
        if (rotated.log) ops.push(tx.objectStore(STORE.header).put(rotated.log));
        const headers = tx.objectStore(STORE.header);
        ops.push(headers.get(LOCKED_ID).then((row) => {
          const queue = resealQueue(row, header, oldKey, rotated.box.pk);
          return queue && headers.put(queue);
        }));
        ops.push(sharedMetas(headers).then((shared) => Promise.all(resealShared(shared, header, oldKey, rotated.box.pk).map((row) => headers.put(row)))));
        if (marker) ops.push(store.delete(records.rowId(marker)));
        for (const rowId of decoy?.ids ?? []) ops.push(store.delete(rowId));
        for (const blobId of decoy?.blobIds ?? []) ops.push(tx.objectStore(STORE.chunks).delete(chunkRange(blobId)));
        for (const row of [...rows, ...indexRows]) ops.push(counted(store.put(row)));
      });
    } catch (error) {
      throw storageError(error);
    }
    change.apply();
    if (marker) records.remove(marker);
    records.setDecoy(null);
    state.adoptKey(newKey, 'real');
    progress?.(total, total);
    return { duressTurnedOff: marker !== undefined };
  } catch (error) {
    wipe(newKey);
    throw error;
  } finally {
    wipe(kek);
  }
}

/**
 * Inside the decoy only its own slot changes (same key, same salt): the real slot is never
 * touched. The change is the decoy's, but the owner set that passphrase: a note sealed to the
 * real vault's attempt key tells her at her next real unlock. A new passphrase that opens
 * another slot is refused and counted as a wrong try (else it would be an unthrottled oracle
 * for the real passphrase).
 */
async function resealDecoySlot(state: VaultState, header: VaultHeader, index: number, next: string): Promise<void> {
  const db = state.database();
  await refuseWhileWaiting(db, header, state.now());
  const kdf = header.slots[index]!.kdf;
  const kek = deriveFor(next, kdf);
  try {
    if (header.slots.some((_, i) => i !== index && opensSlot(header, i, kek))) {
      await recordFailure(db, header, state.now(), { via: 'confirm' }).catch(() => undefined);
      throw new VaultError('same-passphrase');
    }
    const slots = [...header.slots];
    slots[index] = sealSlot(kek, state.vaultKey(), kdf, index === REAL_SLOT ? REAL_SLOT : DURESS_SLOT);
    await writeRecords(state, { header: { ...header, slots, minLength: floorWith(passphraseFloor(header), next) } });
    if (index !== REAL_SLOT) await recordFailure(db, header, state.now(), { counted: false, via: 'duress-changed' });
  } finally {
    wipe(kek);
  }
}
