// Attachments as encrypted chunks: written one chunk at a time so a large photo never
// needs two plaintext copies; each chunk's AD binds its blob, position and "last" flag.
import { open, seal, sha256Stream, type Sha256Stream } from './crypto';
import { FORMAT_VERSION, STORE, chunkAD, chunkId, type BlobInfo } from './format';
import type { Db } from './db';
import { VaultError } from './errors';

export class BlobWriter {
  private index = 0;
  private size = 0;
  private hash: Sha256Stream = sha256Stream();
  private done = false;

  constructor(
    private readonly db: Db,
    private readonly key: Uint8Array,
    readonly blobId: string,
    private readonly type: string,
    private readonly name: string,
  ) {}

  async write(bytes: Uint8Array, last: boolean): Promise<void> {
    if (this.done) throw new VaultError('corrupt', 'blob-closed');
    this.hash.update(bytes);
    const { nonce, ct } = seal(bytes, chunkAD(FORMAT_VERSION, this.blobId, this.index, last), this.key);
    await this.db.put(STORE.chunks, { id: chunkId(this.blobId, this.index), v: FORMAT_VERSION, nonce, ct });
    this.index++;
    this.size += bytes.length;
    this.done = last;
  }

  info(): BlobInfo {
    return {
      id: this.blobId, type: this.type, name: this.name, size: this.size,
      chunks: this.index, sha256: this.hash.hex(), addedAt: Date.now(),
    };
  }

  /** Removes what was written so a failed upload leaves nothing half-stored. */
  async abort(): Promise<void> {
    const range = IDBKeyRange.bound(chunkId(this.blobId, 0), chunkId(this.blobId, 999999));
    try {
      await this.db.delete(STORE.chunks, range);
    } catch {
      // Best effort: orphaned chunks are unreadable without a record pointing at them.
    }
  }

  discard(): void {
    this.done = true;
  }
}

export async function readBlobChunk(db: Db, key: Uint8Array, info: BlobInfo, index: number): Promise<Uint8Array> {
  if (index < 0 || index >= info.chunks) throw new VaultError('not-found');
  const row = await db.get(STORE.chunks, chunkId(info.id, index));
  const last = index === info.chunks - 1;
  const plain = row ? open(row, chunkAD(row.v, info.id, index, last), key) : null;
  if (!plain) throw new VaultError('corrupt', `chunk ${index}`);
  return plain;
}

export async function deleteBlobChunks(db: Db, info: BlobInfo): Promise<void> {
  await db.delete(STORE.chunks, IDBKeyRange.bound(chunkId(info.id, 0), chunkId(info.id, 999999)));
}
