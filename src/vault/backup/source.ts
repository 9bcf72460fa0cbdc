// What an export reads: the records snapshot, and every attachment's chunk rows, read ahead in
// the order the writer asks for them so IndexedDB works while the worker encrypts.
import { wipe } from '../worker/crypto';
import { blobKey, chunkIntact, openChunk, readSealedChunks } from '../worker/blobs';
import { VaultError } from '../errors';
import { BLOB_KIND, type RecordEnvelope, type SealedRecord, type StoredBlobInfo } from '../format';
import type { Db } from '../worker/db';
import type { ExportSource } from './writer';

/** Rows per read (one transaction each). */
const RANGE_CHUNKS = 8;
/** Chunks (about 1 MiB each) requested ahead of the writer: bounds memory, hides read latency
 *  even across photos of a chunk or two, where reading one photo at a time stalled on each. */
const AHEAD_CHUNKS = 24;

interface Range { info: StoredBlobInfo; from: number; count: number; rows: Promise<SealedRecord[]> | null }

/**
 * Reads start with the writer's first request, not before: a photo deleted between opening the
 * export and its first step is then noticed ("changed"), as it always was.
 */
class ReadAhead {
  private readonly plan: Range[] = [];
  /** Where each photo's ranges start in the plan. */
  private readonly starts = new Map<StoredBlobInfo, number>();
  private next = 0;
  private head = 0;
  private ahead = 0;

  constructor(private readonly db: Db, blobs: StoredBlobInfo[]) {
    for (const info of blobs) {
      this.starts.set(info, this.plan.length);
      for (let from = 0; from < info.chunks; from += RANGE_CHUNKS) {
        this.plan.push({ info, from, count: Math.min(RANGE_CHUNKS, info.chunks - from), rows: null });
      }
    }
  }

  async row(info: StoredBlobInfo, index: number): Promise<SealedRecord> {
    const start = this.starts.get(info);
    const at = start === undefined ? -1 : start + Math.floor(index / RANGE_CHUNKS);
    const range = this.plan[at];
    // The writer asks in plan order; anything else is read on its own.
    if (at < this.head || range?.info !== info || index >= info.chunks) return (await readSealedChunks(this.db, info, index, 1))[0]!;
    while (this.head < at) this.release();
    this.topUp();
    const rows = await range.rows!;
    if (index === range.from + range.count - 1 && this.head === at) this.release();
    return rows[index - range.from]!;
  }

  private topUp(): void {
    this.next = Math.max(this.next, this.head);
    while (this.next < this.plan.length && (this.next === this.head || this.ahead < AHEAD_CHUNKS)) {
      const range = this.plan[this.next++]!;
      range.rows = readSealedChunks(this.db, range.info, range.from, range.count);
      range.rows.catch(() => undefined); // reported when awaited
      this.ahead += range.count;
    }
  }

  /** The head range is used up: its rows can go, and a later range may start. */
  private release(): void {
    const range = this.plan[this.head++]!;
    if (range.rows) this.ahead -= range.count;
    range.rows = null;
  }
}

/**
 * `damaged`: attachments the unlock's file check found damaged or incomplete: left out (the rest
 * of the backup is whole; the page lists them). `onDamaged`: one found damaged while being read,
 * so the next export leaves it out too.
 */
export function exportSource(
  db: Db, vaultKey: Uint8Array, entries: Array<[string, RecordEnvelope]>,
  damaged: (id: string) => boolean = () => false, onDamaged: (info: StoredBlobInfo) => void = () => undefined,
): ExportSource & { close(): void } {
  const blobs = entries.filter(([id, e]) => e.k === BLOB_KIND && !damaged(id)).map(([, e]) => e.d as StoredBlobInfo);
  const reads = new ReadAhead(db, blobs);
  const keys = new Map<string, Uint8Array>();
  async function row(info: StoredBlobInfo, index: number): Promise<{ sealed: SealedRecord; key: Uint8Array }> {
    try {
      const sealed = await reads.row(info, index);
      let key = keys.get(info.id);
      if (!key) keys.set(info.id, (key = blobKey(info, vaultKey)));
      return { sealed, key };
    } catch {
      // Deleted while we were writing (or damaged): say so rather than write a broken backup.
      onDamaged(info);
      throw new VaultError('changed', info.id);
    }
  }
  const last = (info: StoredBlobInfo, index: number) => index === info.chunks - 1;
  return {
    records: entries,
    blobs,
    async readChunk(info, index) {
      const { sealed, key } = await row(info, index);
      const plain = openChunk(sealed, info.id, index, last(info, index), key);
      if (!plain) {
        onDamaged(info);
        throw new VaultError('changed', info.id);
      }
      return plain;
    },
    async readSealed(info, index) {
      const { sealed, key } = await row(info, index);
      // A damaged chunk would make the whole backup refuse to import: stop here instead.
      if (!chunkIntact(sealed, key, info.id, index, last(info, index), sealed.v)) {
        onDamaged(info);
        throw new VaultError('changed', info.id);
      }
      return sealed;
    },
    close() {
      for (const key of keys.values()) wipe(key);
      keys.clear();
    },
  };
}
