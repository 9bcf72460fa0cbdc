// Reading record rows in bulk: by id, every row at once, or every row in chunks as they arrive.
// On the bare IndexedDB requests, and with cursors rather than getAll, which in Chromium took
// longer to hand over 10,000 rows of 1 KiB (bench/vault.bench.mjs, storageFloor).
import { unwrap } from 'idb';
import { STORE, type SealedRecord } from '../format';
import type { Db } from './db';

/**
 * Rows by id, in one read transaction (a row that is not there: undefined). On the bare requests:
 * idb's promise per request cost more than the reads (the index's 321 rows are read at every unlock).
 */
export function rowsById(db: Db, ids: string[]): Promise<Array<SealedRecord | undefined>> {
  const store = (unwrap(db) as IDBDatabase).transaction(STORE.records, 'readonly').objectStore(STORE.records);
  return new Promise((resolve, reject) => {
    const out = new Array<SealedRecord | undefined>(ids.length);
    let left = ids.length;
    if (!left) resolve(out);
    ids.forEach((id, i) => {
      const request = store.get(id);
      request.onsuccess = () => {
        out[i] = request.result as SealedRecord | undefined;
        if (--left === 0) resolve(out);
      };
      request.onerror = () => reject(request.error);
    });
  });
}

/** The reader's side of a chunked read: the next chunk (null after the last), or stop it. */
export interface RowChunks {
  next(): Promise<SealedRecord[] | null>;
  cancel(): void;
  /** Read in more than one transaction: together they may not be one state (see rowChunks). */
  readonly split: boolean;
}

/**
 * Where a split read divides the row ids (random URL-safe base64: '-', digits, 'A'-'U' below 'V';
 * 'V'-'Z', '_', 'a'-'z' from it): two halves of about the same size, whatever else is stored.
 */
export const SPLIT_AT = ['V'];

/**
 * Every row, handed over `size` at a time as cursors reach them (the worker answers other calls
 * between chunks). Each cursor goes on by itself (continue() from its own success event): nobody
 * waits for a taker. `split`: the rows are read by one cursor per part of the ids
 * (SPLIT_AT), each in a read transaction of its own, all made in this task: in Chromium two
 * transactions read 10,000 rows in half the time of one (two cursors in one transaction take
 * longer than one). Made in one task, they see one state unless another tab's write was made in
 * between: a caller that finds anything amiss reads again whole before it says so (lazy-load.ts).
 */
export function rowChunks(db: Db, size: number, split = false): RowChunks {
  const raw = unwrap(db) as IDBDatabase;
  const ranges: Array<IDBKeyRange | undefined> = split
    ? [IDBKeyRange.upperBound(SPLIT_AT[0]!, true), ...SPLIT_AT.map((at, i) => (i + 1 < SPLIT_AT.length ? IDBKeyRange.bound(at, SPLIT_AT[i + 1]!, false, true) : IDBKeyRange.lowerBound(at)))]
    : [undefined];
  // The bare transactions (idb's wrapper would reject a promise nobody holds when a lock aborts them).
  const txs = ranges.map(() => raw.transaction(STORE.records, 'readonly'));
  const ready: Array<SealedRecord[] | null> = [];
  let waiting: { resolve(chunk: SealedRecord[] | null): void; reject(error: unknown): void } | null = null;
  let failed: { error: unknown } | null = null;
  const deliver = (chunk: SealedRecord[] | null) => {
    const taker = waiting;
    waiting = null;
    if (taker) taker.resolve(chunk);
    else ready.push(chunk);
  };
  const fail = (error: unknown) => {
    failed ??= { error };
    waiting?.reject(error);
    waiting = null;
  };
  let reading = ranges.length;
  ranges.forEach((range, i) => {
    let chunk: SealedRecord[] = [];
    const cursor = txs[i]!.objectStore(STORE.records).openCursor(range);
    cursor.onerror = () => fail(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) {
        if (chunk.length) deliver(chunk);
        if (--reading === 0) deliver(null);
        return;
      }
      chunk.push(at.value as SealedRecord);
      if (chunk.length >= size) {
        deliver(chunk);
        chunk = [];
      }
      at.continue();
    };
  });
  return {
    split: ranges.length > 1,
    next: () => {
      if (ready.length) return Promise.resolve(ready.shift()!);
      if (failed) return Promise.reject(failed.error);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
    cancel: () => {
      for (const tx of txs) {
        try {
          tx.abort();
        } catch {
          // Already finished.
        }
      }
    },
  };
}

/** Every row, in one read transaction. */
export async function allRows(db: Db): Promise<SealedRecord[]> {
  const reading = rowChunks(db, Infinity);
  return (await reading.next()) ?? [];
}
