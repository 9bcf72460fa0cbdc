// The versioned at-rest format: header shape, record shape and the associated data that
// binds every ciphertext to its version, store and id (so records cannot be swapped).

export const FORMAT_VERSION = 1;

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
/** Chunk size for attachments: big enough to be fast, small enough for a phone's memory. */
export const CHUNK_BYTES = 256 * 1024;

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
