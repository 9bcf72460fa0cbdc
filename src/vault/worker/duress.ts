// The duress passphrase: the header's second slot seals a decoy key; records under that key
// are a harmless decoy vault. Typed at the lock screen it opens the decoy (or, if the person
// chose so, first erases everything but the decoy) and looks exactly like a normal unlock.
//
// Records: the real vault holds "_decoy" { key, erase } so it can skip decoy records silently;
// the decoy holds "_duress" { erase } so its unlock knows what to do, and, when someone changes
// duress settings inside the decoy, "_duress-shown" so that screen reads back consistently
// without touching the real slot. The erase itself is in duress-erase.ts.
import { fromBase64, randomBytes, randomId, sha256Stream, toBase64, wipe, KEY_BYTES } from './crypto';
import { BLOB_KIND, FORMAT_VERSION, chunkCount, floorWith, passphraseFloor, type SealedRecord, type StoredBlobInfo } from '../format';
import { VaultError, storageError } from '../errors';
import { DURESS_SLOT, REAL_SLOT, deriveFor, fillerSlot, opensSlot, sealSlot } from './keyslots';
import { sealChunks } from './blobs';
import { sealEnvelope } from './envelope';
import type { DecoyState, RecordIndex } from './records';
import type { RecordEnvelope } from '../format';
import { confirmPassphrase, readHeader } from './header';
import { write } from './write';
import type { VaultState } from './state';

export const DECOY_KIND = '_decoy';
export const DURESS_KIND = '_duress';
export const SHOWN_KIND = '_duress-shown';

export interface DuressStatus { enabled: boolean; erase: boolean }
/** A decoy record as the features would store it (kind + value). */
export interface DecoyRecord { kind: string; value: unknown }
/** An ordinary photo for the decoy: its id is chosen by the page (so decoy records can refer to it). */
export interface DecoyFile { id: string; type: string; name: string; bytes: Uint8Array }

const BLOB_ID = /^[A-Za-z0-9_-]{22}$/;

/** A decoy attachment: its chunks and its "_blob" record, all under the decoy key (the real vault skips them). */
function decoyFile(file: DecoyFile, decoyKey: Uint8Array): { record: SealedRecord; chunks: SealedRecord[] } {
  if (!BLOB_ID.test(file.id) || !(file.bytes instanceof Uint8Array)) throw new VaultError('unsupported', 'decoy file');
  const key = randomBytes(KEY_BYTES);
  const hash = sha256Stream();
  hash.update(file.bytes);
  const info: StoredBlobInfo = {
    id: file.id, type: String(file.type), name: String(file.name), size: file.bytes.length, chunks: chunkCount(file.bytes.length),
    sha256: hash.hex(), addedAt: Date.now(), key: toBase64(key), cv: FORMAT_VERSION,
  };
  const chunks = sealChunks([file.bytes], file.id, key);
  wipe(key);
  return { record: sealEnvelope({ k: BLOB_KIND, d: info, i: file.id, n: 0 }, randomId(), decoyKey), chunks };
}

export function decoyState(cache: Map<string, RecordEnvelope>): DecoyState | null {
  let key: unknown;
  for (const envelope of cache.values()) if (envelope.k === DECOY_KIND) key = (envelope.d as { key?: unknown } | null)?.key;
  if (typeof key !== 'string') return null;
  try {
    return { key: fromBase64(key), ids: new Set(), blobIds: new Set() };
  } catch {
    return null;
  }
}

export function eraseRequested(records: RecordIndex): boolean {
  return records.find(DURESS_KIND)?.[1].erase === true;
}

export function status(state: VaultState): DuressStatus {
  const found = state.records.find(state.mode === 'decoy' ? SHOWN_KIND : DECOY_KIND);
  if (!found || (state.mode === 'decoy' && found[1].enabled !== true)) return { enabled: false, erase: false };
  return { enabled: true, erase: found[1].erase === true };
}

/** Inside the decoy, settings changes are only remembered for display: the real slot is sacred. */
async function pretend(state: VaultState, shown: DuressStatus): Promise<void> {
  await write(state, { puts: [{ kind: SHOWN_KIND, id: state.records.find(SHOWN_KIND)?.[0] ?? null, data: shown }] });
}

async function confirm(state: VaultState, current: string): Promise<void> {
  const match = await confirmPassphrase(state, current);
  wipe(match.kek);
  wipe(match.key);
}

/** What removing the present decoy takes: its rows and its attachments' chunks. */
const decoyRemoval = (old: DecoyState | null) => ({ deleteRows: [...(old?.ids ?? [])], deleteChunksOf: [...(old?.blobIds ?? [])] });

export async function enable(state: VaultState, current: string, passphrase: string, erase: boolean, decoy: DecoyRecord[], files: DecoyFile[] = []): Promise<void> {
  await confirm(state, current);
  if (state.mode === 'decoy') return pretend(state, { enabled: true, erase });
  const header = await readHeader(state);
  const kdf = header.slots[REAL_SLOT]!.kdf;
  const kek = deriveFor(passphrase, kdf);
  const decoyKey = randomBytes(KEY_BYTES);
  try {
    if (opensSlot(header, REAL_SLOT, kek)) throw new VaultError('same-passphrase');
    const slots = [header.slots[REAL_SLOT]!, sealSlot(kek, decoyKey, kdf, DURESS_SLOT)];
    const ids = new Set<string>();
    const rows: SealedRecord[] = [...decoy.map((r) => ({ k: r.kind, d: r.value })), { k: DURESS_KIND, d: { erase } }].map((envelope) => {
      const id = randomId();
      ids.add(id);
      return sealEnvelope({ ...envelope, n: 0 }, id, decoyKey);
    });
    const attached = files.map((file) => decoyFile(file, decoyKey));
    for (const { record } of attached) ids.add(record.id);
    const blobIds = new Set(files.map((f) => f.id));
    const marker = state.records.find(DECOY_KIND)?.[0] ?? null;
    // One strict transaction: the new slot, the old decoy gone, the new decoy and the marker.
    await write(state, {
      header: { ...header, slots, minLength: floorWith(passphraseFloor(header), passphrase) }, foreignRows: [...rows, ...attached.map((a) => a.record)],
      foreignChunks: attached.flatMap((a) => a.chunks), ...decoyRemoval(state.records.decoy),
      puts: [{ kind: DECOY_KIND, id: marker, data: { key: toBase64(decoyKey), erase } }],
    });
    state.records.setDecoy({ key: decoyKey, ids, blobIds });
  } catch (error) {
    wipe(decoyKey);
    throw storageError(error);
  } finally {
    wipe(kek);
  }
}

export async function disable(state: VaultState, current: string): Promise<void> {
  await confirm(state, current);
  if (state.mode === 'decoy') return pretend(state, { enabled: false, erase: false });
  const header = await readHeader(state);
  const marker = state.records.find(DECOY_KIND);
  await write(state, {
    header: { ...header, slots: [header.slots[REAL_SLOT]!, fillerSlot(header.slots[REAL_SLOT]!.kdf)] },
    ...decoyRemoval(state.records.decoy), deletes: marker ? [marker[0]] : [],
  });
  state.records.setDecoy(null);
}
