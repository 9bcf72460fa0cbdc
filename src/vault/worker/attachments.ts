// Attachments as the features see them: written a slice at a time through a BlobWriter (blobs.ts),
// read a chunk at a time, deleted with their record. Their own keys never leave the worker.
import { randomBytes, randomId, sha256Stream, toBase64, wipe, KEY_BYTES } from './crypto';
import { BLOB_KIND, FORMAT_VERSION, STORE, publicBlobInfo, type BlobInfo, type SealedRecord, type StoredBlobInfo } from '../format';
import { VaultError } from '../errors';
import { BlobWriter, chunkRange, readBlobChunk, deleteBlobChunks, sealChunks } from './blobs';
import { write } from './write';
import { release } from '../../lib/release';
import type { VaultState } from './state';

/** An attachment id as randomId() makes them: 16 random bytes, URL-safe base64. */
export const BLOB_ID = /^[A-Za-z0-9_-]{22}$/;

export class Attachments {
  /** Attachments being written: each one's writer until its last slice (or a lock). */
  private writers = new Map<string, BlobWriter>();
  /** Attachments whose record waits for commit(): written many to one transaction (an import's pictures). */
  private readonly holding = new Set<string>();
  private readonly held = new Map<string, StoredBlobInfo>();

  constructor(private readonly state: VaultState) {}

  /** `id`: one the page chose beforehand (blobs.newId), so it can note it before any byte is stored. */
  /** `hold`: its record is written by a later commit() with others, in one transaction. */
  begin(type: string, name: string, id?: string, hold = false): string {
    this.state.vaultKey();
    if (id !== undefined && (!BLOB_ID.test(id) || this.writers.has(id) || this.stored(id))) throw new VaultError('corrupt', 'blob id');
    const writer = new BlobWriter(this.state.database(), id ?? randomId(), type, name);
    this.writers.set(writer.blobId, writer);
    if (hold) this.holding.add(writer.blobId);
    return writer.blobId;
  }

  async write(blobId: string, bytes: Uint8Array, last: boolean): Promise<BlobInfo | null> {
    const writer = this.writers.get(blobId);
    if (!writer) throw new VaultError('not-found');
    try {
      const save = this.holding.has(blobId)
        ? async (stored: StoredBlobInfo) => void this.held.set(blobId, stored)
        : (stored: StoredBlobInfo) => write(this.state, { puts: [{ kind: BLOB_KIND, id: blobId, data: stored }] });
      const info = await writer.writeOrAbort(bytes, last, save);
      if (last) {
        this.writers.delete(blobId);
        this.holding.delete(blobId);
      }
      return info && publicBlobInfo(info);
    } catch (error) {
      this.writers.delete(blobId);
      this.holding.delete(blobId);
      throw error;
    } finally {
      // The slice moved here from the page (transferred): stored or not (a full disk), it is
      // plaintext nothing reads again, wiped and freed now rather than left for a collection.
      if (bytes instanceof Uint8Array) {
        wipe(bytes);
        release(bytes);
      }
    }
  }

  /**
   * Many whole attachments in one call (an import's pictures and their previews): each sealed
   * under its own key as put() would, then every chunk and record stored in one strict
   * transaction, so a batch is stored whole or not at all. `bytes` are wiped once sealed.
   */
  async putMany(items: Array<{ type: string; name: string; bytes: Uint8Array; id?: string }>): Promise<BlobInfo[]> {
    this.state.vaultKey();
    const ids = new Set<string>();
    for (const { id } of items) {
      if (id === undefined) continue;
      if (!BLOB_ID.test(id) || ids.has(id) || this.writers.has(id) || this.stored(id)) throw new VaultError('corrupt', 'blob id');
      ids.add(id);
    }
    const infos: StoredBlobInfo[] = [];
    const chunks: SealedRecord[] = [];
    for (const { type, name, bytes, id = randomId() } of items) {
      const hash = sha256Stream();
      hash.update(bytes);
      const size = bytes.length;
      const key = randomBytes(KEY_BYTES);
      const rows = sealChunks([bytes], id, key);
      chunks.push(...rows);
      infos.push({ id, type, name, size, chunks: rows.length, sha256: hash.hex(), addedAt: Date.now(), key: toBase64(key), cv: FORMAT_VERSION });
      wipe(key);
    }
    if (infos.length) await write(this.state, { puts: infos.map((data) => ({ kind: BLOB_KIND, id: data.id, data })), chunks });
    return infos.map(publicBlobInfo);
  }

  /** Writes the records of held attachments, all in one transaction (until then they are not stored). */
  async commit(ids: string[]): Promise<void> {
    this.state.vaultKey();
    const puts = ids.map((id) => this.held.get(id)).filter((x): x is StoredBlobInfo => x !== undefined)
      .map((data) => ({ kind: BLOB_KIND, id: data.id, data }));
    if (puts.length) await write(this.state, { puts });
    for (const id of ids) this.held.delete(id);
  }

  async abort(blobId: string): Promise<void> {
    const writer = this.writers.get(blobId);
    this.writers.delete(blobId);
    await writer?.abort();
  }

  /** The public info: the attachment's own key stays in the worker. */
  info(blobId: string): BlobInfo | undefined {
    const stored = this.stored(blobId);
    return stored && publicBlobInfo(stored);
  }

  /** Every attachment's public info (the fingerprint covers their SHA-256; issue 22). */
  list(): BlobInfo[] {
    return this.state.records.list(BLOB_KIND).map((item) => publicBlobInfo(item.value as StoredBlobInfo));
  }

  async chunk(blobId: string, index: number): Promise<Uint8Array> {
    const info = this.stored(blobId);
    if (!info) throw new VaultError('not-found');
    return readBlobChunk(this.state.database(), this.state.vaultKey(), info, index);
  }

  async delete(blobId: string): Promise<void> {
    const info = this.stored(blobId);
    if (!info) {
      // Chunks of an attachment cut off before its record was written (a killed tab): unreadable,
      // but they take room. Never those of one still being written here.
      this.held.delete(blobId);
      if (typeof blobId === 'string' && BLOB_ID.test(blobId) && !this.writers.has(blobId)) await this.state.database().delete(STORE.chunks, chunkRange(blobId));
      return;
    }
    await write(this.state, { deletes: [blobId] });
    await deleteBlobChunks(this.state.database(), info).catch(() => undefined); // unreachable without their record
  }

  /** On lock: half-written attachments are dropped (their chunks are unreadable without a record). */
  discardAll(): void {
    for (const writer of this.writers.values()) writer.discard();
    this.writers.clear();
    this.holding.clear();
    this.held.clear();
  }

  private stored(blobId: string): StoredBlobInfo | undefined {
    this.state.vaultKey();
    return this.state.records.get(BLOB_KIND, blobId) as StoredBlobInfo | undefined;
  }
}
