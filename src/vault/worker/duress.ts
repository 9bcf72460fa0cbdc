// The duress passphrase: the header's second slot seals a decoy key; records under that key
// are a harmless decoy vault. Typed at the lock screen it opens the decoy (or, if the person
// chose so, first erases everything but the decoy) and looks exactly like a normal unlock.
//
// Records: the real vault holds "_decoy" { key, erase } so it can skip decoy records silently;
// the decoy holds "_duress" { erase } so its unlock knows what to do, and, when someone changes
// duress settings inside the decoy, "_duress-shown" so that screen reads back consistently
// without touching the real slot.
import { fromBase64, randomBytes, randomId, seal, toBase64, wipe, KEY_BYTES } from './crypto';
import { BLOB_KIND, FORMAT_VERSION, STORE, recordAD, type RecordEnvelope, type SealedRecord, type VaultHeader } from '../format';
import { VaultError, storageError } from '../errors';
import { DURESS_SLOT, REAL_SLOT, deriveFor, fillerSlot, opensSlot, sealSlot, type SlotMatch } from './keyslots';
import { chunkRange } from '../backup/stage';
import type { DecoyState, VaultCore } from './core';

export const DECOY_KIND = '_decoy';
export const DURESS_KIND = '_duress';
export const SHOWN_KIND = '_duress-shown';

export interface DuressStatus { enabled: boolean; erase: boolean }
/** A decoy record as the features would store it (kind + value). */
export interface DecoyRecord { kind: string; value: unknown }

const encoder = new TextEncoder();

function find(cache: Map<string, RecordEnvelope>, kind: string): [string, Record<string, unknown>] | undefined {
  for (const [id, envelope] of cache) if (envelope.k === kind) return [id, (envelope.d ?? {}) as Record<string, unknown>];
  return undefined;
}

function sealRow(envelope: RecordEnvelope, id: string, key: Uint8Array): SealedRecord {
  const { nonce, ct } = seal(encoder.encode(JSON.stringify(envelope)), recordAD(FORMAT_VERSION, id), key);
  return { id, v: FORMAT_VERSION, nonce, ct };
}

export function decoyState(cache: Map<string, RecordEnvelope>): DecoyState | null {
  const found = find(cache, DECOY_KIND);
  if (!found || typeof found[1].key !== 'string') return null;
  try {
    return { key: fromBase64(found[1].key), ids: new Set(), blobIds: new Set() };
  } catch {
    return null;
  }
}

export function eraseRequested(cache: Map<string, RecordEnvelope>): boolean {
  return find(cache, DURESS_KIND)?.[1].erase === true;
}

export function status(core: VaultCore): DuressStatus {
  const found = find(core.entries(), core.mode === 'decoy' ? SHOWN_KIND : DECOY_KIND);
  if (!found || (core.mode === 'decoy' && found[1].enabled !== true)) return { enabled: false, erase: false };
  return { enabled: true, erase: found[1].erase === true };
}

/** Inside the decoy, settings changes are only remembered for display: the real slot is sacred. */
async function pretend(core: VaultCore, shown: DuressStatus): Promise<void> {
  await core.put(SHOWN_KIND, find(core.entries(), SHOWN_KIND)?.[0] ?? null, shown);
}

export async function enable(core: VaultCore, current: string, passphrase: string, erase: boolean, decoy: DecoyRecord[]): Promise<void> {
  const match = await core.confirmPassphrase(current);
  wipe(match.kek);
  wipe(match.key);
  if (core.mode === 'decoy') return pretend(core, { enabled: true, erase });
  const header = await core.readHeader();
  const kdf = header.slots[REAL_SLOT]!.kdf;
  const kek = deriveFor(passphrase, kdf);
  const decoyKey = randomBytes(KEY_BYTES);
  try {
    if (opensSlot(header, REAL_SLOT, kek)) throw new VaultError('same-passphrase');
    const slots = [header.slots[REAL_SLOT]!, sealSlot(kek, decoyKey, kdf, header.v, DURESS_SLOT)];
    const ids = new Set<string>();
    const rows = [...decoy.map((r) => ({ k: r.kind, d: r.value })), { k: DURESS_KIND, d: { erase } }].map((envelope) => {
      const id = randomId();
      ids.add(id);
      return sealRow(envelope, id, decoyKey);
    });
    const cache = core.entries();
    const decoyId = find(cache, DECOY_KIND)?.[0] ?? randomId();
    const marker: RecordEnvelope = { k: DECOY_KIND, d: { key: toBase64(decoyKey), erase } };
    // One strict transaction: the new slot, the old decoy gone, the new decoy and the marker.
    await write(core, { ...header, slots }, [...rows, sealRow(marker, decoyId, core.vaultKey())], core.decoy);
    cache.set(decoyId, marker);
    wipe(core.decoy?.key);
    core.decoy = { key: decoyKey, ids, blobIds: new Set() };
  } catch (error) {
    wipe(decoyKey);
    throw error;
  } finally {
    wipe(kek);
  }
}

export async function disable(core: VaultCore, current: string): Promise<void> {
  const match = await core.confirmPassphrase(current);
  wipe(match.kek);
  wipe(match.key);
  if (core.mode === 'decoy') return pretend(core, { enabled: false, erase: false });
  const header = await core.readHeader();
  const slots = [header.slots[REAL_SLOT]!, fillerSlot(header.slots[REAL_SLOT]!.kdf)];
  const cache = core.entries();
  const marker = find(cache, DECOY_KIND);
  await write(core, { ...header, slots }, [], core.decoy, marker?.[0]);
  if (marker) cache.delete(marker[0]);
  wipe(core.decoy?.key);
  core.decoy = null;
}

async function write(core: VaultCore, header: VaultHeader, rows: SealedRecord[], old: DecoyState | null, deleteId?: string): Promise<void> {
  try {
    const tx = core.database().transaction([STORE.header, STORE.records, STORE.chunks], 'readwrite', { durability: 'strict' });
    const records = tx.objectStore(STORE.records);
    const ops: Array<Promise<unknown>> = [tx.objectStore(STORE.header).put(header)];
    for (const id of old?.ids ?? []) ops.push(records.delete(id));
    for (const id of old?.blobIds ?? []) ops.push(tx.objectStore(STORE.chunks).delete(chunkRange(id)));
    if (deleteId) ops.push(records.delete(deleteId));
    for (const row of rows) ops.push(records.put(row));
    await Promise.all([...ops, tx.done]);
  } catch (error) {
    throw storageError(error);
  }
}

/**
 * Erase-mode duress unlock: keeps only the decoy's records (and attachments), deletes the whole
 * database, and writes the decoy back as an ordinary vault whose passphrase is the one just typed.
 * The real vault key existed only in the header that is now gone.
 */
export async function eraseForDuress(core: VaultCore, header: VaultHeader, match: SlotMatch): Promise<void> {
  const cache = core.entries();
  const keep = new Set<string>();
  const blobIds: string[] = [];
  for (const [id, envelope] of cache) {
    if (envelope.k === DURESS_KIND || envelope.k === SHOWN_KIND) continue;
    keep.add(core.physicalId(id));
    if (envelope.k === BLOB_KIND) blobIds.push(id);
  }
  const db = core.database();
  const rows = (await db.getAll(STORE.records)).filter((row) => keep.has(row.id));
  const chunks: SealedRecord[] = [];
  for (const id of blobIds) chunks.push(...(await db.getAll(STORE.chunks, chunkRange(id))));
  const kdf = header.slots[match.index]!.kdf;
  const fresh: VaultHeader = { id: 'main', v: header.v, slots: [sealSlot(match.kek, core.vaultKey(), kdf, header.v, REAL_SLOT), fillerSlot(kdf)] };
  const next = await core.swapDatabase();
  const tx = next.transaction([STORE.header, STORE.records, STORE.chunks], 'readwrite', { durability: 'strict' });
  await Promise.all([
    tx.objectStore(STORE.header).put(fresh),
    ...rows.map((row) => tx.objectStore(STORE.records).put(row)),
    ...chunks.map((row) => tx.objectStore(STORE.chunks).put(row)),
    tx.done,
  ]);
  core.adoptKey(core.vaultKey(), 'real');
  await core.reload();
}
