// Every attachment's chunks checked after unlock (count and authentication tags, no decryption),
// in the background: unlock does not wait for it, the page asks for the result when it wants it.
// A damaged or missing file is then known by id, so export and the packet skip it and go on.
import { wipe } from './crypto';
import { blobKey, chunkIntact } from './blobs';
import { BLOB_KIND, FORMAT_VERSION, STORE, chunkId, type RecordEnvelope, type StoredBlobInfo } from '../format';
import type { Db } from './db';

/** `missing`: chunk rows gone; `damaged`: a chunk fails its tag; `no-record`: referenced, but its
 *  metadata row (and with it its key) is gone. */
export type FileProblem = 'missing' | 'damaged' | 'no-record';
export interface DamagedFile { id: string; problem: FileProblem; name?: string; sha256?: string }
export interface FileCheck { checked: number; total: number; damaged: DamagedFile[] }

/** Chunk rows read per transaction: a few MiB, so memory stays small whatever the vault. */
const BATCH = 4;

/** One attachment: null when every chunk is there, in place and authentic. */
export async function checkBlob(db: Db, info: StoredBlobInfo, vaultKey: Uint8Array): Promise<Exclude<FileProblem, 'no-record'> | null> {
  const chunks = Number.isSafeInteger(info.chunks) && info.chunks >= 1 ? info.chunks : 1;
  let key: Uint8Array;
  try {
    key = blobKey(info, vaultKey);
  } catch {
    return 'damaged';
  }
  try {
    for (let from = 0; from < chunks; from += BATCH) {
      const to = Math.min(chunks, from + BATCH) - 1;
      const rows = await db.getAll(STORE.chunks, IDBKeyRange.bound(chunkId(info.id, from), chunkId(info.id, to)));
      if (rows.length !== to - from + 1) return 'missing';
      for (const [i, row] of rows.entries()) {
        const index = from + i;
        if (row.id !== chunkId(info.id, index)) return 'missing';
        if (row.v !== 1 && row.v !== FORMAT_VERSION) return 'damaged';
        if (!chunkIntact(row, key, info.id, index, index === chunks - 1, row.v)) return 'damaged';
      }
    }
    return null;
  } finally {
    wipe(key);
  }
}

/** The check of one unlocked session; a lock or a reload starts a new one (the old one stops). */
export class FileChecker {
  private found = new Map<string, DamagedFile>();
  private checked = 0;
  private total = 0;
  private run: Promise<void> = Promise.resolve();
  private generation = 0;

  /** Starts checking these attachments (returns at once). */
  start(db: Db, vaultKey: Uint8Array, entries: Iterable<[string, RecordEnvelope]>): void {
    const generation = ++this.generation;
    const blobs: StoredBlobInfo[] = [];
    for (const [id, envelope] of entries) if (envelope.k === BLOB_KIND) blobs.push({ ...(envelope.d as StoredBlobInfo), id });
    this.found = new Map();
    this.checked = 0;
    this.total = blobs.length;
    // A copy of the key: a lock wipes the vault's own while this may still be running.
    const key = vaultKey.slice();
    this.run = (async () => {
      try {
        for (const info of blobs) {
          if (generation !== this.generation) return;
          const problem = await checkBlob(db, info, key).catch(() => 'missing' as const);
          if (generation !== this.generation) return;
          if (problem) this.note(info, problem);
          this.checked++;
        }
      } finally {
        wipe(key);
      }
    })();
  }

  /** A file found damaged later (while an export read it): skipped from then on. */
  note(info: StoredBlobInfo, problem: FileProblem): void {
    this.found.set(info.id, { id: info.id, problem, name: info.name, sha256: info.sha256 });
  }

  isDamaged(id: string): boolean {
    return this.found.has(id);
  }

  /**
   * The result once the check is done. `referenced`: attachment ids the page's records point to;
   * those `known` does not find (no metadata row, so no key either) are reported as `no-record`.
   */
  async result(referenced: readonly string[], known: (id: string) => boolean): Promise<FileCheck> {
    const generation = this.generation;
    await this.run;
    if (generation !== this.generation) return this.result(referenced, known);
    const damaged = [...this.found.values()];
    for (const id of new Set(referenced)) if (typeof id === 'string' && !known(id)) damaged.push({ id, problem: 'no-record' });
    return { checked: this.checked, total: this.total, damaged };
  }

  /** On lock: the running check stops, and what it found is forgotten with the keys. */
  stop(): void {
    this.generation++;
    this.found = new Map();
    this.checked = 0;
    this.total = 0;
  }
}

