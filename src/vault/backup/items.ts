// Backup content, below the frames: the streaming item parser and the checker that holds
// the item sequence to the format (meta first, every blob's chunks complete, counts that add up).
import { fromBase64, sha256Stream, wipe, type Sha256Stream } from '../worker/crypto';
import { VaultError } from '../errors';
import { CHUNK_BYTES, chunkCount, paddedLength, type StoredBlobInfo } from '../format';
import { chunkIntact } from '../worker/blobs';
import {
  ITEM, ITEM_HEAD_BYTES, MAX_ITEM_BYTES, decodeJson,
  type BackupCounts, type BackupMeta,
} from './format';

/** `owned`: the payload has a buffer of its own (assembled across frames), not a view into a
 *  frame's plaintext, which is wiped once its items are handled. */
export interface Item { type: number; payload: Uint8Array; owned?: boolean }
export interface BackupRecord { id: string; k: string; d: unknown }

const damaged = (why: string) => new VaultError('backup-damaged', why);

/** Cuts the concatenated frame plaintexts back into items, whatever frame they straddle. */
export class ItemParser {
  private head = new Uint8Array(ITEM_HEAD_BYTES);
  private headFill = 0;
  private payload: Uint8Array | null = null;
  private payloadFill = 0;
  private type = 0;
  ended = false;

  feed(bytes: Uint8Array): Item[] {
    const items: Item[] = [];
    let at = 0;
    while (at < bytes.length) {
      if (this.ended) {
        // After the end item only zero padding may follow.
        for (; at < bytes.length; at++) if (bytes[at] !== 0) throw damaged('padding');
        break;
      }
      if (!this.payload) {
        const take = Math.min(ITEM_HEAD_BYTES - this.headFill, bytes.length - at);
        this.head.set(bytes.subarray(at, at + take), this.headFill);
        this.headFill += take;
        at += take;
        if (this.headFill < ITEM_HEAD_BYTES) break;
        this.type = this.head[0]!;
        const length = new DataView(this.head.buffer).getUint32(1);
        if (this.type < ITEM.meta || this.type > ITEM.sealed || length > MAX_ITEM_BYTES) throw damaged('item head');
        this.headFill = 0;
        // A whole item inside this piece is passed on without a copy.
        if (bytes.length - at >= length) {
          this.emit(items, bytes.subarray(at, at + length), false);
          at += length;
          continue;
        }
        this.payload = new Uint8Array(length);
        this.payloadFill = 0;
      }
      const take = Math.min(this.payload.length - this.payloadFill, bytes.length - at);
      this.payload.set(bytes.subarray(at, at + take), this.payloadFill);
      this.payloadFill += take;
      at += take;
      if (this.payloadFill === this.payload.length) {
        this.emit(items, this.payload, true);
        this.payload = null;
      }
    }
    return items;
  }

  private emit(items: Item[], payload: Uint8Array, owned: boolean): void {
    items.push({ type: this.type, payload, owned });
    if (this.type === ITEM.end) this.ended = true;
  }

  /** True when the stream stopped cleanly after the end item. */
  complete(): boolean {
    return this.ended && !this.payload && this.headFill === 0;
  }
}

/** What the checker passes on, already validated. */
export interface ContentSink {
  meta?(meta: BackupMeta): void | Promise<void>;
  blob?(info: StoredBlobInfo): void | Promise<void>;
  chunk?(bytes: Uint8Array, index: number, last: boolean): void | Promise<void>;
  /** A chunk still sealed with the blob's own key; its tag has been checked. `owned`: see Item. */
  sealed?(nonce: Uint8Array, ct: Uint8Array, index: number, last: boolean, owned: boolean): void | Promise<void>;
  record?(record: BackupRecord): void | Promise<void>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

export function validId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= 200 && !id.startsWith('~');
}

function validBlob(info: StoredBlobInfo): boolean {
  return validId(info?.id) && typeof info.type === 'string' && typeof info.name === 'string'
    && (info.key === undefined || (typeof info.key === 'string' && /^[A-Za-z0-9_-]{43}$/.test(info.key)))
    && isCount(info.size) && Number.isSafeInteger(info.chunks) && info.chunks >= 1
    && typeof info.sha256 === 'string' && SHA256_HEX.test(info.sha256) && Number.isFinite(info.addedAt);
}

/** Holds the item sequence to the format; optionally re-hashes every attachment. */
export class ContentChecker {
  private meta: BackupMeta | null = null;
  private blob: { info: StoredBlobInfo; next: number; size: number; hash: Sha256Stream | null; key: Uint8Array | null } | null = null;
  private ids = new Set<string>();
  private blobIds = new Set<string>();
  readonly counts: BackupCounts = { records: 0, blobs: 0, chunks: 0, bytes: 0 };
  finished = false;

  /** `version`: the backup's, which is also the chunk format of its sealed chunks (1 or 2). */
  constructor(private readonly sink: ContentSink, private readonly hashBlobs: boolean, private readonly version = 2) {}

  async item({ type, payload, owned = false }: Item): Promise<void> {
    if (this.finished) throw damaged('after end');
    if (!this.meta && type !== ITEM.meta) throw damaged('no meta');
    if (this.blob && type !== (this.blob.key ? ITEM.sealed : ITEM.chunk)) throw damaged('missing chunks');
    switch (type) {
      case ITEM.meta: return this.onMeta(payload);
      case ITEM.blob: return this.onBlob(payload);
      case ITEM.chunk: return this.onChunk(payload);
      case ITEM.sealed: return this.onSealed(payload, owned);
      case ITEM.record: return this.onRecord(payload);
      default: return this.onEnd(payload);
    }
  }

  private async onMeta(payload: Uint8Array): Promise<void> {
    if (this.meta) throw damaged('second meta');
    const meta = decodeJson<BackupMeta>(payload);
    if (!Number.isFinite(meta?.createdAt) || !isCount(meta.records) || !isCount(meta.blobs) || !isCount(meta.bytes)) throw damaged('meta');
    this.meta = meta;
    await this.sink.meta?.(meta);
  }

  private async onBlob(payload: Uint8Array): Promise<void> {
    const info = decodeJson<StoredBlobInfo>(payload);
    if (!validBlob(info) || this.blobIds.has(info.id)) throw damaged('blob');
    // v2 sealed chunks are padded: their count and sizes follow from the true size alone.
    if (info.key && this.version >= 2 && (info.cv !== 2 || info.chunks !== chunkCount(info.size))) throw damaged('blob chunks');
    this.blobIds.add(info.id);
    const key = info.key ? fromBase64(info.key) : null;
    this.blob = { info, next: 0, size: 0, hash: this.hashBlobs && !key ? sha256Stream() : null, key };
    this.counts.blobs++;
    await this.sink.blob?.(info);
  }

  /** Advances the current blob by one chunk of `size` plaintext bytes; returns its place. */
  private step(size: number, plain: Uint8Array | null): { index: number; last: boolean; id: string; key: Uint8Array | null } {
    const blob = this.blob;
    if (!blob) throw damaged('stray chunk');
    const index = blob.next++;
    const last = blob.next === blob.info.chunks;
    blob.size += size;
    if (plain) blob.hash?.update(plain);
    if (blob.size > blob.info.size || (last && blob.size !== blob.info.size)) throw damaged('blob size');
    if (last) {
      if (blob.hash && blob.hash.hex() !== blob.info.sha256) throw damaged('blob sha256');
      this.blob = null;
    }
    this.counts.chunks++;
    this.counts.bytes += size;
    return { index, last, id: blob.info.id, key: blob.key };
  }

  private async onChunk(payload: Uint8Array): Promise<void> {
    const { index, last } = this.step(payload.length, payload);
    await this.sink.chunk?.(payload, index, last);
  }

  private async onSealed(payload: Uint8Array, owned: boolean): Promise<void> {
    if (payload.length < 24 + 16) throw damaged('sealed chunk');
    const nonce = payload.subarray(0, 24);
    const ct = payload.subarray(24);
    const size = this.version >= 2 ? this.paddedChunk(ct.length - 16) : ct.length - 16;
    const { index, last, id, key } = this.step(size, null);
    // Its own tag, under its blob's key and place: what the vault itself checks on reading.
    if (!key || !chunkIntact({ nonce, ct }, key, id, index, last, this.version)) throw damaged(`sealed chunk ${index}`);
    if (last) wipe(key);
    await this.sink.sealed?.(nonce, ct, index, last, owned);
  }

  /** A v2 sealed chunk's true length, from its place; throws if its stored length is not the one it must have. */
  private paddedChunk(stored: number): number {
    const blob = this.blob;
    if (!blob) throw damaged('stray chunk');
    const last = blob.next === blob.info.chunks - 1;
    const size = last ? blob.info.size - (blob.info.chunks - 1) * CHUNK_BYTES : CHUNK_BYTES;
    if (stored !== (last ? paddedLength(size, CHUNK_BYTES) : CHUNK_BYTES)) throw damaged('sealed chunk size');
    return size;
  }

  private async onRecord(payload: Uint8Array): Promise<void> {
    const record = decodeJson<BackupRecord>(payload);
    // Internal kinds (keys, duress, status) never travel in a backup; a file that has them is forged.
    if (!validId(record?.id) || typeof record.k !== 'string' || !record.k || record.k.startsWith('_') || !('d' in record)) {
      throw damaged('record');
    }
    if (this.ids.has(record.id)) throw damaged('duplicate record');
    this.ids.add(record.id);
    this.counts.records++;
    this.counts.bytes += payload.length;
    await this.sink.record?.(record);
  }

  private onEnd(payload: Uint8Array): void {
    const end = decodeJson<BackupCounts>(payload);
    const c = this.counts;
    const m = this.meta!;
    if (end?.records !== c.records || end.blobs !== c.blobs || end.chunks !== c.chunks || end.bytes !== c.bytes
      || m.records !== c.records || m.blobs !== c.blobs) throw damaged('counts');
    this.finished = true;
  }
}
