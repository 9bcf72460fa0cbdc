// Import, second pass: re-encrypts the backup under the local vault key into staging rows,
// then one strict transaction makes them live (replace or merge). Until that commit the vault
// reads exactly as before, whatever happens: a failure rolls back, a crash leaves staging rows
// that the next unlock removes (cleanupStaged).
//
// Staging: a record whose final id is X is written under the key "~X" but sealed with X's
// associated data, so the commit only renames rows. Attachment chunks are written directly
// under their final ids (moving megabytes at commit would double the work); they are
// unreachable until their "_blob" record goes live, and that record is staged before them
// so a cleanup always knows which chunks to remove.
import { fromBase64, open, randomBytes, randomId, seal, toBase64, wipe, KEY_BYTES } from '../worker/crypto';
import type { Db } from '../worker/db';
import { BLOB_KIND, CHUNK_BYTES, FORMAT_VERSION, STORE, chunkAD, chunkId, recordAD, type RecordEnvelope, type SealedRecord, type StoredBlobInfo } from '../format';
import { chunkRange } from '../worker/blobs';
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
  /** Same id, different content (merge), or an id already taken: kept both, the imported under a new id. */
  renamed: number;
  /** Records and attachments the replace removed. */
  removed: number;
}

const FLUSH_BYTES = 8 * 1024 * 1024;
/** Sealed records are held in memory up to this much and written once, by the commit; beyond
 *  it they spill to staging rows (written twice: staged, then moved). */
const HOLD_BYTES = 32 * 1024 * 1024;
/** Older attachments (sealed with the vault key) are re-chunked to today's chunk size on restore. */
export const IMPORT_CHUNK_BYTES = CHUNK_BYTES;
const FLUSH_ROWS = 500;
/** Staging batches in flight at once (each at most about FLUSH_BYTES). */
const MAX_INFLIGHT = 4;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

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

/** The attachment being restored: kept as is, passed through sealed, or re-chunked. */
interface Current {
  id: string;
  skip: boolean;
  /** Its own key (a copy, wiped at the end). */
  key: Uint8Array;
  /** Sealed chunks under another id must be re-sealed: their AD names the id. */
  from: string;
  chunks: number;
  next: number;
  buf: Uint8Array;
  fill: number;
}

const SKIP = (id: string): Current => ({ id, skip: true, key: new Uint8Array(0), from: id, chunks: 0, next: 0, buf: new Uint8Array(0), fill: 0 });

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
  readonly report: ImportReport;

  /** `existing`: every record key in the store, including rows this key cannot open. */
  constructor(
    private readonly db: Db,
    private readonly key: Uint8Array,
    private readonly live: Map<string, RecordEnvelope>,
    private readonly mode: ImportMode,
    private readonly existing: Set<string>,
    private readonly physicalId: (id: string) => string = (id) => id,
    private readonly holdBytes = HOLD_BYTES,
    /** Attachment ids that have chunk rows, read once before staging starts. Without it each
     *  photo asks the database, and that read waits behind every staging write in flight. */
    private readonly chunkOwners?: Set<string>,
  ) {
    this.report = { mode, added: 0, same: 0, renamed: 0, removed: 0 };
  }

  async blob(info: StoredBlobInfo): Promise<void> {
    const local = this.live.get(info.id);
    const localInfo = local?.k === BLOB_KIND ? (local.d as StoredBlobInfo) : undefined;
    if (localInfo && localInfo.sha256 === info.sha256 && localInfo.size === info.size) {
      // Already here, byte for byte: keep the stored chunks.
      this.keptBlobs.add(info.id);
      this.current = SKIP(info.id);
      if (this.mode === 'replace') this.stage(info.id, BLOB_KIND, info);
      else this.report.same++;
      return;
    }
    let id = info.id;
    // Never write chunks over someone else's, even ones this key cannot read.
    if (this.existing.has(id) || (await this.hasChunks(id))) {
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
    if (info.key) {
      // Envelope-encrypted: its chunks are stored exactly as they travelled.
      this.current = { ...SKIP(id), skip: false, key: fromBase64(info.key), from: info.id, chunks: info.chunks };
      this.stage(id, BLOB_KIND, { ...info, id });
    } else {
      const chunks = Math.max(1, Math.ceil(info.size / IMPORT_CHUNK_BYTES));
      const key = randomBytes(KEY_BYTES);
      this.current = { id, skip: false, key, from: info.id, chunks, next: 0, buf: new Uint8Array(Math.min(IMPORT_CHUNK_BYTES, info.size)), fill: 0 };
      this.stage(id, BLOB_KIND, { ...info, id, chunks, key: toBase64(key) });
    }
    await this.maybeFlush();
  }

  /**
   * A chunk still sealed with its blob's key (tag already checked): stored as is. A payload
   * with a buffer of its own (most are: they straddle frames) is stored without a copy; its
   * ciphertext is then a view just past the nonce, and the row carries those 24 public bytes too.
   */
  async sealed(nonce: Uint8Array, ct: Uint8Array, index: number, last: boolean, owned = false): Promise<void> {
    const blob = this.current!;
    if (last) this.current = null;
    if (blob.skip) return;
    let row: SealedRecord = { id: chunkId(blob.id, index), v: FORMAT_VERSION, nonce: nonce.slice(), ct: owned ? ct : ct.slice() };
    if (blob.from !== blob.id) {
      const plain = open(row, chunkAD(FORMAT_VERSION, blob.from, index, last), blob.key);
      if (!plain) throw new Error('sealed-chunk');
      row = { ...row, ...seal(plain, chunkAD(FORMAT_VERSION, blob.id, index, last), blob.key) };
      wipe(plain);
    }
    this.chunks.push(row);
    this.pendingBytes += row.ct.length;
    if (last) wipe(blob.key);
    await this.maybeFlush();
  }

  /** The checker has already held sizes to the blob's record, so the slots add up. */
  async chunk(bytes: Uint8Array, _index: number, last: boolean): Promise<void> {
    const blob = this.current!;
    if (last) this.current = null;
    if (blob.skip) return;
    for (let at = 0; at < bytes.length;) {
      const take = Math.min(blob.buf.length - blob.fill, bytes.length - at);
      blob.buf.set(bytes.subarray(at, at + take), blob.fill);
      blob.fill += take;
      at += take;
      if (blob.fill === blob.buf.length && blob.next < blob.chunks - 1) this.sealChunk(blob, false);
    }
    if (last) {
      this.sealChunk(blob, true);
      wipe(blob.buf);
      wipe(blob.key);
    }
    await this.maybeFlush();
  }

  private sealChunk(blob: Current, last: boolean): void {
    const { nonce, ct } = seal(blob.buf.subarray(0, blob.fill), chunkAD(FORMAT_VERSION, blob.id, blob.next, last), blob.key);
    this.chunks.push({ id: chunkId(blob.id, blob.next), v: FORMAT_VERSION, nonce, ct });
    this.pendingBytes += ct.length;
    blob.next++;
    blob.fill = 0;
  }

  async record(record: BackupRecord): Promise<void> {
    const data = rewrite(record.d, this.renames);
    let id = record.id;
    const local = this.live.get(id);
    // A row under this id that is not this record's own: someone else's, never overwritten.
    const hidden = this.existing.has(id) && !(local && this.physicalId(id) === id);
    if (this.mode === 'merge' && local) {
      if ((local.k === record.k && canonical(local.d) === canonical(data)) || this.contentIndex().has(record.k + canonical(data))) {
        // Identical here already, under this id or (merged before) under another.
        this.report.same++;
        return;
      }
      id = randomId();
      this.report.renamed++;
    } else if (hidden) {
      // (in replace mode too: whatever the commit removes, it never removes that row)
      id = randomId();
      this.report.renamed++;
    }
    this.stage(id, record.k, data);
    await this.maybeFlush();
  }

  private async hasChunks(id: string): Promise<boolean> {
    return this.chunkOwners ? this.chunkOwners.has(id) : (await this.db.count(STORE.chunks, chunkRange(id))) > 0;
  }

  private index: Set<string> | null = null;

  /** Kind + content of every local record, built on the first clash only. */
  private contentIndex(): Set<string> {
    this.index ??= new Set([...this.live.values()].map((e) => e.k + canonical(e.d)));
    return this.index;
  }

  private findBlob(info: StoredBlobInfo): string | undefined {
    for (const [id, e] of this.live) {
      const d = e.d as StoredBlobInfo;
      if (e.k === BLOB_KIND && d.sha256 === info.sha256 && d.size === info.size) return id;
    }
    return undefined;
  }

  /**
   * Attachment records always go to staging rows before their chunks (a crash cleanup follows
   * them to the chunks); other records are held in memory for the commit, within HOLD_BYTES.
   */
  private stage(id: string, kind: string, data: unknown): void {
    const envelope: RecordEnvelope = { k: kind, d: data };
    const plain = encoder.encode(JSON.stringify(envelope));
    const { nonce, ct } = seal(plain, recordAD(FORMAT_VERSION, id), this.key);
    wipe(plain);
    this.report.added++;
    if (kind !== BLOB_KIND && this.heldBytes + ct.length <= this.holdBytes) {
      this.held.push({ id, v: FORMAT_VERSION, nonce, ct });
      this.heldBytes += ct.length;
      return;
    }
    this.rows.push({ id: STAGED_PREFIX + id, v: FORMAT_VERSION, nonce, ct });
    this.pendingBytes += ct.length;
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
    const tx = this.db.transaction([STORE.records, STORE.chunks], 'readwrite', { durability: 'relaxed' });
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

  /** The one moment the vault changes: atomic, durable. */
  async commit(): Promise<ImportReport> {
    await this.flush();
    await this.settle();
    const tx = this.db.transaction([STORE.records, STORE.chunks], 'readwrite', { durability: 'strict' });
    const records = tx.objectStore(STORE.records);
    const chunks = tx.objectStore(STORE.chunks);
    const staged = await records.getAll(stagedRange());
    if (staged.length !== this.staged) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error('staging-mismatch');
    }
    const ops: Array<Promise<unknown>> = [];
    if (this.mode === 'replace') {
      for (const [id, envelope] of this.live) {
        // Internal records (duress, backup status) belong to this device, not to the content.
        if (envelope.k.startsWith('_') && envelope.k !== BLOB_KIND) continue;
        ops.push(records.delete(this.physicalId(id)));
        if (envelope.k === BLOB_KIND && !this.keptBlobs.has(id)) ops.push(chunks.delete(chunkRange(id)));
        this.report.removed++;
      }
    }
    for (const row of staged) ops.push(records.put({ ...row, id: row.id.slice(STAGED_PREFIX.length) }));
    for (const row of this.held) ops.push(records.put(row));
    ops.push(records.delete(stagedRange()));
    await Promise.all([...ops, tx.done]);
    return this.report;
  }

  async rollback(): Promise<void> {
    this.rows = [];
    this.chunks = [];
    this.held = [];
    await this.settle().catch(() => undefined);
    await discardStaging(this.db, this.written);
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
      const plain = open(row, recordAD(row.v, id), key);
      if (!plain) continue;
      rowIds.push(row.id);
      try {
        const envelope = JSON.parse(decoder.decode(plain)) as RecordEnvelope;
        if (envelope.k === BLOB_KIND && !liveBlobs.has(id)) blobIds.push(id);
      } catch {
        // Unparseable but ours: the row goes, there is nothing to follow.
      }
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
