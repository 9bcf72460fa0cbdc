// The backup file format (v1): byte layout, header, frame associated data and item framing.
/*
 * BACKUP FILE FORMAT, VERSION 1 (all integers big-endian)
 *
 *   offset 0   magic        8 bytes  89 4E 42 4B 0D 0A 1A 0A   (PNG-style: catches text-mode copies)
 *   offset 8   version      u16      1
 *   offset 10  flags        u16      0 (reserved; covered by the MAC)
 *   offset 12  headerLength u32      H (at most 16 KiB)
 *   offset 16  header       H bytes  UTF-8 JSON, the only readable part:
 *              { "id": b64(16 random bytes),                 backup id, bound into every AD
 *                "kdf": { "alg": "argon2id13", "ops", "mem", "salt": b64(16) },
 *                "nonce": b64(24), "key": b64(48) }          backup key BK (32 random bytes),
 *              sealed with XChaCha20-Poly1305 under Argon2id(passphrase, salt); AD = PREFIX | id | "key".
 *              (PREFIX = the first 10 bytes: magic + version.)  b64 = URL-safe base64, no padding.
 *   16+H       check        16 bytes unkeyed BLAKE2b-128 of bytes 0..16+H: accidental damage to
 *              the header then reads as "damaged", not as "wrong passphrase".
 *   then       frames, each  u32 ctLength | u8 kind | 24-byte nonce | ciphertext (ctLength bytes, tag included)
 *              kind 1 = data (ctLength = 1 MiB + 16), kind 2 = final (ctLength = 256 + 16).
 *              Frame i is XChaCha20-Poly1305 under EK = KDF(BK, 1, "nbkframe") (BLAKE2b KDF)
 *              with AD = PREFIX | id | u32 i | u8 kind. Nonces are random.
 *
 * Data frames carry exactly 1 MiB of plaintext each (the last one zero-padded), so the file's
 * size says nothing about how many records or photos it holds. Their plaintext, concatenated,
 * is a sequence of items:  u8 type | u32 length | payload
 *   1 meta   JSON { createdAt, records, blobs, bytes }        always first
 *   2 blob   JSON { id, type, name, size, chunks, sha256, addedAt, key? }
 *   3 chunk  the attachment's original bytes; exactly `chunks` of them follow a blob item without key
 *   6 sealed a chunk exactly as the vault stores it: 24-byte nonce | ciphertext, sealed with the
 *            blob item's own `key` (envelope encryption) and AD = "daybook/v1/b/<id>/<index>/<end|more>";
 *            exactly `chunks` of them follow a blob item with a key. Carrying them sealed spares
 *            a decrypt and a re-encrypt of every photo byte on export and on restore.
 *   4 record JSON { id, k, d }   (kind and value as the app stored them; no internal kinds)
 *   5 end    JSON { records, blobs, chunks, bytes }         then only zero padding
 * The final frame's plaintext is JSON { frames, mac } padded with spaces to 256 bytes, where
 * mac = BLAKE2b keyed with MK = KDF(BK, 2, "nbkframe") over the prefix, header and check, and,
 * for every data frame, its 29-byte frame head and 16-byte tag. Each tag already authenticates
 * its frame; the MAC ties the whole sequence and the clear header together.
 *
 * What a reader rejects, and how: wrong magic -> foreign; version < MIN -> too old;
 * version > current -> too new; header check fails -> damaged; sealed key does not open ->
 * wrong passphrase; the file ends inside a frame or before the final frame -> truncated; a
 * frame of the wrong length or kind, one that fails to open, a frame out of place (reordered,
 * dropped, duplicated, inserted: its index is in the AD), a bad MAC, counts that disagree, an
 * attachment whose SHA-256 (plain chunks) or chunk tags (sealed chunks) do not match, bytes
 * after the final frame -> damaged.
 * The importer reads everything once without writing (verify: every frame's tag, the MAC, the
 * summary), then again, decrypting and checking each item, into staging rows under the local
 * vault key that one transaction makes live (see backup-stage.ts).
 */
import { VaultError } from '../errors';

export const BACKUP_MAGIC = Uint8Array.of(0x89, 0x4e, 0x42, 0x4b, 0x0d, 0x0a, 0x1a, 0x0a);
export const BACKUP_VERSION = 1;
/** The oldest backup version this build can read. */
export const MIN_BACKUP_VERSION = 1;
export const PREFIX_BYTES = 16;
export const MAX_HEADER_BYTES = 16 * 1024;
export const FRAME_PLAIN_BYTES = 1024 * 1024;
export const FRAME_HEAD_BYTES = 4 + 1 + 24;
export const FINAL_PLAIN_BYTES = 256;
export const CHECK_BYTES = 16;
export const FRAME = { data: 1, final: 2 } as const;
export const ITEM = { meta: 1, blob: 2, chunk: 3, record: 4, end: 5, sealed: 6 } as const;
export const ITEM_HEAD_BYTES = 5;
/** No single item may claim more than this (a record, or one attachment chunk). */
export const MAX_ITEM_BYTES = 64 * 1024 * 1024;
/** Files above this are refused before anything is read: 4 GiB. */
export const MAX_BACKUP_BYTES = 4 * 1024 ** 3;
export const SUBKEY_CONTEXT = 'nbkframe';

export interface BackupHeader {
  id: string;
  kdf: { alg: 'argon2id13'; ops: number; mem: number; salt: string };
  nonce: string;
  key: string;
}

export interface BackupMeta { createdAt: number; records: number; blobs: number; bytes: number }
export interface BackupCounts { records: number; blobs: number; chunks: number; bytes: number }

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodePrefix(headerLength: number, version = BACKUP_VERSION): Uint8Array {
  const out = new Uint8Array(PREFIX_BYTES);
  out.set(BACKUP_MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint16(8, version);
  view.setUint16(10, 0);
  view.setUint32(12, headerLength);
  return out;
}

/** Reads the fixed prefix; `size` is the whole file's size (to tell truncation from foreign). */
export function parsePrefix(bytes: Uint8Array, size: number): { version: number; headerLength: number } {
  const magicSeen = Math.min(bytes.length, BACKUP_MAGIC.length);
  for (let i = 0; i < magicSeen; i++) if (bytes[i] !== BACKUP_MAGIC[i]) throw new VaultError('backup-foreign');
  if (size === 0) throw new VaultError('backup-foreign');
  if (bytes.length < PREFIX_BYTES) throw new VaultError('backup-truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, PREFIX_BYTES);
  const version = view.getUint16(8);
  if (version > BACKUP_VERSION) throw new VaultError('backup-too-new');
  if (version < MIN_BACKUP_VERSION) throw new VaultError('backup-too-old');
  const headerLength = view.getUint32(12);
  if (view.getUint16(10) !== 0 || headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw new VaultError('backup-damaged');
  if (PREFIX_BYTES + headerLength > size) throw new VaultError('backup-truncated');
  return { version, headerLength };
}

export function encodeHeader(header: BackupHeader): Uint8Array {
  return encoder.encode(JSON.stringify(header));
}

const B64 = /^[A-Za-z0-9_-]+$/;

/** Parses and sanity-checks the clear header (a crafted one must not make us allocate gigabytes). */
export function parseHeader(bytes: Uint8Array): BackupHeader {
  let value: BackupHeader;
  try {
    value = JSON.parse(decoder.decode(bytes)) as BackupHeader;
  } catch {
    throw new VaultError('backup-damaged');
  }
  const kdf = value?.kdf;
  const ok = typeof value.id === 'string' && B64.test(value.id) && typeof value.nonce === 'string' && B64.test(value.nonce)
    && typeof value.key === 'string' && B64.test(value.key) && kdf?.alg === 'argon2id13'
    && typeof kdf.salt === 'string' && B64.test(kdf.salt) && Number.isInteger(kdf.ops) && kdf.ops >= 1 && kdf.ops <= 16
    && Number.isInteger(kdf.mem) && kdf.mem >= 8192 && kdf.mem <= 512 * 1024 * 1024;
  if (!ok) throw new VaultError('backup-damaged');
  return value;
}

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const PREFIX_AD = (version: number) => encodePrefix(0, version).subarray(0, 10);

export function keyAD(version: number, backupId: Uint8Array): Uint8Array {
  return join(PREFIX_AD(version), backupId, encoder.encode('key'));
}

export function frameAD(version: number, backupId: Uint8Array, index: number, kind: number): Uint8Array {
  const tail = new Uint8Array(5);
  new DataView(tail.buffer).setUint32(0, index);
  tail[4] = kind;
  return join(PREFIX_AD(version), backupId, tail);
}

export function frameHead(ctLength: number, kind: number, nonce: Uint8Array): Uint8Array {
  const head = new Uint8Array(FRAME_HEAD_BYTES);
  new DataView(head.buffer).setUint32(0, ctLength);
  head[4] = kind;
  head.set(nonce, 5);
  return head;
}

export function itemHead(type: number, length: number): Uint8Array {
  const head = new Uint8Array(ITEM_HEAD_BYTES);
  head[0] = type;
  new DataView(head.buffer).setUint32(1, length);
  return head;
}

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function decodeJson<T>(bytes: Uint8Array): T {
  try {
    return JSON.parse(decoder.decode(bytes)) as T;
  } catch {
    throw new VaultError('backup-damaged');
  }
}

/** The final frame's plaintext: fixed size, so it too says nothing. */
export function encodeFinal(frames: number, mac: string): Uint8Array {
  const out = new Uint8Array(FINAL_PLAIN_BYTES).fill(0x20);
  out.set(encoder.encode(JSON.stringify({ frames, mac })));
  return out;
}

/** A neutral file name: nothing about the app or the person. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `notes-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.backup`;
}
