// Records on disk: an envelope { k, d, i?, n } as JSON, padded (v2), sealed with the row's id
// in its associated data. Opens both versions, so a v1 vault can be read while it is upgraded.
import { openWith, seal, wipe } from './crypto';
import { release } from '../../lib/release';
import { FORMAT_VERSION, STORE, pad, recordAD, unpaddedLength, type RecordEnvelope, type SealedRecord } from '../format';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * recordAD written into one reused buffer: a fresh array per row was a tenth of the CPU time of
 * opening every row at unlock (issue 27). The view holds only until the next call.
 */
const adBuffer = new Uint8Array(256);
function rowAD(v: number, id: string): Uint8Array {
  const text = `daybook/v${v}/${STORE.records}/${id}`;
  const { read, written } = encoder.encodeInto(text, adBuffer);
  return read === text.length ? adBuffer.subarray(0, written) : recordAD(v, id);
}

/** `nonce`: known-answer tests only. */
export function sealEnvelope(envelope: RecordEnvelope, rowId: string, key: Uint8Array, nonce?: Uint8Array): SealedRecord {
  return sealEnvelopeText(envelope, rowId, key, nonce).row;
}

/** The sealed row, and the JSON that was sealed (the write path's copy for memory is read back from it). */
export function sealEnvelopeText(envelope: RecordEnvelope, rowId: string, key: Uint8Array, nonce?: Uint8Array): { row: SealedRecord; json: string } {
  const text = JSON.stringify(envelope);
  const json = encoder.encode(text);
  const plain = pad(json);
  // Wiped and freed at once, not left for a collection: an import seals 10,000 of them in one task.
  wipe(json);
  release(json);
  const { nonce: used, ct } = seal(plain, recordAD(FORMAT_VERSION, rowId), key, nonce);
  wipe(plain);
  release(plain);
  return { row: { id: rowId, v: FORMAT_VERSION, nonce: used, ct }, json: text };
}

/** The envelope, or null when the row does not open under this key (or is malformed). */
export function openEnvelope(row: SealedRecord, key: Uint8Array): RecordEnvelope | null {
  if (row.v !== 1 && row.v !== FORMAT_VERSION) return null;
  // Opened in place in the wasm heap (the hot loop of every unlock: one call per row).
  return openWith(row, rowAD(row.v, row.id), key, (plain) => {
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
