// Unlock without waiting for all of history (issue 27): the sealed index's own rows and every
// record of the small kinds are opened at once, and the newest rows of the big kinds by the
// index's counters; the rest are opened in the background in chunks, and then the complete
// check of load.ts runs over them all. Until it has, nothing is reported (clean or not) and no
// write runs: the preview only answers reads.
import { openEnvelope } from './envelope';
import { FORMAT_VERSION, STORE, type RecordEnvelope, type SealedRecord } from '../format';
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

export interface Background {
  preview: Preview;
  /** Nothing is left to open (no kind has more than EAGER_ROWS rows): `done` needs no waiting for. */
  whole: boolean;
  /** Everything opened and checked, as loadRecords reports it; rejects ('locked') if stopped. */
  done: Promise<Loaded>;
  /** Stops at the next step (a lock): what was opened is let go. */
  stop(): void;
}

/**
 * Opens the index and the newest rows now, the rest after. `page`: how many of a big kind's
 * newest rows are opened at once. null when this vault cannot be previewed (no readable v3 index
 * under this key): the caller then loads it whole, as before.
 */
export async function startLoad(db: Db, key: Uint8Array, page: number, pause: Yield): Promise<Background | null> {
  const rows = await db.getAll(STORE.records);
  const byRow = new Map(rows.map((r) => [r.id, r]));
  const opened = new Map<string, RecordEnvelope | null>();
  const open = (row: SealedRecord): RecordEnvelope | null => {
    if (!opened.has(row.id)) opened.set(row.id, row.v === FORMAT_VERSION ? openEnvelope(row, key) : null);
    return opened.get(row.id)!;
  };
  // The root names every other index row; it is the largest row (256 shard ids and 64 log ids,
  // padded to 16 KiB), so the rows are tried largest first: a few opens, not thousands.
  const bySize = rows.filter((r) => !r.id.startsWith(STAGED_PREFIX)).sort((a, b) => b.ct.length - a.ct.length);
  let rootSize = -1;
  const index = new Map<string, RecordEnvelope>();
  for (const row of bySize) {
    if (rootSize >= 0 && row.ct.length < rootSize) break;
    const envelope = open(row);
    if (envelope?.k !== ROOT_KIND) continue;
    rootSize = row.ct.length;
    index.set(row.id, envelope);
  }
  if (!index.size) return null;
  for (const root of [...index.values()]) {
    const d = root.d as { shards?: unknown; log?: unknown };
    for (const id of [...(Array.isArray(d.shards) ? d.shards : []), ...(Array.isArray(d.log) ? d.log : [])]) {
      const row = typeof id === 'string' ? byRow.get(id) : undefined;
      const envelope = row && open(row);
      if (envelope && (envelope.k === SHARD_KIND || envelope.k === LOG_KIND)) index.set(row.id, envelope);
    }
  }
  // Only the index's rows: what it lists (kind and counter of every row), not yet checked.
  const listing = new Map(IntegrityIndex.verify(index, true).index.listing());
  const preview = new Preview();
  const kindRows = new Map<string, Array<[string, number]>>();
  for (const [rowId, e] of listing) {
    if (!kindRows.has(e.k)) kindRows.set(e.k, []);
    kindRows.get(e.k)!.push([rowId, e.n]);
  }
  const later: SealedRecord[] = [];
  const take = (row: SealedRecord | undefined) => {
    const envelope = row && open(row);
    if (envelope && envelope.k !== ROOT_KIND && envelope.k !== SHARD_KIND && envelope.k !== LOG_KIND) preview.add(row.id, envelope);
  };
  for (const [kind, list] of kindRows) {
    preview.counts.set(kind, list.length);
    const small = list.length <= EAGER_ROWS;
    if (!small) list.sort((a, b) => b[1] - a[1]);
    list.forEach(([rowId], i) => (small || i < page ? take(byRow.get(rowId)) : later.push(byRow.get(rowId)!)));
  }
  // Rows the index does not list (a decoy's, slipped in, damaged): few; opened now.
  for (const row of bySize) if (!listing.has(row.id) && !index.has(row.id)) take(row);
  // A listed row that is gone, or holds another kind than listed, leaves its kind incomplete
  // until the complete check (which reports it).
  for (const [kind, list] of kindRows) {
    if (list.every(([rowId]) => { const e = opened.get(rowId); return e !== undefined && e?.k === kind; })) preview.complete.add(kind);
  }
  let stopped = false;
  const done = (async (): Promise<Loaded> => {
    for (let at = 0; at < later.length; at += CHUNK_ROWS) {
      await pause();
      if (stopped) throw new VaultError('locked');
      for (const row of later.slice(at, at + CHUNK_ROWS)) if (row) take(row);
    }
    await pause();
    if (stopped) throw new VaultError('locked');
    // The complete check, over every row (those opened above are not opened again).
    const loaded = await loadRecords(db, key, { mode: 'real', expectIndex: true }, { rows, opened });
    if (stopped) throw new VaultError('locked');
    return loaded;
  })();
  // A stop may leave nobody waiting: the rejection is still handled.
  done.catch(() => undefined);
  return {
    preview, done, whole: later.length === 0,
    stop: () => {
      stopped = true;
      opened.clear();
      byRow.clear();
      rows.length = 0;
      later.length = 0;
    },
  };
}
