// The sealed index: encrypted rows that list every live record row with its kind and the
// counter value it was written at. A root row names 32 shard rows (and their counters); each
// write updates one shard and the root in the same transaction as the record, so at unlock a
// row that is missing, older than listed, or not listed at all is reported, never silently
// accepted. What it cannot see: the whole storage put back as it was (root and all).
import { randomId } from './crypto';
import { sealEnvelope } from './envelope';
import type { RecordEnvelope, SealedRecord } from '../format';

export const ROOT_KIND = '_root';
export const SHARD_KIND = '_shard';
export const SHARDS = 32;
/** Rows the index itself takes on disk: the root and every shard (all written from the start, so
 *  the row count moves only with records, not with which shard a write happened to touch). */
export const INDEX_ROWS = SHARDS + 1;

export interface IndexEntry { k: string; n: number }
/** Counts by record kind. */
export type KindCounts = Record<string, number>;
export interface IntegrityReport {
  /** Listed, but the row is gone. */
  missing: KindCounts;
  /** The row is an older copy than the one listed. */
  rolledBack: KindCounts;
  /** A row nobody listed: put back after deletion, or slipped in. */
  unlisted: KindCounts;
  /** The index itself (or part of it) is gone or was put back. */
  indexDamaged: boolean;
}

export const cleanReport = (): IntegrityReport => ({ missing: {}, rolledBack: {}, unlisted: {}, indexDamaged: false });

/** FNV-1a over the row id: which shard lists it. */
export function shardOf(rowId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < rowId.length; i++) h = Math.imul(h ^ rowId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

const bump = (counts: KindCounts, kind: string) => void (counts[kind] = (counts[kind] ?? 0) + 1);

interface RootData { counter: number; shards: string[]; shardN: number[] }
interface ShardData { s: number; e: Array<[string, string, number]> }

/** Pending changes to the index for one transaction: applied only once it commits. */
export interface IndexChange {
  /** The counter value for a row being written (stored inside its envelope). */
  stamp(rowId: string, kind: string): number;
  drop(rowId: string): void;
  /** The shard and root rows to write in the same transaction (`all`: every shard, as after a new key). */
  seal(key: Uint8Array, options?: { all?: boolean }): SealedRecord[];
  apply(): void;
}

export class IntegrityIndex {
  private counter = 0;
  private rootId = randomId();
  private shardIds = Array.from({ length: SHARDS }, () => randomId());
  private shardN = new Array<number>(SHARDS).fill(0);
  private shards = Array.from({ length: SHARDS }, () => new Map<string, IndexEntry>());
  /** Shards to write with the next change: all of them for a new index, or after a rebuild. */
  private dirty = new Set<number>(Array.from({ length: SHARDS }, (_, s) => s));

  /** Row ids of the index's own rows (so they are never taken for records). */
  ownRows(): Set<string> {
    return new Set([this.rootId, ...this.shardIds]);
  }

  entry(rowId: string): IndexEntry | undefined {
    return this.shards[shardOf(rowId)]!.get(rowId);
  }

  /**
   * A change is built up over time (an import stamps rows for minutes) but sealed from the index
   * as it is at commit, so changes that committed in between are kept. Sealing and applying must
   * not interleave with another change's: the core runs its writes one at a time.
   */
  change(): IndexChange {
    const sets = new Map<string, IndexEntry>();
    const drops = new Set<string>();
    let sealed: number[] | null = null;
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
        const touched = new Set<number>(this.dirty);
        for (const id of [...sets.keys(), ...drops]) touched.add(shardOf(id));
        if (options?.all) for (let s = 0; s < SHARDS; s++) touched.add(s);
        const shardN = [...this.shardN];
        const rows: SealedRecord[] = [];
        for (const s of touched) {
          const entries = new Map(this.shards[s]);
          for (const [id, e] of sets) if (shardOf(id) === s) entries.set(id, e);
          for (const id of drops) if (shardOf(id) === s) entries.delete(id);
          const data: ShardData = { s, e: [...entries].map(([id, e]) => [id, e.k, e.n]) };
          const n = ++this.counter;
          shardN[s] = n;
          rows.push(sealEnvelope({ k: SHARD_KIND, d: data, n }, this.shardIds[s]!, key));
        }
        const root: RootData = { counter: ++this.counter, shards: this.shardIds, shardN };
        rows.push(sealEnvelope({ k: ROOT_KIND, d: root, n: root.counter }, this.rootId, key));
        sealed = shardN;
        return rows;
      },
      apply: () => {
        for (const [id, e] of sets) this.shards[shardOf(id)]!.set(id, e);
        for (const id of drops) this.shards[shardOf(id)]!.delete(id);
        if (sealed) this.shardN = sealed;
        this.dirty.clear();
      },
    };
  }

  /** An index listing exactly these rows as they are now (a new vault, an upgrade, "accept"). */
  static of(rows: Iterable<[string, IndexEntry]>, counter = 0): IntegrityIndex {
    const index = new IntegrityIndex();
    for (const [id, e] of rows) {
      index.shards[shardOf(id)]!.set(id, e);
      index.counter = Math.max(index.counter, e.n);
    }
    index.counter = Math.max(index.counter, counter);
    for (let s = 0; s < SHARDS; s++) index.dirty.add(s);
    return index;
  }

  /** A rebuilt index keeps its row ids (old copies of the index then stay unlisted). */
  rebuilt(rows: Iterable<[string, IndexEntry]>): IntegrityIndex {
    const next = IntegrityIndex.of(rows, this.counter);
    next.rootId = this.rootId;
    next.shardIds = this.shardIds;
    return next;
  }

  /**
   * Reads the index from the opened rows and checks every row against it. `rows`: row id ->
   * envelope, for every row this key opened. `expected`: whether this vault must have an index.
   */
  static verify(rows: Map<string, RecordEnvelope>, expected: boolean): { index: IntegrityIndex; report: IntegrityReport; indexRows: Set<string> } {
    const report = cleanReport();
    const roots = [...rows].filter(([, e]) => e.k === ROOT_KIND);
    const indexRows = new Set<string>([...rows].filter(([, e]) => e.k === ROOT_KIND || e.k === SHARD_KIND).map(([id]) => id));
    const records = [...rows].filter(([id]) => !indexRows.has(id));
    const asEntries = (): Array<[string, IndexEntry]> => records.map(([id, e]) => [id, { k: e.k, n: e.n ?? 0 }]);
    roots.sort((a, b) => ((b[1].d as RootData).counter ?? 0) - ((a[1].d as RootData).counter ?? 0));
    const top = roots[0];
    const root = top?.[1].d as RootData | undefined;
    if (!top || !root || !Array.isArray(root.shards) || root.shards.length !== SHARDS || !Array.isArray(root.shardN)) {
      report.indexDamaged = expected;
      return { index: IntegrityIndex.of(asEntries()), report, indexRows };
    }
    const index = new IntegrityIndex();
    index.dirty.clear();
    index.rootId = top[0];
    index.shardIds = root.shards.map(String);
    index.counter = root.counter;
    index.shardN = root.shardN.map(Number);
    for (let s = 0; s < SHARDS; s++) {
      const shard = rows.get(index.shardIds[s]!);
      const data = shard?.d as ShardData | undefined;
      if (!shard || shard.k !== SHARD_KIND || data?.s !== s || shard.n !== index.shardN[s] || !Array.isArray(data.e)) {
        report.indexDamaged = true;
        index.dirty.add(s);
        continue;
      }
      for (const [id, k, n] of data.e) index.shards[s]!.set(id, { k, n });
    }
    // A damaged shard is rebuilt from the rows it should list (the damage itself is reported).
    for (const [id, e] of records) if (index.dirty.has(shardOf(id))) index.shards[shardOf(id)]!.set(id, { k: e.k, n: e.n ?? 0 });
    const seen = new Set<string>();
    for (const [id, envelope] of records) {
      seen.add(id);
      const listed = index.entry(id);
      if (!listed) bump(report.unlisted, envelope.k);
      else if ((envelope.n ?? 0) < listed.n) bump(report.rolledBack, envelope.k);
      else if ((envelope.n ?? 0) > listed.n) report.indexDamaged = true;
    }
    for (const shard of index.shards) for (const [id, e] of shard) if (!seen.has(id)) bump(report.missing, e.k);
    for (const [id] of roots.slice(1)) if (id !== index.rootId) bump(report.unlisted, ROOT_KIND);
    return { index, report, indexRows };
  }
}
