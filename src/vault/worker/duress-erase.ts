// Erase-mode duress unlock: everything but the decoy goes, and what is left becomes an ordinary
// vault under the duress passphrase (see duress.ts for the decoy itself).
import { BLOB_KIND, FORMAT_VERSION, VAULT_VERSION, HEADER_ID, STORE, passphraseFloor, type SealedRecord, type VaultHeader } from '../format';
import { REAL_SLOT, fillerSlot, sealSlot, type SlotMatch } from './keyslots';
import { chunkRange } from './blobs';
import { newBox } from './attempts';
import { DURESS_KIND, SHOWN_KIND } from './duress';
import { reload } from './reload';
import { write } from './write';
import type { VaultState } from './state';

/**
 * Erase-mode duress unlock: keeps only the decoy's records (and attachments), deletes the whole
 * database, and writes the decoy back as an ordinary vault whose passphrase is the one just typed.
 * The real vault key existed only in the header that is now gone.
 */
export async function eraseForDuress(state: VaultState, header: VaultHeader, match: SlotMatch): Promise<void> {
  const keep = new Set<string>();
  const blobIds: string[] = [];
  for (const [id, envelope] of state.records.entries()) {
    if (envelope.k === DURESS_KIND || envelope.k === SHOWN_KIND) continue;
    keep.add(state.records.rowId(id));
    if (envelope.k === BLOB_KIND) blobIds.push(id);
  }
  for (const rowId of state.records.integrity.ownRows()) keep.add(rowId);
  const db = state.database();
  const rows = (await db.getAll(STORE.records)).filter((row) => keep.has(row.id));
  const chunks: SealedRecord[] = [];
  for (const id of blobIds) chunks.push(...(await db.getAll(STORE.chunks, chunkRange(id))));
  const kdf = header.slots[match.index]!.kdf;
  const fresh: VaultHeader = {
    id: HEADER_ID, v: VAULT_VERSION, slots: [sealSlot(match.kek, state.vaultKey(), kdf, REAL_SLOT), fillerSlot(kdf)], box: newBox(state.vaultKey(), FORMAT_VERSION),
    minLength: passphraseFloor(header),
  };
  await state.deleteDatabase(true);
  const next = state.database();
  const tx = next.transaction([STORE.header, STORE.records, STORE.chunks], 'readwrite', { durability: 'strict' });
  await Promise.all([
    tx.objectStore(STORE.header).put(fresh),
    ...rows.map((row) => tx.objectStore(STORE.records).put(row)),
    ...chunks.map((row) => tx.objectStore(STORE.chunks).put(row)),
    tx.done,
  ]);
  state.adoptKey(state.vaultKey(), 'real');
  await reload(state);
  // What is left is now the whole vault: list it as such, so its next unlock reports nothing odd.
  state.records.accept();
  await write(state, {});
}
