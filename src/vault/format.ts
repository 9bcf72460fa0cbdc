// The versioned at-rest format (docs/FORMAT.md): header, record and chunk shapes, the padding
// that hides lengths, the KDF bounds, and the associated data that binds every ciphertext to its
// version, store and id (so nothing can be swapped, moved or cut short).

/** The row format (records and chunks; it is in their associated data). v1: unpadded records and
 *  chunks, fixed-id rows. v2: padded, random row ids, sealed index. */
export const FORMAT_VERSION = 2;
/** The vault's version, in its header: the row format, and the sealed index's layout. v3 (issue 27):
 *  rows as in v2; the index gains a log, so a save writes in proportion to its change. */
export const VAULT_VERSION = 3;
/** The oldest at-rest version the one upgrade path (worker/upgrade.ts) still opens. */
export const MIN_FORMAT_VERSION = 1;

/** Neutral database name: it shows in the browser's storage inspector. */
export const DB_NAME = 'store';

/** Neutral object-store names: the storage inspector should say nothing about the app. */
export const STORE = { header: 'h', records: 'r', chunks: 'b' } as const;
export type StoreName = (typeof STORE)[keyof typeof STORE];

/** Rows of the header store: the key slots, and the failed-attempt log (see worker/attempts.ts). */
export const HEADER_ID = 'main';
export const LOG_ID = 'log';
/** Contacts logged while locked (issue 24; see worker/locked-log.ts), each sealed to the header's box. */
export const LOCKED_ID = 'q';
/** Files shared into the app (issue 25): 's.<file id>' the sealed description, 's.<file id>.<n>' its chunks. */
export const SHARED_PREFIX = 's.';
/** The longest line of words a contact logged while locked may carry (its sealed size is fixed). */
export const MAX_LOCKED_WORDS = 200;

export interface KdfParams {
  alg: 'argon2id13';
  ops: number;
  mem: number; // bytes
  salt: Uint8Array;
}

/** One way in: a passphrase-derived key that seals the vault key. */
export interface KeySlot {
  kdf: KdfParams;
  nonce: Uint8Array;
  sealed: Uint8Array;
}

/** A public key for failed-attempt reports; its secret half is sealed under the vault key. */
export interface AttemptBox {
  pk: Uint8Array;
  nonce: Uint8Array;
  sk: Uint8Array;
}

export interface VaultHeader {
  id: typeof HEADER_ID;
  v: number;
  slots: KeySlot[];
  /** v2: where failed unlocks are reported to. */
  box?: AttemptBox;
  /**
   * The fewest characters (Unicode code points, NFC) any passphrase of this header has, at most
   * PASSPHRASE_FLOOR: a disguise's search field tries only text at least this long. Absent: 8,
   * what format v1 accepted. Readable, so bounded on read (see passphraseFloor).
   */
  minLength?: number;
  /**
   * Where the sealed index's root row is (its row id, sealed under the vault key): unlock reads the
   * index and the newest records by id instead of every row first (issue 27). Only a shortcut:
   * absent or wrong, unlock reads every row as before; the complete check never relies on it.
   */
  ix?: { nonce: Uint8Array; ct: Uint8Array };
}

/** The shortest passphrase the app accepts today; a header never claims more than this. */
export const PASSPHRASE_FLOOR = 10;
/** What format v1 accepted: the floor of any header written before minLength existed. */
export const V1_PASSPHRASE_FLOOR = 8;

/** Code points after NFC, as the key derivation sees the passphrase. */
export const passphraseLength = (text: string): number => [...text.normalize('NFC')].length;

/** The header's floor, bounded: a forged value can never exceed today's rule (or drop below 1). */
export function passphraseFloor(header: { minLength?: unknown } | undefined): number {
  const n = header?.minLength;
  if (typeof n !== 'number' || !Number.isInteger(n)) return header ? V1_PASSPHRASE_FLOOR : 1;
  return Math.min(PASSPHRASE_FLOOR, Math.max(1, n));
}

/** The floor after a passphrase is added to a header whose floor was `before`. */
export const floorWith = (before: number, passphrase: string): number => Math.min(before, passphraseLength(passphrase));

/**
 * The failed-attempt log (worker/attempts.ts). Written while locked, so nothing in it can be
 * sealed to the vault key: each try is a box sealed to the header's public key (when, where,
 * its number), readable only unlocked. What is in the clear is only what the locked worker needs
 * to enforce the wait; `epoch` binds the row to the sealed `_attempts` record of the last real
 * unlock, so a deleted or older row is reported there.
 */
export interface AttemptLog {
  id: typeof LOG_ID;
  v: 2;
  /** The `_attempts` record's epoch (absent: a log begun before it existed). */
  epoch?: string;
  /** Boxes written since the log began (each box holds its number, sealed). */
  seq: number;
  /** The wait, as a hint: tries left before it starts, its length, and until when (ms). */
  free: number;
  wait: number;
  until: number;
  /** Failures counted by a log of the older shape, carried into this one until reported. */
  old?: number;
  boxes: Uint8Array[];
}

/** The log as versions before issue 22 wrote it: the count and the last time in the clear. */
export interface AttemptLogV1 {
  id: typeof LOG_ID;
  failures: number;
  lastAt: number;
  boxes: Uint8Array[];
}

/** Contacts logged while locked: each a sealed box of a fixed size; `k` a random id to accept or discard it by. */
export interface LockedQueue {
  id: typeof LOCKED_ID;
  items: Array<{ k: string; box: Uint8Array }>;
}

/** A file shared into the app, sealed at once: `box` (crypto_box_seal to the header's public key)
 *  holds its padded description and the random key of its chunks. */
export interface SharedMeta {
  id: string;
  box: Uint8Array;
}

/** One chunk of a shared file: XChaCha20-Poly1305 under the file's own key (AD: sharedChunkAD). */
export interface SharedChunk {
  id: string;
  nonce: Uint8Array;
  ct: Uint8Array;
}

export function sharedChunkAD(fileId: string, index: number, last: boolean): Uint8Array {
  return encoder.encode(`daybook/shared/v1/${fileId}/${index}/${last ? 'end' : 'more'}`);
}

/** What a record looks like on disk: nothing readable but its random id and version. */
export interface SealedRecord {
  id: string;
  v: number;
  nonce: Uint8Array;
  ct: Uint8Array;
}

export const DEFAULT_KDF = { ops: 3, mem: 64 * 1024 * 1024 } as const;
/** A header or backup asking for more than this is refused as damaged, before any derivation:
 *  a forged file must not buy an Argon2id run of unbounded cost. */
export const MAX_KDF = { ops: 10, mem: 256 * 1024 * 1024 } as const;

/** The floor is the defaults. Unit tests lower it (tests/unit/setup.ts) so Argon2id stays cheap there. */
let kdfFloor: { ops: number; mem: number } = DEFAULT_KDF;
export function lowerKdfFloorForTests(floor: { ops: number; mem: number }): void {
  kdfFloor = floor;
}

export function kdfInBounds(kdf: { alg?: unknown; ops?: unknown; mem?: unknown }): boolean {
  return kdf?.alg === 'argon2id13'
    && Number.isInteger(kdf.ops) && (kdf.ops as number) >= kdfFloor.ops && (kdf.ops as number) <= MAX_KDF.ops
    && Number.isInteger(kdf.mem) && (kdf.mem as number) >= kdfFloor.mem && (kdf.mem as number) <= MAX_KDF.mem;
}

/** Chunk size for attachments: big enough to be fast (IndexedDB pays per row), small enough for a
 *  phone's memory. Every chunk but the last holds exactly this much; the last holds less (an
 *  empty last chunk follows a file of whole chunks) and is padded. */
export const CHUNK_BYTES = 1024 * 1024;
/** The smallest padded size: a one-word entry and a 900-letter one look the same. */
export const MIN_PADDED = 1024;

/** Record plaintexts and last chunks grow to the next power of two (at least 1 KiB, at most
 *  `cap`), so stored sizes say little about what they hold. */
export function paddedLength(length: number, cap = Infinity): number {
  let size = MIN_PADDED;
  while (size < length + 1) size *= 2;
  return Math.min(size, cap);
}

/** ISO/IEC 7816-4 padding: the content, one 0x80 byte, then zeros. */
export function pad(bytes: Uint8Array, cap?: number): Uint8Array {
  const out = new Uint8Array(paddedLength(bytes.length, cap));
  if (bytes.length >= out.length) throw new RangeError('too long to pad');
  out.set(bytes);
  out[bytes.length] = 0x80;
  return out;
}

/** The content's length, or -1 when the padding is malformed. */
export function unpaddedLength(bytes: Uint8Array): number {
  // The trailing zeros are most of a row (about 900 bytes of a 1 KiB one, at every unlock): read
  // four at a time over the aligned words, byte by byte only around them.
  const base = bytes.byteOffset;
  let end = bytes.length; // bytes[end..] are all zero
  while (end > 0 && (base + end) % 4 !== 0 && bytes[end - 1] === 0) end--;
  if (end > 0 && (base + end) % 4 === 0 && bytes[end - 1] === 0) {
    const first = Math.ceil(base / 4);
    const words = new Uint32Array(bytes.buffer, first * 4, (base + end) / 4 - first);
    let w = words.length;
    while (w > 0 && words[w - 1] === 0) w--;
    end = (first + w) * 4 - base;
  }
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end > 0 && bytes[end - 1] === 0x80 ? end - 1 : -1;
}

const encoder = new TextEncoder();

/** Key slots kept their v1 shape in v2, and their AD names slot format 1 in both: the upgrade
 *  cannot re-seal a duress slot (its passphrase is not known), and it need not. */
export const SLOT_FORMAT = 1;

export function headerAD(slot: number): Uint8Array {
  return encoder.encode(`daybook/v${SLOT_FORMAT}/${STORE.header}/slot${slot}`);
}

/** AD of the attempt box's secret key. */
export function headerFieldAD(v: number, field: 'box'): Uint8Array {
  // The box has not changed since v2: a v3 header's box still says v2.
  return encoder.encode(`daybook/v${Math.min(v, 2)}/${STORE.header}/${field}`);
}

/** AD of the header's root hint (`ix`): added in v3, with no version change (readers ignore it). */
export function rootHintAD(): Uint8Array {
  return encoder.encode(`daybook/v3/${STORE.header}/ix`);
}

export function recordAD(v: number, id: string): Uint8Array {
  return encoder.encode(`daybook/v${v}/${STORE.records}/${id}`);
}

/** Chunk AD also binds its position and whether it is the last, so truncation is detected. */
export function chunkAD(v: number, blobId: string, index: number, last: boolean): Uint8Array {
  return encoder.encode(`daybook/v${v}/${STORE.chunks}/${blobId}/${index}/${last ? 'end' : 'more'}`);
}

export const chunkId = (blobId: string, index: number): string =>
  `${blobId}.${index.toString().padStart(6, '0')}`;

/** The decrypted envelope of a record: its kind lives inside the ciphertext, not beside it. */
export interface RecordEnvelope {
  k: string;
  d: unknown;
  /** The record's own id when the row is stored under another (random) one: every row id on
   *  disk is random in v2, so a feature's fixed id ("settings") never shows. */
  i?: string;
  /** v2: the index counter when this row was written (see worker/integrity.ts). */
  n?: number;
}

/** Attachment metadata, itself stored as an encrypted record of this kind. */
export const BLOB_KIND = '_blob';

export interface BlobInfo {
  id: string;
  type: string;
  name: string;
  size: number;
  chunks: number;
  sha256: string;
  addedAt: number;
}

/**
 * The "_blob" record as stored: the public info plus the attachment's own key (base64), which
 * seals its chunks and never leaves the worker. Envelope encryption lets a backup carry the
 * chunks still sealed, and a passphrase change re-seal only this record, not every photo byte.
 * `cv`: the chunk format (1: exact, unpadded; 2: padded last chunk). Absent means 1.
 */
export interface StoredBlobInfo extends BlobInfo {
  key?: string;
  cv?: number;
}

/** What may leave the worker. */
export function publicBlobInfo(stored: StoredBlobInfo): BlobInfo {
  const { key: _key, cv: _cv, ...info } = stored;
  return info;
}

/** Chunks a v2 attachment of `size` bytes has: whole chunks, then a shorter (maybe empty) last one. */
export const chunkCount = (size: number): number => Math.floor(size / CHUNK_BYTES) + 1;
