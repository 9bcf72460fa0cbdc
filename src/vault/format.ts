// The versioned at-rest format: header shape, record shape and the associated data that
// binds every ciphertext to its version, store and id (so records cannot be swapped).

export const FORMAT_VERSION = 1;

/** Neutral database name: it shows in the browser's storage inspector. */
export const DB_NAME = 'store';

/** Neutral object-store names: the storage inspector should say nothing about the app. */
export const STORE = { header: 'h', records: 'r', chunks: 'b' } as const;
export type StoreName = (typeof STORE)[keyof typeof STORE];

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

export interface VaultHeader {
  id: 'main';
  v: number;
  slots: KeySlot[];
}

/** What a record looks like on disk: nothing readable but its random id and version. */
export interface SealedRecord {
  id: string;
  v: number;
  nonce: Uint8Array;
  ct: Uint8Array;
}

export const DEFAULT_KDF = { ops: 3, mem: 64 * 1024 * 1024 } as const;
/** Chunk size for attachments: big enough to be fast (IndexedDB pays per row: 1 MiB rows write
 *  about twice as fast as 256 KiB ones), small enough for a phone's memory. Readers take any size. */
export const CHUNK_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

export function headerAD(v: number, slot: number): Uint8Array {
  return encoder.encode(`daybook/v${v}/${STORE.header}/slot${slot}`);
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
  /** Set only when the record is stored under another key than its id: the row under its own
   *  id belongs to someone this key cannot read (the other side of a duress setup, or damage). */
  i?: string;
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
 * chunks still sealed, so export and restore skip a decrypt and a re-encrypt of every photo
 * byte. Records without `key` (older attachments) are sealed under the vault key.
 */
export interface StoredBlobInfo extends BlobInfo {
  key?: string;
}

/** What may leave the worker. */
export function publicBlobInfo(stored: StoredBlobInfo): BlobInfo {
  const { key: _key, ...info } = stored;
  return info;
}
