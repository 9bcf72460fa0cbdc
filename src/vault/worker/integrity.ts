// The sealed index (format v3, docs/FORMAT.md §1.4): encrypted rows that list every live record
// row with its kind and the counter value it was written at. A root row names 256 shard rows
// (with their counters) and 64 log rows. An ordinary write adds one log row (the write's own
// changes, chained to the one before) beside its records, in the same transaction; every 64th
// write folds the log into the shards it touched and the root. So a save writes bytes in
// proportion to the change, and at unlock a row that is missing, older than listed, or not listed
// at all is still reported, never silently accepted. What it cannot see: the storage put back as
// it was at an earlier moment (root, log and all). Also reads a v2 index (32 shards, no log).
import { sealEnvelope } from './envelope';
import type { RecordEnvelope, SealedRecord } from '../format';
import {
  INDEX_ROWS, LOG_KIND, LOG_ROWS, ROOT_KIND, SHARDS, SHARD_KIND, V2_SHARDS, bump, cleanReport, freshIds, shardOf,
  type IndexEntry, type IntegrityReport, type LogData, type RootData, type ShardData,
} from './index-rows';

export { INDEX_ROWS, LOG_KIND, LOG_ROWS, ROOT_KIND, SHARDS, SHARD_KIND, cleanReport, isClean, shardOf, type IndexEntry, type IntegrityReport, type KindCounts } from './index-rows';

/**
 * What the index's own rows say, before any record is checked against it (IntegrityIndex.verify):
 * unlock's preview reads it, and the complete check takes it over when the same rows are there.
 */
export interface IndexReading {
  index: IntegrityIndex;
  v3: boolean;
  rootId: string;
  root: RecordEnvelope;
  /** Every shard and log row id read, with the envelope found there (undefined: none). */
  consulted: Map<string, RecordEnvelope | undefined>;
  damagedShards: Set<number>;
  /** The index's own rows are damaged (a shard or log row missing, stale or out of its chain). */
  damaged: boolean;
  /** The index, for a complete check to adopt (and change): this one the first time. */
  taken(): IntegrityIndex;
}

/** Pending changes to the index for one transaction: applied only once it commits. */
export interface IndexChange {
  /** The counter value for a row being written (stored inside its envelope). */
  stamp(rowId: string, kind: string): number;
  drop(rowId: string): void;
  /** The index rows to write in the same transaction (`all`: every one of them, as after a new key). */
  seal(key: Uint8Array, options?: { all?: boolean }): SealedRecord[];
  apply(): void;
}

export class IntegrityIndex {
  private counter = 0;
  private rootId: string;
  private shardIds: string[];
  private shardN = new Array<number>(SHARDS).fill(0);
  private shards = Array.from({ length: SHARDS }, () => new Map<string, IndexEntry>());
  private logIds: string[];
  /** The last sequence number folded into the shards (the root's `q`), and the last one written. */
  private rootQ = 0;
  private q = 0;
  /** The counter of the newest index row (root or log row): the next log row's `p`. */
  private head = 0;
  /** Shards changed since the last fold (their changes live in the log until then). */
  private dirty = new Set<number>();
  /** Every index row is written with the next change: a new index, damage, a v2 index. */
  private full = true;
  /** The next change folds (the shards a rebuild changed, and the root) instead of adding a log row. */
  private foldNext = false;

  /** `ids`: the row ids of an index read from disk (else fresh ones, for an index not yet written). */
  constructor(ids?: { root: string; shards: string[]; log: string[] }) {
    const fresh = ids ? null : freshIds(INDEX_ROWS);
    this.rootId = ids?.root ?? fresh![0]!;
    this.shardIds = ids?.shards ?? fresh!.slice(1, 1 + SHARDS);
    this.logIds = ids?.log ?? fresh!.slice(1 + SHARDS);
  }

  /** The root's row id (the header's hint to it: lazy-load.ts). */
  get rootRow(): string {
    return this.rootId;
  }

  /** Row ids of the index's own rows (so they are never taken for records). */
  ownRows(): Set<string> {
    return new Set([this.rootId, ...this.shardIds, ...this.logIds]);
  }

  private shardFor(rowId: string): number {
    return shardOf(rowId, this.shardIds.length);
  }

  entry(rowId: string): IndexEntry | undefined {
    return this.shards[this.shardFor(rowId)]!.get(rowId);
  }

  /**
   * A change is built up over time (an import stamps rows for minutes) but sealed from the index
   * as it is at commit, so changes that committed in between are kept. Sealing and applying must
   * not interleave with another change's: the core runs its writes one at a time.
   */
  change(): IndexChange {
    const sets = new Map<string, IndexEntry>();
    const drops = new Set<string>();
    let after: null | { q: number; rootQ: number; head: number; shardN: number[] | null; full: boolean } = null;
    return {
      stamp: (rowId, kind) => {
        const n = ++this.counter;
        sets.set(rowId, { k: kind, n });
        drops.delete(rowId);
        return n;
      },
      drop: (rowId) => {
        sets.delete(rowId);
        drops.add(rowId);
      },
      seal: (key, options) => {
        const q = this.q + 1;
        const all = Boolean(options?.all) || this.full;
        const rows: SealedRecord[] = [];
        if (!all && !this.foldNext && q - this.rootQ < LOG_ROWS) {
          // An ordinary write: one log row, in the slot its sequence number names.
          const j = q % LOG_ROWS;
          const data: LogData = { j, q, p: this.head, e: [...sets].map(([id, e]) => [id, e.k, e.n]), x: [...drops] };
          const n = ++this.counter;
          rows.push(sealEnvelope({ k: LOG_KIND, d: data, n }, this.logIds[j]!, key));
          after = { q, rootQ: this.rootQ, head: n, shardN: null, full: false };
          return rows;
        }
        // A fold: the shards the log and this write touched, then the root; the log starts again.
        const touched = new Set<number>(this.dirty);
        for (const id of [...sets.keys(), ...drops]) touched.add(this.shardFor(id));
        if (all) for (let s = 0; s < this.shardIds.length; s++) touched.add(s);
        const shardN = [...this.shardN];
        for (const s of touched) {
          const entries = new Map(this.shards[s]);
          for (const [id, e] of sets) if (this.shardFor(id) === s) entries.set(id, e);
          for (const id of drops) if (this.shardFor(id) === s) entries.delete(id);
          const data: ShardData = { s, e: [...entries].map(([id, e]) => [id, e.k, e.n]) };
          const n = ++this.counter;
          shardN[s] = n;
          rows.push(sealEnvelope({ k: SHARD_KIND, d: data, n }, this.shardIds[s]!, key));
        }
        if (all) {
          // Every log row too (under this key, listing nothing new): none is left from before.
          for (let j = 0; j < LOG_ROWS; j++) {
            const data: LogData = { j, q: 0, p: 0, e: [], x: [] };
            rows.push(sealEnvelope({ k: LOG_KIND, d: data, n: ++this.counter }, this.logIds[j]!, key));
          }
        }
        const root: RootData = { counter: ++this.counter, shards: this.shardIds, shardN, log: this.logIds, q };
        rows.push(sealEnvelope({ k: ROOT_KIND, d: root, n: root.counter }, this.rootId, key));
        after = { q, rootQ: q, head: root.counter, shardN, full: false };
        return rows;
      },
      apply: () => {
        for (const [id, e] of sets) this.shards[this.shardFor(id)]!.set(id, e);
        for (const id of drops) this.shards[this.shardFor(id)]!.delete(id);
        if (!after) return;
        if (after.shardN) {
          this.shardN = after.shardN;
          this.dirty.clear();
          this.foldNext = false;
        } else {
          for (const id of [...sets.keys(), ...drops]) this.dirty.add(this.shardFor(id));
        }
        this.q = after.q;
        this.rootQ = after.rootQ;
        this.head = after.head;
        this.full = after.full;
      },
    };
  }

  /** An index listing exactly these rows as they are now (a new vault, an upgrade, "accept"). */
  static of(rows: Iterable<[string, IndexEntry]>, counter = 0): IntegrityIndex {
    const index = new IntegrityIndex();
    for (const [id, e] of rows) {
      index.shards[index.shardFor(id)]!.set(id, e);
      index.counter = Math.max(index.counter, e.n);
    }
    index.counter = Math.max(index.counter, counter);
    return index;
  }

  /**
   * A rebuilt index keeps its row ids (old copies of the index then stay unlisted). Unless this
   * one must be written whole anyway, the next change folds only the shards whose listing changed
   * (and the root), and the log goes on from where it was.
   */
  rebuilt(rows: Iterable<[string, IndexEntry]>): IntegrityIndex {
    const next = IntegrityIndex.of(rows, this.counter);
    next.keepIds(this);
    if (this.full || this.shardIds.length !== next.shardIds.length) return next;
    next.full = false;
    next.foldNext = true;
    next.q = this.q;
    next.rootQ = this.rootQ;
    next.head = this.head;
    next.shardN = [...this.shardN];
    next.dirty = new Set(this.dirty);
    this.shards.forEach((shard, s) => {
      const other = next.shards[s]!;
      if (shard.size !== other.size || [...shard].some(([id, e]) => other.get(id)?.n !== e.n || other.get(id)?.k !== e.k)) next.dirty.add(s);
    });
    return next;
  }

  /** The rows the index lists, by kind: [row id, counter] each (unlock's preview: lazy-load.ts). */
  byKind(): Map<string, Array<[string, number]>> {
    const out = new Map<string, Array<[string, number]>>();
    for (const shard of this.shards) {
      for (const [id, e] of shard) {
        let list = out.get(e.k);
        if (!list) out.set(e.k, (list = []));
        list.push([id, e.n]);
      }
    }
    return out;
  }

  /** Every row the index lists, as it lists it. */
  listing(): Array<[string, IndexEntry]> {
    return this.listed();
  }

  private listed(): Array<[string, IndexEntry]> {
    return this.shards.flatMap((shard) => [...shard]);
  }

  /** Takes over another index's row ids: the root, and as many shards and log rows as it had. */
  private keepIds(from: IntegrityIndex): void {
    this.rootId = from.rootId;
    from.shardIds.forEach((id, s) => (this.shardIds[s] = id));
    from.logIds.forEach((id, j) => (this.logIds[j] = id));
    // Entries were placed by the new shard count already (of() uses SHARDS): nothing to move.
  }

  /**
   * Reads the index from the opened rows and checks every row against it. `rows`: row id ->
   * envelope, for every row this key opened. `expected`: whether this vault must have an index.
   * `check` false: only the index's own rows are given, to read what it lists (unlock's preview);
   * nothing is checked against it then, and the report means nothing. `earlier`: what such a
   * preview read (its `reading`): taken over instead of reading the index again (10,000 listings)
   * only when the root this check takes, and every shard and log row it names, are the very
   * envelopes the preview read; else the index is read again from `rows`.
   */
  static verify(rows: Map<string, RecordEnvelope>, expected: boolean, check = true, earlier?: IndexReading | null): { index: IntegrityIndex; report: IntegrityReport; indexRows: Set<string>; reading: IndexReading | null } {
    const roots: Array<[string, RecordEnvelope]> = [];
    const indexRows = new Set<string>();
    const records: Array<[string, RecordEnvelope]> = [];
    for (const entry of rows) {
      const k = entry[1].k;
      if (k === ROOT_KIND) roots.push(entry);
      if (k === ROOT_KIND || k === SHARD_KIND || k === LOG_KIND) indexRows.add(entry[0]);
      else records.push(entry);
    }
    roots.sort((a, b) => ((b[1].d as RootData).counter ?? 0) - ((a[1].d as RootData).counter ?? 0));
    const top = roots[0];
    const reading = top && earlier && earlier.rootId === top[0] && earlier.root === top[1] && [...earlier.consulted].every(([id, e]) => rows.get(id) === e)
      ? earlier
      : IntegrityIndex.read(rows, top);
    if (!reading) {
      const report = cleanReport();
      report.indexDamaged = expected;
      return { index: IntegrityIndex.of(records.map(([id, e]) => [id, { k: e.k, n: e.n ?? 0 }])), report, indexRows, reading: null };
    }
    // The reading is never changed below (a preview's is read again by the complete check): the
    // index it gave is, once, by the complete check that takes it over.
    const report = cleanReport();
    report.indexDamaged = reading.damaged;
    const index = reading === earlier && check ? reading.taken() : reading.index;
    // A damaged shard is rebuilt from the rows it should list (the damage itself is reported), and
    // the whole index is written again with the next change.
    if (reading.damagedShards.size) {
      index.full = true;
      for (const [id, e] of records) if (reading.damagedShards.has(index.shardFor(id))) index.shards[index.shardFor(id)]!.set(id, { k: e.k, n: e.n ?? 0 });
    }
    // Row ids are unique: when as many listed rows were found as the index lists, none is missing
    // (the per-row pass below is then skipped, not its finding).
    let found = 0;
    for (const [id, envelope] of records) {
      const listed = index.entry(id);
      if (!listed) bump(report.unlisted, envelope.k);
      else {
        found++;
        if ((envelope.n ?? 0) < listed.n) bump(report.rolledBack, envelope.k);
        else if ((envelope.n ?? 0) > listed.n) report.indexDamaged = true;
      }
    }
    if (check && found < index.size()) {
      const seen = new Set(records.map(([id]) => id));
      for (const shard of index.shards) for (const [id, e] of shard) if (!seen.has(id)) bump(report.missing, e.k);
    }
    for (const [id] of roots.slice(1)) if (id !== index.rootId) bump(report.unlisted, ROOT_KIND);
    // A v2 index becomes a v3 one listing the same (findings included), written whole by the upgrade.
    return { index: reading.v3 ? index : index.rebuilt(index.listed()), report, indexRows, reading };
  }

  /** How many rows the index lists. */
  private size(): number {
    let total = 0;
    for (const shard of this.shards) total += shard.size;
    return total;
  }

  /**
   * The index as its own rows give it: the root `top`, the shards and log rows it names (null
   * when there is no root, or it is malformed). Reads only the rows it names (`consulted`).
   */
  private static read(rows: Map<string, RecordEnvelope>, top: [string, RecordEnvelope] | undefined): IndexReading | null {
    const root = top?.[1].d as RootData | undefined;
    const v3 = Array.isArray(root?.log);
    if (!top || !root || !Array.isArray(root.shards) || !Array.isArray(root.shardN) || root.shards.length !== (v3 ? root.shardN.length : V2_SHARDS) || root.shardN.length !== root.shards.length
      || (v3 && (root.shards.length < 1 || root.log!.length !== LOG_ROWS || !Number.isInteger(root.q)))) {
      return null;
    }
    const consulted = new Map<string, RecordEnvelope | undefined>();
    const get = (id: string) => {
      const row = rows.get(id);
      consulted.set(id, row);
      return row;
    };
    const report = cleanReport();
    // A v2 root names no log rows: fresh ones, for the upgrade to write.
    const index = new IntegrityIndex({ root: top[0], shards: root.shards.map(String), log: v3 ? root.log!.map(String) : freshIds(LOG_ROWS) });
    const count = root.shards.length;
    index.shardN = root.shardN.map(Number);
    index.shards = Array.from({ length: count }, () => new Map<string, IndexEntry>());
    index.counter = root.counter;
    index.head = root.counter;
    index.full = !v3; // a v2 index is written again whole, as v3, by the next write (the upgrade)
    const damagedShards = new Set<number>();
    for (let s = 0; s < count; s++) {
      const shard = get(index.shardIds[s]!);
      const data = shard?.d as ShardData | undefined;
      if (!shard || shard.k !== SHARD_KIND || data?.s !== s || shard.n !== index.shardN[s] || !Array.isArray(data.e)) {
        report.indexDamaged = true;
        damagedShards.add(s);
        continue;
      }
      for (const [id, k, n] of data.e) index.shards[s]!.set(id, { k, n });
    }
    if (v3) index.readLog(get, root, report);
    let taken = false;
    return {
      index, v3, rootId: top[0], root: top[1], consulted, damagedShards, damaged: report.indexDamaged,
      // A complete check changes the index it adopts (a damaged shard rebuilt, then writes): the
      // preview's is handed over once; a second check reads the index again.
      taken: () => {
        if (taken) return IntegrityIndex.read(rows, top)!.index;
        taken = true;
        return index;
      },
    };
  }

  /**
   * The log after the root's fold: rows whose `q` is past the root's, which must run q+1, q+2, …
   * without a gap, each in slot q mod 64 and following the one before (`p`). Their changes are
   * applied over the shards in order. Anything else (a log row missing, a gap, a broken chain) is
   * index damage, and the rest of the log is not trusted.
   */
  private readLog(get: (id: string) => RecordEnvelope | undefined, root: RootData, report: IntegrityReport): void {
    this.logIds = root.log!.map(String);
    this.rootQ = this.q = root.q!;
    const pending = new Map<number, { data: LogData; n: number }>();
    this.logIds.forEach((id, j) => {
      const row = get(id);
      const data = row?.d as LogData | undefined;
      if (!row || row.k !== LOG_KIND || data?.j !== j || !Number.isInteger(data.q) || !Array.isArray(data.e) || !Array.isArray(data.x)) {
        report.indexDamaged = true;
        this.full = true;
        return;
      }
      if (data.q > this.rootQ) pending.set(data.q, { data, n: row.n ?? 0 });
    });
    for (let q = this.rootQ + 1; pending.size; q++) {
      const next = pending.get(q);
      if (!next || next.data.j !== q % LOG_ROWS || next.data.p !== this.head || next.n <= this.head) {
        report.indexDamaged = true;
        this.full = true;
        return;
      }
      pending.delete(q);
      for (const [id, k, n] of next.data.e) {
        const s = this.shardFor(id);
        this.shards[s]!.set(id, { k, n });
        this.dirty.add(s);
      }
      for (const id of next.data.x) {
        const s = this.shardFor(id);
        this.shards[s]!.delete(id);
        this.dirty.add(s);
      }
      this.q = q;
      this.head = next.n;
      this.counter = Math.max(this.counter, next.n);
    }
  }
}
