// Writes a backup (format: backup-format.ts) as a stream of pieces: one frame of plaintext
// in memory at a time, whatever the size of the attachments.
import {
  checksum, deriveKek, deriveSubkey, macStream, randomBytes, seal, toBase64, toHex, wipe, KEY_BYTES, SALT_BYTES, TAG_BYTES,
  type MacStream,
} from '../worker/crypto';
import { CHUNK_BYTES, FORMAT_VERSION, type RecordEnvelope, type StoredBlobInfo } from '../format';
import type { Sealed } from '../worker/crypto';
import {
  BACKUP_VERSION, CHECK_BYTES, FRAME, FRAME_PLAIN_BYTES, ITEM, PREFIX_BYTES, SUBKEY_CONTEXT,
  encodeFinal, encodeHeader, encodeJson, encodePrefix, frameAD, frameHead, itemHead, keyAD,
  type BackupCounts, type BackupHeader,
} from './format';

export interface ExportSource {
  /** A snapshot: the envelopes are the cache's own (replaced, never mutated, on save). */
  records: Array<[string, RecordEnvelope]>;
  /** As stored: those with their own key travel with it, and their chunks travel sealed. */
  blobs: StoredBlobInfo[];
  readChunk(info: StoredBlobInfo, index: number): Promise<Uint8Array>;
  /** A chunk exactly as stored (its tag already checked), for blobs with their own key. */
  readSealed(info: StoredBlobInfo, index: number): Promise<Sealed>;
}

export interface KdfChoice { ops: number; mem: number }

/** Seals the item stream into fixed-size frames and keeps the running MAC. */
class FrameWriter {
  private buf = new Uint8Array(FRAME_PLAIN_BYTES);
  private fill = 0;
  private index = 0;
  private ready: Uint8Array[] = [];

  constructor(private readonly ek: Uint8Array, private readonly mac: MacStream, private readonly id: Uint8Array) {}

  item(type: number, ...parts: Uint8Array[]): void {
    this.write(itemHead(type, parts.reduce((n, p) => n + p.length, 0)));
    for (const part of parts) this.write(part);
  }

  private write(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.length) {
      const take = Math.min(FRAME_PLAIN_BYTES - this.fill, bytes.length - at);
      this.buf.set(bytes.subarray(at, at + take), this.fill);
      this.fill += take;
      at += take;
      if (this.fill === FRAME_PLAIN_BYTES) this.sealData();
    }
  }

  private sealData(): void {
    const [head, ct] = this.sealFrame(FRAME.data, this.buf);
    this.mac.update(head);
    this.mac.update(ct.subarray(ct.length - TAG_BYTES));
    this.buf.fill(0);
    this.fill = 0;
  }

  /** A frame goes out as two pieces, head and ciphertext: joining them would copy every byte once more. */
  private sealFrame(kind: number, plain: Uint8Array): [Uint8Array, Uint8Array] {
    const { nonce, ct } = seal(plain, frameAD(BACKUP_VERSION, this.id, this.index, kind), this.ek);
    const head = frameHead(ct.length, kind, nonce);
    this.ready.push(head, ct);
    this.index++;
    return [head, ct];
  }

  /** Pads the last data frame with zeros, then seals the final frame with the MAC. */
  finish(): void {
    if (this.fill > 0) this.sealData();
    const frames = this.index;
    this.sealFrame(FRAME.final, encodeFinal(frames, toHex(this.mac.final())));
  }

  drain(): Uint8Array[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }
}

/** Prefix, clear header and its checksum; also returns the backup key for the frames. */
function makeHeader(passphrase: string, kdf: KdfChoice): { bytes: Uint8Array; key: Uint8Array; id: Uint8Array } {
  const id = randomBytes(16);
  const key = randomBytes(KEY_BYTES);
  const salt = randomBytes(SALT_BYTES);
  const pass = new TextEncoder().encode(passphrase.normalize('NFC'));
  const kek = deriveKek(pass, { alg: 'argon2id13', ops: kdf.ops, mem: kdf.mem, salt });
  wipe(pass);
  const sealed = seal(key, keyAD(BACKUP_VERSION, id), kek);
  wipe(kek);
  const header: BackupHeader = {
    id: toBase64(id), kdf: { alg: 'argon2id13', ops: kdf.ops, mem: kdf.mem, salt: toBase64(salt) },
    nonce: toBase64(sealed.nonce), key: toBase64(sealed.ct),
  };
  const json = encodeHeader(header);
  const end = PREFIX_BYTES + json.length;
  const bytes = new Uint8Array(end + CHECK_BYTES);
  bytes.set(encodePrefix(json.length));
  bytes.set(json, PREFIX_BYTES);
  bytes.set(checksum(bytes.subarray(0, end), CHECK_BYTES), end);
  return { bytes, key, id };
}

/** Total plaintext the export will read, for progress. */
export function exportTotal(source: ExportSource): number {
  return source.blobs.reduce((n, b) => n + b.size, 0) + source.records.length * 256;
}

/**
 * Yields the file piece by piece. `done` in each step counts plaintext handled so far.
 * Argon2id runs once, before the first piece.
 */
export async function* encodeBackup(source: ExportSource, passphrase: string, kdf: KdfChoice, now = Date.now()): AsyncGenerator<{ piece: Uint8Array; done: number }> {
  const { bytes, key, id } = makeHeader(passphrase, kdf);
  const ek = deriveSubkey(key, 1, SUBKEY_CONTEXT);
  const mac = macStream(deriveSubkey(key, 2, SUBKEY_CONTEXT));
  wipe(key);
  mac.update(bytes);
  yield { piece: bytes, done: 0 };
  const writer = new FrameWriter(ek, mac, id);
  const counts: BackupCounts = { records: 0, blobs: 0, chunks: 0, bytes: 0 };
  let done = 0;
  const records = source.records.filter(([, e]) => !e.k.startsWith('_'));
  writer.item(ITEM.meta, encodeJson({ createdAt: now, records: records.length, blobs: source.blobs.length, bytes: source.blobs.reduce((n, b) => n + b.size, 0) }));
  for (const info of source.blobs) {
    // Today's chunks travel sealed as stored; anything older is re-read and sent plain.
    const sealed = info.key !== undefined && info.cv === FORMAT_VERSION;
    writer.item(ITEM.blob, encodeJson(sealed ? info : { ...info, key: undefined, cv: undefined }));
    counts.blobs++;
    for (let i = 0; i < info.chunks; i++) {
      let size: number;
      if (sealed) {
        const { nonce, ct } = await source.readSealed(info, i);
        writer.item(ITEM.sealed, nonce, ct);
        // The last chunk is padded: count what it holds.
        size = i === info.chunks - 1 ? info.size - (info.chunks - 1) * CHUNK_BYTES : CHUNK_BYTES;
      } else {
        const chunk = await source.readChunk(info, i);
        writer.item(ITEM.chunk, chunk);
        size = chunk.length;
        wipe(chunk);
      }
      counts.chunks++;
      counts.bytes += size;
      done += size;
      for (const piece of writer.drain()) yield { piece, done };
    }
  }
  for (const [recordId, envelope] of records) {
    const payload = encodeJson({ id: recordId, k: envelope.k, d: envelope.d });
    writer.item(ITEM.record, payload);
    counts.records++;
    counts.bytes += payload.length;
    done += 256;
    for (const piece of writer.drain()) yield { piece, done };
    wipe(payload);
  }
  writer.item(ITEM.end, encodeJson(counts));
  writer.finish();
  wipe(ek);
  for (const piece of writer.drain()) yield { piece, done };
}
