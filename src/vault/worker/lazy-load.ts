// Unlock without waiting for all of history (issue 27): the sealed index's own rows and every
// record of the small kinds are opened at once, and the newest rows of the big kinds by the
// index's counters; the rest are opened in the background in chunks, and then the complete
// check of load.ts runs over them all. Until it has, nothing is reported (clean or not) and no
// write runs: the preview only answers reads.
import { unwrap } from 'idb';
import { openEnvelope } from './envelope';
import { open, seal } from './crypto';
import { FORMAT_VERSION, STORE, rootHintAD, type RecordEnvelope, type SealedRecord, type VaultHeader } from '../format';
import { VaultError } from '../errors';
import { STAGED_PREFIX } from '../backup/stage';
import { IntegrityIndex, LOG_KIND, ROOT_KIND, SHARD_KIND } from './integrity';
import { loadRecords, type Loaded } from './load';
import type { Db } from './db';
import { Preview, type Yield } from './preview';

/** How many rows of one kind are opened at unlock at most; a kind with more is a "big" one. */
export const EAGER_ROWS = 200;
/** Rows opened per background step, between which the worker answers other calls. */
export const CHUNK_ROWS = 500;
/** Rows read per request of the background load: the next is being read while these are opened. */
export const READ_ROWS = 500;

export interface Background {
  preview: Preview;
  /** No kind has more than EAGER_ROWS rows: the vault is small, and unlock waits for `done`, as before. */
  whole: boolean;
  /** Everything opened and checked, as loadRecords reports it; rejects ('locked') if stopped. */
  done: Promise<Loaded>;
  /** Stops at the next step (a lock): what was opened is let go. */
  stop(): void;
}

/** The root hint for the header: the root's row id sealed under the vault key. */
export function sealRootHint(rootRow: string, key: Uint8Array): { nonce: Uint8Array; ct: Uint8Array } {
  return seal(new TextEncoder().encode(rootRow), rootHintAD(), key);
}

/** The root's row id the header points to, or null (absent, or not sealed under this key). */
export function openRootHint(header: VaultHeader, key: Uint8Array): string | null {
  if (!header.ix?.nonce || !header.ix.ct) return null;
  const plain = open(header.ix, rootHintAD(), key);
  return plain ? new TextDecoder().decode(plain) : null;
}

/**
 * Rows by id, in one read transaction (a row that is not there: undefined). On the bare requests:
 * idb's promise per request cost more than the reads (the index's 321 rows are read at every unlock).
 */
function rowsById(db: Db, ids: string[]): Promise<Array<SealedRecord | undefined>> {
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

/**
 * Every row, in one read transaction (one consistent state, as a single getAll), in chunks of
 * `size` by row id, each handed over as it arrives. The keys are read first and every chunk is
 * asked for at once, so the database reads on while the worker opens what came: one getAll of
 * 10,000 rows made it wait for all of them (most of a read of every record) before opening any.
 * `next()`: the next chunk, null after the last.
 */
function rowChunks(db: Db, size: number): { next(): Promise<SealedRecord[] | null>; cancel(): void } {
  // The bare transaction (idb's wrapper would reject a promise nobody holds when a lock aborts it).
  const tx = (unwrap(db) as IDBDatabase).transaction(STORE.records, 'readonly');
  const store = tx.objectStore(STORE.records);
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
  const keys = store.getAllKeys();
  keys.onerror = () => fail(keys.error);
  keys.onsuccess = () => {
    const ids = keys.result as string[];
    const count = Math.ceil(ids.length / size);
    if (!count) deliver(null);
    // Requests of one transaction complete in the order they were made: chunks come in key order.
    for (let c = 0; c < count; c++) {
      const request = store.getAll(IDBKeyRange.bound(ids[c * size]!, ids[Math.min(ids.length, (c + 1) * size) - 1]!));
      request.onerror = () => fail(request.error);
      request.onsuccess = () => {
        deliver(request.result as SealedRecord[]);
        if (c === count - 1) deliver(null);
      };
    }
  };
  return {
    next: () => {
      if (ready.length) return Promise.resolve(ready.shift()!);
      if (failed) return Promise.reject(failed.error);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
    cancel: () => {
      try {
        tx.abort();
      } catch {
        // Already finished.
      }
    },
  };
}

/**
 * Opens the index and the newest rows now, the rest after. `page`: how many of a big kind's
 * newest rows are opened at once. `hint`: the root's row id from the header: the index and those
 * rows are then read by id, and every row only in the background (reading them all is most of an
 * unlock's cost). Without it (or when it does not lead to a root), every row is read first and
 * the root found among them. null when this vault cannot be previewed (no readable v3 index under
 * this key): the caller then loads it whole, as before.
 */
export async function startLoad(db: Db, key: Uint8Array, page: number, pause: Yield, hint: string | null = null): Promise<Background | null> {
  const opened = new Map<string, RecordEnvelope | null>();
  const open = (row: SealedRecord): RecordEnvelope | null => {
    if (!opened.has(row.id)) opened.set(row.id, row.v === FORMAT_VERSION ? openEnvelope(row, key) : null);
    return opened.get(row.id)!;
  };
  const index = new Map<string, RecordEnvelope>();
  let rows: SealedRecord[] | null = null;
  const hinted = hint ? (await rowsById(db, [hint]))[0] : undefined;
  if (hinted && open(hinted)?.k === ROOT_KIND) index.set(hinted.id, opened.get(hinted.id)!);
  else {
    rows = await db.getAll(STORE.records);
    // The root names every other index row; it is the largest row (256 shard ids and 64 log ids,
    // padded to 16 KiB), so the rows are tried largest first: a few opens, not thousands.
    const bySize = rows.filter((r) => !r.id.startsWith(STAGED_PREFIX)).sort((a, b) => b.ct.length - a.ct.length);
    let rootSize = -1;
    for (const row of bySize) {
      if (rootSize >= 0 && row.ct.length < rootSize) break;
      const envelope = open(row);
      if (envelope?.k !== ROOT_KIND) continue;
      rootSize = row.ct.length;
      index.set(row.id, envelope);
    }
  }
  if (!index.size) return null;
  const byRow = new Map((rows ?? []).map((r) => [r.id, r]));
  /** Rows by id: from those read, else read now. */
  const fetch = async (ids: string[]): Promise<Array<SealedRecord | undefined>> => (rows ? ids.map((id) => byRow.get(id)) : rowsById(db, ids));
  for (const root of [...index.values()]) {
    const d = root.d as { shards?: unknown; log?: unknown };
    const ids = [...(Array.isArray(d.shards) ? d.shards : []), ...(Array.isArray(d.log) ? d.log : [])].filter((id): id is string => typeof id === 'string');
    for (const row of await fetch(ids)) {
      const envelope = row && open(row);
      if (envelope && (envelope.k === SHARD_KIND || envelope.k === LOG_KIND)) index.set(row.id, envelope);
    }
  }
  // Only the index's rows: what it lists (kind and counter of every row), not yet checked.
  const read = IntegrityIndex.verify(index, true, false);
  const listing = read.index;
  const preview = new Preview();
  const kindRows = listing.byKind();
  const take = (row: SealedRecord | undefined) => {
    const envelope = row && open(row);
    if (envelope && envelope.k !== ROOT_KIND && envelope.k !== SHARD_KIND && envelope.k !== LOG_KIND) preview.add(row.id, envelope);
  };
  const now: string[] = [];
  for (const [kind, list] of kindRows) {
    preview.counts.set(kind, list.length);
    const small = list.length <= EAGER_ROWS;
    if (!small) list.sort((a, b) => b[1] - a[1]);
    for (const [rowId] of small ? list : list.slice(0, page)) now.push(rowId);
  }
  for (const row of await fetch(now)) take(row);
  // Rows the index does not list (a decoy's, slipped in, damaged): opened now when every row was
  // read (few); else with the rest, in the background, for the complete check.
  for (const row of rows ?? []) if (!listing.entry(row.id) && !index.has(row.id) && !row.id.startsWith(STAGED_PREFIX)) take(row);
  // A listed row that is gone, or holds another kind than listed, leaves its kind incomplete
  // until the complete check (which reports it).
  for (const [kind, list] of kindRows) {
    if (list.every(([rowId]) => opened.get(rowId)?.k === kind)) preview.complete.add(kind);
  }
  let stopped = false;
  const check = () => {
    if (stopped) throw new VaultError('locked');
  };
  let reading: ReturnType<typeof rowChunks> | null = null;
  const done = (async (): Promise<Loaded> => {
    await pause();
    check();
    reading = rows ? null : rowChunks(db, READ_ROWS);
    const later = (row: SealedRecord) => !opened.has(row.id) && !row.id.startsWith(STAGED_PREFIX);
    let all: SealedRecord[];
    if (rows) {
      all = rows;
      const rest = all.filter(later);
      for (let at = 0; at < rest.length; at += CHUNK_ROWS) {
        for (const row of rest.slice(at, at + CHUNK_ROWS)) take(row);
        await pause();
        check();
      }
    } else {
      all = [];
      // A lock aborts the read: that is reported as the lock it is.
      const next = () => reading!.next().catch((error: unknown) => {
        check();
        throw error;
      });
      for (let chunk = await next(); chunk; chunk = await next()) {
        check();
        for (const row of chunk) {
          all.push(row);
          if (later(row)) take(row);
        }
        await pause();
        check();
      }
    }
    // The complete check, over every row (those opened above are not opened again, and the index
    // read above is not read again when its rows are the ones it finds).
    const loaded = await loadRecords(db, key, { mode: 'real', expectIndex: true }, { rows: all, opened, reading: read.reading });
    check();
    return loaded;
  })();
  // A stop may leave nobody waiting: the rejection is still handled.
  done.catch(() => undefined);
  const whole = [...kindRows.values()].every((list) => list.length <= EAGER_ROWS);
  return {
    preview, done, whole,
    stop: () => {
      stopped = true;
      reading?.cancel();
      opened.clear();
      byRow.clear();
    },
  };
}
