// The sealed index's fixed sizes, the shapes of its rows as stored, and the report it gives at
// unlock (integrity.ts keeps the index itself: changing it, sealing it, reading and checking it).
import { randomBytes, toBase64 } from './crypto';

export const ROOT_KIND = '_root';
export const SHARD_KIND = '_shard';
export const LOG_KIND = '_log';
/** Shards of a v3 index (a v2 index had 32; shard of a row = FNV-1a-32(row id) mod their number). */
export const SHARDS = 256;
/** Log rows of a v3 index: at most LOG_ROWS - 1 writes wait in the log before it is folded. */
export const LOG_ROWS = 64;
/** Rows the index itself takes on disk: the root, every shard and every log row (all written from
 *  the start, so the row count moves only with records, not with which rows a write touched). */
export const INDEX_ROWS = 1 + SHARDS + LOG_ROWS;
export const V2_SHARDS = 32;

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

/** Nothing found: no row missing, rolled back or unlisted, and the index whole. */
export const isClean = (report: IntegrityReport): boolean =>
  !report.indexDamaged && [report.missing, report.rolledBack, report.unlisted].every((counts) => Object.keys(counts).length === 0);

/** FNV-1a over the row id: which of `shards` lists it. */
export function shardOf(rowId: string, shards = SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < rowId.length; i++) h = Math.imul(h ^ rowId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

/** `count` fresh random row ids (16 bytes each, as randomId()) from one draw: an index is made at
 *  every unlock and lock, and 321 separate draws cost more than reading the index (issue 27). */
export function freshIds(count: number): string[] {
  const bytes = randomBytes(16 * count);
  return Array.from({ length: count }, (_, i) => toBase64(bytes.subarray(16 * i, 16 * i + 16)));
}

export const bump = (counts: KindCounts, kind: string) => void (counts[kind] = (counts[kind] ?? 0) + 1);

export type Listing = Array<[string, string, number]>;
/** `q`: the last log sequence number folded into the shards; `log`: the log rows (v3 only). */
export interface RootData { counter: number; shards: string[]; shardN: number[]; log?: string[]; q?: number }
export interface ShardData { s: number; e: Listing }
/** One write's changes: `q` its sequence number, `p` the counter of what it follows (the log row
 *  before it, or the root for the first after a fold), `e` rows written, `x` rows removed. */
export interface LogData { j: number; q: number; p: number; e: Listing; x: string[] }
