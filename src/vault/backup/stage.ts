// Import, second pass: re-encrypts the backup under the local vault key into staging rows,
// then one strict transaction makes them live (replace or merge) with the sealed index updated.
// Until that commit the vault reads exactly as before, whatever happens: a failure rolls back, a
// crash leaves staging rows that the next unlock removes (cleanupStaged).
//
// Staging: every imported record gets a random row id R; it is written under "~R" but sealed
// with R's associated data, so the commit only renames rows. Attachment chunks are written
// directly under their final ids (moving megabytes at commit would double the work); they are
// unreachable until their "_blob" record goes live, and that record is staged before them so a
// cleanup always knows which chunks to remove.
import { fromBase64, randomBytes, randomId, toBase64, wipe, KEY_BYTES } from '../worker/crypto';
import { runTransaction, type Db } from '../worker/db';
import { BLOB_KIND, CHUNK_BYTES, STORE, chunkCount, chunkId, FORMAT_VERSION, type SealedRecord, type StoredBlobInfo } from '../format';
import { chunkRange, openChunk, sealChunk } from '../worker/blobs';
import { openEnvelope, sealEnvelope } from '../worker/envelope';
import type { IndexChange } from '../worker/integrity';
import type { RecordIndex } from '../worker/records';
import type { BackupRecord, ContentSink } from './items';

export const STAGED_PREFIX = '~';
export const stagedRange = () => IDBKeyRange.bound(STAGED_PREFIX, `${STAGED_PREFIX}\uffff`);
export { chunkRange };

export type ImportMode = 'replace' | 'merge';
export interface ImportReport {
  mode: ImportMode;
  /** Records and attachments now in the vault that came from the backup. */
  added: number;
  /** Identical to what was already here (merge): kept once. */
  same: number;
  /** Same id, different content (merge): kept both, the imported under a new id. */
  renamed: number;
  /** Records and attachments the replace removed. */
  removed: number;
}

export interface StageTarget {
  db: Db;
  key: Uint8Array;
  records: RecordIndex;
  change: IndexChange;
  /** Attachment ids with chunk rows (read once before staging starts). */
  chunkOwners: Set<string>;
  /** The backup's version: its sealed chunks are in that chunk format. */
  version: number;
  /** Tests only: how much sealed record data may wait in memory for the commit. */
  holdBytes?: number;
}

const FLUSH_BYTES = 8 * 1024 * 1024;
/** Sealed records are held in memory up to this much and written once, by the commit; beyond
 *  it they spill to staging rows (written twice: staged, then moved). */
const HOLD_BYTES = 32 * 1024 * 1024;
const FLUSH_ROWS = 500;
/** Staging batches in flight at once (each at most about FLUSH_BYTES). */
const MAX_INFLIGHT = 4;

/** Sorted-key JSON, so two equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Points references at renamed attachments (ids are random, so an equal string is a reference). */
function rewrite(value: unknown, renames: Map<string, string>): unknown {
  if (!renames.size) return value;
  if (typeof value === 'string') return renames.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => rewrite(v, renames));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, renames)]));
  }
  return value;
}

/** How the current attachment's chunks arrive and are stored. */
type ChunkMode = 'skip' | 'pass' | 'reseal' | 'rechunk';

interface Current {
  id: string;
  mode: ChunkMode;
  /** The key its chunks are sealed with in the backup (a copy, wiped at the end). */
  key: Uint8Array;
  /** The key they are stored under here (the same, unless re-chunked). */
  storeKey: Uint8Array;
  /** Sealed chunks under another id are re-sealed: their AD names the id. */
  from: string;
  chunks: number;
  next: number;
  buf: Uint8Array;
  fill: number;
}

const SKIP = (id: string): Current => ({ id, mode: 'skip', key: new Uint8Array(0), storeKey: new Uint8Array(0), from: id, chunks: 0, next: 0, buf: new Uint8Array(0), fill: 0 });

export class Stager implements ContentSink {
  private rows: SealedRecord[] = [];
  private held: SealedRecord[] = [];
  private heldBytes = 0;
  private chunks: SealedRecord[] = [];
  private pendingBytes = 0;
  private renames = new Map<string, string>();
  private staged = 0;
  private written: string[] = [];
  private keptBlobs = new Set<string>();
  private current: Current | null = null;
  private readonly holdBytes: number;
  readonly report: ImportReport;

  constructor(private readonly target: StageTarget, private readonly mode: ImportMode) {
    this.holdBytes = target.holdBytes ?? HOLD_BYTES;
    this.report = { mode, added: 0, same: 0, renamed: 0, removed: 0 };
  }

  private liveBlob(id: string): StoredBlobInfo | undefined {
    const local = this.target.records.envelope(id);
    return local?.k === BLOB_KIND ? (local.d as StoredBlobInfo) : undefined;
  }

  async blob(info: StoredBlobInfo): Promise<void> {
    const local = this.liveBlob(info.id);
    if (local && local.sha256 === info.sha256 && local.size === info.size) {
      // Already here, byte for byte: keep the stored chunks (and the record that opens them).
      this.keptBlobs.add(info.id);
      this.current = SKIP(info.id);
      if (this.mode === 'replace') this.stage(info.id, BLOB_KIND, local);
      else this.report.same++;
      return;
    }
    let id = info.id;
    // Never write chunks over someone else's, even ones this key cannot read.
    if (this.target.records.envelope(id) || this.target.chunkOwners.has(id)) {
      const twin = this.mode === 'merge' ? this.findBlob(info) : undefined;
      if (twin) {
        // Merged before: the same photo is already here under another id.
        this.renames.set(info.id, twin);
        this.current = SKIP(twin);
        this.report.same++;
        return;
      }
      id = randomId();
      this.renames.set(info.id, id);
      this.report.renamed++;
    }
    this.written.push(id);
    const base = { ...SKIP(id), from: info.id };
    if (info.key && this.target.version >= 2) {
      // v2 envelope-encrypted chunks are stored exactly as they travelled (re-sealed if renamed).
      const key = fromBase64(info.key);
      this.current = { ...base, mode: id === info.id ? 'pass' : 'reseal', key, storeKey: key, chunks: info.chunks };
      this.stage(id, BLOB_KIND, { ...info, id });
    } else {
      // Plain chunks, or v1 sealed ones: re-chunked to today's format under a new key of its own.
      const storeKey = randomBytes(KEY_BYTES);
      const chunks = chunkCount(info.size);
      this.current = { ...base, mode: 'rechunk', key: info.key ? fromBase64(info.key) : new Uint8Array(0), storeKey, chunks, buf: new Uint8Array(CHUNK_BYTES) };
      this.stage(id, BLOB_KIND, { ...info, id, chunks, key: toBase64(storeKey), cv: FORMAT_VERSION });
    }
    await this.maybeFlush();
  }

  /**
   * A chunk still sealed with its blob's key (tag already checked). A v2 chunk under its own id
   * is stored as is; a payload with a buffer of its own is stored without a copy (its ciphertext
   * is then a view just past the nonce, and the row carries those 24 public bytes too).
   */
  async sealed(nonce: Uint8Array, ct: Uint8Array, index: number, last: boolean, owned = false): Promise<void> {
    const blob = this.current!;
    if (blob.mode === 'skip') {
      if (last) this.current = null;
      return;
    }
    const row: SealedRecord = { id: chunkId(blob.id, index), v: this.target.version >= 2 ? FORMAT_VERSION : 1, nonce: nonce.slice(), ct: owned ? ct : ct.slice() };
    if (blob.mode === 'pass') this.push(row);
    else {
      const plain = openChunk(row, blob.from, index, last, blob.key);
      if (!plain) throw new Error('sealed-chunk');
      if (blob.mode === 'reseal') this.push(sealChunk(plain, blob.id, index, last, blob.storeKey));
      else this.feed(blob, plain, last);
      wipe(plain);
    }
    if (last) this.finishBlob(blob);
    await this.maybeFlush();
  }

  /** Plain chunks (the checker has already held their sizes to the blob's record). */
  async chunk(bytes: Uint8Array, _index: number, last: boolean): Promise<void> {
    const blob = this.current!;
    if (blob.mode !== 'skip') this.feed(blob, bytes, last);
    if (last) this.finishBlob(blob);
    await this.maybeFlush();
  }

  private finishBlob(blob: Current): void {
    this.current = null;
    wipe(blob.buf);
    wipe(blob.key);
    if (blob.storeKey !== blob.key) wipe(blob.storeKey);
  }

  /** Re-chunks: whole CHUNK_BYTES chunks, then a shorter padded last one. */
  private feed(blob: Current, bytes: Uint8Array, last: boolean): void {
    for (let at = 0; at < bytes.length;) {
      const take = Math.min(CHUNK_BYTES - blob.fill, bytes.length - at);
      blob.buf.set(bytes.subarray(at, at + take), blob.fill);
      blob.fill += take;
      at += take;
      if (blob.fill === CHUNK_BYTES && blob.next < blob.chunks - 1) {
        this.push(sealChunk(blob.buf, blob.id, blob.next++, false, blob.storeKey));
        blob.fill = 0;
      }
    }
    if (last) this.push(sealChunk(blob.buf.subarray(0, blob.fill), blob.id, blob.next++, true, blob.storeKey));
  }

  private push(row: SealedRecord): void {
    this.chunks.push(row);
    this.pendingBytes += row.ct.length;
  }

  async record(record: BackupRecord): Promise<void> {
    const data = rewrite(record.d, this.renames);
    let id = record.id;
    const local = this.target.records.envelope(id);
    if (this.mode === 'merge' && local) {
      if ((local.k === record.k && canonical(local.d) === canonical(data)) || this.contentIndex().has(record.k + canonical(data))) {
        // Identical here already, under this id or (merged before) under another.
        this.report.same++;
        return;
      }
      id = randomId();
      this.report.renamed++;
    }
    this.stage(id, record.k, data);
    await this.maybeFlush();
  }

  private index: Set<string> | null = null;

  /** Kind + content of every local record, built on the first clash only. */
  private contentIndex(): Set<string> {
    this.index ??= new Set([...this.target.records.entries()].map(([, e]) => e.k + canonical(e.d)));
    return this.index;
  }

  private findBlob(info: StoredBlobInfo): string | undefined {
    for (const [id, e] of this.target.records.entries()) {
      const d = e.d as StoredBlobInfo;
      if (e.k === BLOB_KIND && d.sha256 === info.sha256 && d.size === info.size) return id;
    }
    return undefined;
  }

  /**
   * Attachment records always go to staging rows before their chunks (a crash cleanup follows
   * them to the chunks); other records are held in memory for the commit, within holdBytes.
   */
  private stage(id: string, kind: string, data: unknown): void {
    const rowId = randomId();
    const n = this.target.change.stamp(rowId, kind);
    const row = sealEnvelope({ k: kind, d: data, i: id, n }, rowId, this.target.key);
    this.report.added++;
    if (kind !== BLOB_KIND && this.heldBytes + row.ct.length <= this.holdBytes) {
      this.held.push(row);
      this.heldBytes += row.ct.length;
      return;
    }
    this.rows.push({ ...row, id: STAGED_PREFIX + rowId });
    this.pendingBytes += row.ct.length;
    this.staged++;
  }

  private async maybeFlush(): Promise<void> {
    if (this.pendingBytes >= FLUSH_BYTES || this.rows.length >= FLUSH_ROWS) await this.flush();
  }

  /** Staging batches written or waiting to be: IndexedDB queues them, so the next starts the
   *  moment one commits, with no round trip to this thread in between. */
  private inflight: Array<Promise<unknown>> = [];

  /**
   * Staging writes are relaxed: nothing is confirmed until the commit, which is strict. Up to
   * MAX_INFLIGHT batches are written while the next is decrypted and sealed (the database works
   * in another process), so I/O and crypto overlap; a failed batch surfaces at a later flush or
   * at the commit.
   */
  async flush(): Promise<void> {
    while (this.inflight.length >= MAX_INFLIGHT) await this.inflight.shift();
    if (!this.rows.length && !this.chunks.length) return;
    const tx = this.target.db.transaction([STORE.records, STORE.chunks], 'readwrite', { durability: 'relaxed' });
    const records = tx.objectStore(STORE.records);
    const chunks = tx.objectStore(STORE.chunks);
    const ops: Array<Promise<unknown>> = [...this.rows.map((row) => records.put(row)), ...this.chunks.map((row) => chunks.put(row))];
    this.rows = [];
    this.chunks = [];
    this.pendingBytes = 0;
    const written = Promise.all([...ops, tx.done]);
    written.catch(() => undefined); // awaited (and so reported) by a later flush
    this.inflight.push(written);
  }

  /** Waits for every batch (a rollback must not race one still writing); throws the first failure. */
  private async settle(): Promise<void> {
    const all = this.inflight;
    this.inflight = [];
    const failed = (await Promise.allSettled(all)).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** The one moment the vault changes: atomic, durable, with the index. Run it inside the core's serial(). */
  async commit(): Promise<ImportReport> {
    await this.flush();
    await this.settle();
    // A merge that found everything already here changes nothing, not even the index.
    if (this.mode === 'merge' && !this.staged && !this.held.length) return this.report;
    const { db, key, records: live, change } = this.target;
    const tx = db.transaction([STORE.records, STORE.chunks], 'readwrite', { durability: 'strict' });
    const records = tx.objectStore(STORE.records);
    const chunks = tx.objectStore(STORE.chunks);
    const staged = await records.getAll(stagedRange());
    if (staged.length !== this.staged) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error('staging-mismatch');
    }
    await runTransaction(tx, (ops) => {
      if (this.mode === 'replace') {
        for (const [id, envelope] of live.entries()) {
          // Internal records (duress, backup status) belong to this device, not to the content.
          if (envelope.k.startsWith('_') && envelope.k !== BLOB_KIND) continue;
          const rowId = live.rowId(id);
          ops.push(records.delete(rowId));
          change.drop(rowId);
          if (envelope.k === BLOB_KIND && !this.keptBlobs.has(id)) ops.push(chunks.delete(chunkRange(id)));
          this.report.removed++;
        }
      }
      for (const row of staged) ops.push(records.put({ ...row, id: row.id.slice(STAGED_PREFIX.length) }));
      for (const row of this.held) ops.push(records.put(row));
      ops.push(records.delete(stagedRange()));
      for (const row of change.seal(key)) ops.push(records.put(row));
    });
    change.apply();
    return this.report;
  }

  async rollback(): Promise<void> {
    this.rows = [];
    this.chunks = [];
    this.held = [];
    await this.settle().catch(() => undefined);
    await discardStaging(this.target.db, this.written);
  }
}

export async function discardStaging(db: Db, blobIds: string[]): Promise<void> {
  const tx = db.transaction([STORE.records, STORE.chunks], 'readwrite');
  const ops = [tx.objectStore(STORE.records).delete(stagedRange()), ...blobIds.map((id) => tx.objectStore(STORE.chunks).delete(chunkRange(id)))];
  await Promise.all([...ops, tx.done]);
}

/**
 * After a crash mid-import: removes staging rows this vault's keys can open, and the chunks of
 * staged attachments that never went live. Rows no key opens are left alone (never guessed at).
 */
export async function cleanupStaged(db: Db, rows: SealedRecord[], keys: Uint8Array[], liveBlobs: Set<string>): Promise<void> {
  const blobIds: string[] = [];
  const rowIds: string[] = [];
  for (const row of rows) {
    const id = row.id.slice(STAGED_PREFIX.length);
    for (const key of keys) {
      const envelope = openEnvelope({ ...row, id }, key);
      if (!envelope) continue;
      rowIds.push(row.id);
      const blobId = envelope.k === BLOB_KIND ? (envelope.d as StoredBlobInfo | null)?.id ?? envelope.i ?? id : null;
      if (blobId && !liveBlobs.has(blobId)) blobIds.push(blobId);
      break;
    }
  }
  if (!rowIds.length) return;
  const tx = db.transaction([STORE.records, STORE.chunks], 'readwrite');
  const ops = [
    ...rowIds.map((id) => tx.objectStore(STORE.records).delete(id)),
    ...blobIds.map((id) => tx.objectStore(STORE.chunks).delete(chunkRange(id))),
  ];
  await Promise.all([...ops, tx.done]);
}
