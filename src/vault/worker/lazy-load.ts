// Unlock without waiting for all of history (issue 27): the sealed index's own rows and every
// record of the small kinds are opened at once, and the newest rows of the big kinds by the
// index's counters; the rest are read in the background (read-rows.ts), then opened in chunks,
// and then the complete check of load.ts runs over them all. Until it has, nothing is reported
// (clean or not) and no write runs: the preview only answers reads.
import { openEnvelope } from './envelope';
import { open, seal } from './crypto';
import { FORMAT_VERSION, rootHintAD, type RecordEnvelope, type SealedRecord, type VaultHeader } from '../format';
import { VaultError } from '../errors';
import { STAGED_PREFIX } from '../backup/stage';
import { IntegrityIndex, LOG_KIND, ROOT_KIND, SHARD_KIND, isClean } from './integrity';
import { loadRecords, type Loaded } from './load';
import { allRows, rowChunks, rowsById, type RowChunks } from './read-rows';
import type { Db } from './db';
import { Preview, type Yield } from './preview';

/** How many rows of one kind are opened at unlock at most; a kind with more is a "big" one. */
export const EAGER_ROWS = 200;
/** Rows opened per background step, between which the worker answers other calls. */
export const CHUNK_ROWS = 500;
/** Rows handed over at a time by the background load's read (the worker answers calls between them). */
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
    rows = await allRows(db);
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
  let reading: RowChunks | null = null;
  const done = (async (): Promise<Loaded> => {
    await pause();
    check();
    reading = rows ? null : rowChunks(db, READ_ROWS, true);
    const later = (row: SealedRecord) => !opened.has(row.id) && !row.id.startsWith(STAGED_PREFIX);
    let all: SealedRecord[];
    if (rows) all = rows;
    else {
      all = [];
      // A lock aborts the read: that is reported as the lock it is. The rows are only gathered
      // while the cursors read: each cursor goes on only when this thread takes its next row, so
      // opening rows meanwhile held the reading up (about 200 ms of 10,000 rows on machine B).
      const next = () => reading!.next().catch((error: unknown) => {
        check();
        throw error;
      });
      for (let chunk = await next(); chunk; chunk = await next()) {
        check();
        for (const row of chunk) all.push(row);
        await pause();
        check();
      }
    }
    const rest = all.filter(later);
    for (let at = 0; at < rest.length; at += CHUNK_ROWS) {
      for (const row of rest.slice(at, at + CHUNK_ROWS)) take(row);
      await pause();
      check();
    }
    // The complete check, over every row (those opened above are not opened again, and the index
    // read above is not read again when its rows are the ones it finds).
    const loaded = await loadRecords(db, key, { mode: 'real', expectIndex: true }, { rows: all, opened, reading: read.reading });
    check();
    if (!reading?.split || (isClean(loaded.report) && !loaded.damaged)) return loaded;
    // Read in parts, the rows may straddle another tab's write (or passphrase change): a finding
    // is said only of one state, so then every row is read again in one transaction and checked
    // afresh (rows opened before are opened again: one may have changed in between).
    opened.clear();
    const oneState = await allRows(db);
    check();
    const again = await loadRecords(db, key, { mode: 'real', expectIndex: true }, { rows: oneState, opened });
    check();
    return again;
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
