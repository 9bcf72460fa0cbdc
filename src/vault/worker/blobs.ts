// Attachments as encrypted chunks: written one chunk at a time so a large photo never needs
// two plaintext copies. Every chunk but the last holds exactly CHUNK_BYTES; the last is shorter
// (empty after a file of whole chunks) and padded, its true length inside the ciphertext, so
// stored sizes do not give a file's exact size away. Each chunk's AD binds its blob, position
// and "last" flag; each attachment has its own random key, kept in its encrypted "_blob" record.
import { fromBase64, open, randomBytes, seal, sha256Stream, toBase64, verifyTag, wipe, KEY_BYTES, type Sealed, type Sha256Stream } from './crypto';
import { CHUNK_BYTES, FORMAT_VERSION, STORE, chunkAD, chunkId, pad, unpaddedLength, type SealedRecord, type StoredBlobInfo } from '../format';
import type { Db } from './db';
import { VaultError, storageError } from '../errors';
import { release } from '../../lib/release';

export const chunkRange = (blobId: string) => IDBKeyRange.bound(chunkId(blobId, 0), chunkId(blobId, 999999));

/** Seals one chunk in the v2 format (the last one padded). */
export function sealChunk(plain: Uint8Array, blobId: string, index: number, last: boolean, key: Uint8Array): SealedRecord {
  if (last ? plain.length >= CHUNK_BYTES : plain.length !== CHUNK_BYTES) throw new VaultError('internal', 'chunk size');
  const body = last ? pad(plain, CHUNK_BYTES) : plain;
  const { nonce, ct } = seal(body, chunkAD(FORMAT_VERSION, blobId, index, last), key);
  if (last) {
    wipe(body);
    release(body);
  }
  return { id: chunkId(blobId, index), v: FORMAT_VERSION, nonce, ct };
}

/**
 * Any chunk sizes in (wiped and freed as they are used: every caller hands over buffers of its
 * own), v2 chunks out: whole CHUNK_BYTES chunks, then a shorter padded last one. Freed rather than
 * left for a collection: an import's 500 pictures otherwise piled up 60 MB in the worker (issue 25).
 */
export function sealChunks(parts: Uint8Array[], blobId: string, key: Uint8Array): SealedRecord[] {
  const rows: SealedRecord[] = [];
  // No bigger than the file: a MiB for each of an import's small pictures, even untouched, is
  // memory the worker holds until it is collected.
  const buf = new Uint8Array(Math.min(CHUNK_BYTES, parts.reduce((n, p) => n + p.length, 0)));
  let fill = 0;
  let touched = 0;
  for (const part of parts) {
    for (let at = 0; at < part.length;) {
      const take = Math.min(CHUNK_BYTES - fill, part.length - at);
      buf.set(part.subarray(at, at + take), fill);
      fill += take;
      touched = Math.max(touched, fill);
      at += take;
      if (fill === CHUNK_BYTES) {
        rows.push(sealChunk(buf, blobId, rows.length, false, key));
        fill = 0;
      }
    }
    wipe(part);
    release(part);
  }
  rows.push(sealChunk(buf.subarray(0, fill), blobId, rows.length, true, key));
  // Only what held plaintext: zeroing the rest would only touch fresh pages (see BlobWriter).
  wipe(buf.subarray(0, touched));
  release(buf);
  return rows;
}

/** Opens one stored chunk (v1: exact; v2: the last padded); null when it does not authenticate. */
export function openChunk(row: SealedRecord, blobId: string, index: number, last: boolean, key: Uint8Array): Uint8Array | null {
  const plain = open(row, chunkAD(row.v, blobId, index, last), key);
  if (!plain || row.v === 1 || !last) return plain;
  const length = unpaddedLength(plain);
  if (length < 0) {
    wipe(plain);
    return null;
  }
  return plain.subarray(0, length);
}

export class BlobWriter {
  private index = 0;
  private size = 0;
  private hash: Sha256Stream = sha256Stream();
  private done = false;
  private readonly key = randomBytes(KEY_BYTES);

  constructor(
    private readonly db: Db,
    readonly blobId: string,
    private readonly type: string,
    private readonly name: string,
  ) {}

  /** Bytes not yet sealed: a full chunk is sealed at once (it is never the last: a shorter one always follows). */
  private buf = new Uint8Array(CHUNK_BYTES);
  private fill = 0;
  /** How far `buf` was ever filled: only that part held plaintext. Zeroing the whole MiB after a
   *  30 KB picture touched every page of it (6 s of the worker's time in a 500-picture import). */
  private touched = 0;

  /** Takes the file in slices of any size; `last` on the final one (which may be empty). */
  async write(bytes: Uint8Array, last: boolean): Promise<void> {
    if (this.done) throw new VaultError('corrupt', 'blob-closed');
    this.hash.update(bytes);
    const rows: SealedRecord[] = [];
    for (let at = 0; at < bytes.length;) {
      const take = Math.min(CHUNK_BYTES - this.fill, bytes.length - at);
      this.buf.set(bytes.subarray(at, at + take), this.fill);
      this.fill += take;
      this.touched = Math.max(this.touched, this.fill);
      at += take;
      if (this.fill === CHUNK_BYTES) {
        rows.push(sealChunk(this.buf, this.blobId, this.index + rows.length, false, this.key));
        this.fill = 0;
      }
    }
    if (last) rows.push(sealChunk(this.buf.subarray(0, this.fill), this.blobId, this.index + rows.length, true, this.key));
    if (rows.length) {
      const tx = this.db.transaction(STORE.chunks, 'readwrite');
      // Each put has copied its row when it returns: the MiB of ciphertext is freed now, not at a
      // late collection (issue 25: an import's 54 MB export is 54 of them).
      const puts = rows.map((row) => {
        const put = tx.store.put(row);
        release(row.ct);
        return put;
      });
      await Promise.all([...puts, tx.done]);
    }
    this.index += rows.length;
    this.size += bytes.length;
    this.done = last;
    if (last) this.wipeBuffer();
  }

  info(): StoredBlobInfo {
    return {
      id: this.blobId, type: this.type, name: this.name, size: this.size,
      chunks: this.index, sha256: this.hash.hex(), addedAt: Date.now(), key: toBase64(this.key), cv: FORMAT_VERSION,
    };
  }

  /** Writes a chunk; on the last one, saves the metadata too. Any failure removes every chunk
   *  written so far, so a failed attachment leaves nothing half-stored. */
  async writeOrAbort(bytes: Uint8Array, last: boolean, saveInfo: (info: StoredBlobInfo) => Promise<unknown>): Promise<StoredBlobInfo | null> {
    try {
      await this.write(bytes, last);
      if (!last) return null;
      const info = this.info();
      await saveInfo(info);
      return info;
    } catch (error) {
      await this.abort();
      throw storageError(error);
    } finally {
      if (last) this.discard();
    }
  }

  async abort(): Promise<void> {
    wipe(this.key);
    try {
      await this.db.delete(STORE.chunks, chunkRange(this.blobId));
    } catch {
      // Best effort: orphaned chunks are unreadable without a record pointing at them.
    }
  }

  discard(): void {
    this.done = true;
    wipe(this.key);
    this.wipeBuffer();
    // Every writer has a MiB of its own: an import of 500 pictures and their previews made 1,000
    // of them, which the worker held until a collection (most of its 70 MB peak, issue 25).
    release(this.buf);
  }

  private wipeBuffer(): void {
    // Nothing touched since the last wipe: the buffer may be freed already (discard()).
    if (this.touched) wipe(this.buf.subarray(0, this.touched));
    this.touched = 0;
  }
}

/** The key that seals this attachment's chunks (a copy: wipe it after use). */
export function blobKey(info: StoredBlobInfo, vaultKey: Uint8Array): Uint8Array {
  if (!info.key) return vaultKey.slice();
  try {
    return fromBase64(info.key);
  } catch {
    throw new VaultError('corrupt', 'blob key');
  }
}

const isLast = (info: StoredBlobInfo, index: number) => index === info.chunks - 1;

export async function readBlobChunk(db: Db, vaultKey: Uint8Array, info: StoredBlobInfo, index: number): Promise<Uint8Array> {
  return (await readBlobChunks(db, vaultKey, info, index, 1))[0]!;
}

/** Chunk rows `from`..`from+count-1`, as stored, in one transaction. */
export async function readSealedChunks(db: Db, info: StoredBlobInfo, from: number, count: number): Promise<SealedRecord[]> {
  const to = Math.min(info.chunks, from + count) - 1;
  if (from < 0 || from > to) throw new VaultError('not-found');
  const rows = await db.getAll(STORE.chunks, IDBKeyRange.bound(chunkId(info.id, from), chunkId(info.id, to)));
  if (rows.length !== to - from + 1 || rows.some((row, i) => row.id !== chunkId(info.id, from + i) || (row.v !== 1 && row.v !== FORMAT_VERSION))) {
    throw new VaultError('corrupt', `chunks ${from}-${to}`);
  }
  return rows;
}

/** Decrypted chunks `from`..`from+count-1` (export streams whole blobs, a few chunks per read). */
export async function readBlobChunks(db: Db, vaultKey: Uint8Array, info: StoredBlobInfo, from: number, count: number): Promise<Uint8Array[]> {
  const rows = await readSealedChunks(db, info, from, count);
  const key = blobKey(info, vaultKey);
  try {
    return rows.map((row, i) => {
      const plain = openChunk(row, info.id, from + i, isLast(info, from + i), key);
      release(row.ct); // spent: a MiB per chunk, freed now rather than at a late garbage collection
      if (!plain) throw new VaultError('corrupt', `chunk ${from + i}`);
      return plain;
    });
  } finally {
    wipe(key);
  }
}

/** Checks a sealed chunk against its blob key and place without decrypting it. */
export function chunkIntact(sealed: Sealed, key: Uint8Array, blobId: string, index: number, last: boolean, version = FORMAT_VERSION): boolean {
  return verifyTag(sealed, chunkAD(version, blobId, index, last), key);
}

export async function deleteBlobChunks(db: Db, info: StoredBlobInfo): Promise<void> {
  await db.delete(STORE.chunks, chunkRange(info.id));
}
