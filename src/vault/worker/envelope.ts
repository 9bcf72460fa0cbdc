// Records on disk: an envelope { k, d, i?, n } as JSON, padded (v2), sealed with the row's id
// in its associated data. Opens both versions, so a v1 vault can be read while it is upgraded.
import { openWith, seal, wipe } from './crypto';
import { FORMAT_VERSION, pad, recordAD, unpaddedLength, type RecordEnvelope, type SealedRecord } from '../format';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `nonce`: known-answer tests only. */
export function sealEnvelope(envelope: RecordEnvelope, rowId: string, key: Uint8Array, nonce?: Uint8Array): SealedRecord {
  const json = encoder.encode(JSON.stringify(envelope));
  const plain = pad(json);
  wipe(json);
  const { nonce: used, ct } = seal(plain, recordAD(FORMAT_VERSION, rowId), key, nonce);
  wipe(plain);
  return { id: rowId, v: FORMAT_VERSION, nonce: used, ct };
}

/** The envelope, or null when the row does not open under this key (or is malformed). */
export function openEnvelope(row: SealedRecord, key: Uint8Array): RecordEnvelope | null {
  if (row.v !== 1 && row.v !== FORMAT_VERSION) return null;
  // Opened in place in the wasm heap (the hot loop of every unlock: one call per row).
  return openWith(row, recordAD(row.v, row.id), key, (plain) => {
    try {
      const length = row.v === 1 ? plain.length : unpaddedLength(plain);
      if (length < 0) return null;
      const value = JSON.parse(decoder.decode(plain.subarray(0, length))) as RecordEnvelope;
      return typeof value?.k === 'string' ? value : null;
    } catch {
      return null;
    }
  });
}
