// The tamper-evident log: every saved version of every entry, hash-chained in save order.
// What it proves: a report's fingerprint commits to every version saved before it, so any
// later change to, removal of or reordering of those versions no longer matches. What it
// cannot prove: that the newest versions were not removed together (the printed
// fingerprint of an earlier report is the check for that), or anything against someone who
// holds the passphrase and rewrites the whole chain.
import { upgradeEntry, type EntryData, type VersionRecord } from '../model';
import { readEntryData } from '../read';

export const CHAIN_VERSION = 1;
export const GENESIS = '0'.repeat(64);

export type { VersionRecord };

/** Deterministic JSON: keys sorted at every level, undefined dropped, non-finite numbers refused. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`cannot hash a ${typeof value}`);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

type Unhashed = Omit<VersionRecord, 'hash'>;

export function hashVersion(record: Unhashed): Promise<string> {
  const { chain, seq, entryId, version, recordedAt, prev, data } = record;
  return sha256Hex(canonicalJson({ chain, seq, entryId, version, recordedAt, prev, data }));
}

/** The next link: `last` is the chain's newest version (undefined for the first save). */
export async function makeVersion(
  last: VersionRecord | undefined, entryId: string, version: number, data: EntryData, recordedAt: number,
): Promise<VersionRecord> {
  const record: Unhashed = {
    chain: CHAIN_VERSION, seq: last ? last.seq + 1 : 0, entryId, version, recordedAt, prev: last?.hash ?? GENESIS,
    // A deep copy through JSON: what is hashed is exactly what gets stored.
    data: JSON.parse(JSON.stringify(data)) as EntryData,
  };
  return { ...record, hash: await hashVersion(record) };
}

export type BreakReason = 'hash' | 'link' | 'gap' | 'duplicate' | 'version';
export interface ChainBreak { seq: number; entryId: string; version: number; reason: BreakReason }
export interface ChainResult { ok: boolean; count: number; fingerprint: string; breaks: ChainBreak[] }
/** The journal's own chain, and any other chain merged in from another device's backup, each verified on its own. */
export interface VerifyResult extends ChainResult { others: ChainResult[] }

export function sortBySeq(records: VersionRecord[]): VersionRecord[] {
  return [...records].sort((a, b) => a.seq - b.seq);
}

/**
 * Splits the versions into chains by their links: a journal merged from another vault's backup
 * brings its own chain (its own genesis, its own seqs), which must be verified as its own and
 * never read as interleaved with this one. Chains start at a genesis version; versions whose
 * links lead nowhere (something was removed or changed) stay with the journal's own chain, whose
 * verification then reports the break exactly as for a single chain. Each chain comes back in seq
 * order, the journal's own (the one with the newest save) first.
 */
export function splitChains(records: VersionRecord[]): VersionRecord[][] {
  const byHash = new Map(records.map((r) => [r.hash, r]));
  const rootOf = new Map<VersionRecord, string | null>();
  for (const start of records) {
    const path: VersionRecord[] = [];
    let at: VersionRecord | undefined = start;
    let root: string | null | undefined;
    while (at && (root = rootOf.get(at)) === undefined) {
      path.push(at);
      if (at.prev === GENESIS) {
        root = at.hash;
        break;
      }
      const prev = byHash.get(at.prev);
      if (!prev || path.includes(prev)) {
        root = null; // an orphan piece
        break;
      }
      at = prev;
    }
    for (const r of path) rootOf.set(r, root ?? null);
  }
  const chains = new Map<string, VersionRecord[]>();
  const orphans: VersionRecord[] = [];
  for (const r of records) {
    const key = rootOf.get(r);
    if (!key) orphans.push(r);
    else if (chains.has(key)) chains.get(key)!.push(r);
    else chains.set(key, [r]);
  }
  const newest = (list: VersionRecord[]) => list.reduce((m, r) => Math.max(m, r.recordedAt), -Infinity);
  const sorted = [...chains.values()].sort((a, b) => newest(b) - newest(a) || b.length - a.length);
  const [own = [], ...others] = sorted;
  return [sortBySeq([...own, ...orphans]), ...others.map(sortBySeq)];
}

/** The version new saves link to: the newest of the journal's own chain. */
export function chainHead(records: VersionRecord[]): VersionRecord | undefined {
  return splitChains(records)[0]?.at(-1);
}

/** Checks every link of every chain; reports each break rather than stopping at the first. */
export async function verifyChain(records: VersionRecord[]): Promise<VerifyResult> {
  const [own = [], ...others] = splitChains(records);
  const results = await Promise.all(others.map(verifyOne));
  const mine = await verifyOne(own);
  return { ...mine, ok: mine.ok && results.every((r) => r.ok), others: results };
}

async function verifyOne(sorted: VersionRecord[]): Promise<ChainResult> {
  const breaks: ChainBreak[] = [];
  const seenVersions = new Map<string, number>();
  let prevHash = GENESIS;
  let expectedSeq = 0;
  for (const r of sorted) {
    const at = { seq: r.seq, entryId: r.entryId, version: r.version };
    if (r.seq < expectedSeq) breaks.push({ ...at, reason: 'duplicate' });
    else if (r.seq > expectedSeq) breaks.push({ ...at, reason: 'gap' });
    else if (r.prev !== prevHash) breaks.push({ ...at, reason: 'link' });
    if ((await hashVersion(r)) !== r.hash) breaks.push({ ...at, reason: 'hash' });
    const lastVersion = seenVersions.get(r.entryId) ?? 0;
    if (r.version !== lastVersion + 1) breaks.push({ ...at, reason: 'version' });
    seenVersions.set(r.entryId, Math.max(lastVersion, r.version));
    prevHash = r.hash;
    expectedSeq = Math.max(expectedSeq, r.seq + 1);
  }
  return { ok: breaks.length === 0, count: sorted.length, fingerprint: sorted.at(-1)?.hash ?? GENESIS, breaks };
}

/** One entry as the views see it: its versions oldest first, the current one last. */
export interface Entry {
  id: string;
  versions: VersionRecord[];
  current: EntryData;
  /** When it was first written down (version 1's recordedAt). */
  recordedAt: number;
  /** Its versions (numbers) saved while the device clock was behind: see clockBehind. */
  clockBehind: number[];
}

/**
 * The seqs of versions whose recordedAt is earlier than that of a version saved before them:
 * saved while the device clock was behind (set back, or wrong), so "written at the time" is
 * in doubt for them. Derived, not stored: seq is the save order and is hash-linked (seq, prev
 * and recordedAt are all in each hash), so the order cannot be changed without verifyChain
 * reporting it, and a stored flag would be one more thing to trust. It cannot catch a clock
 * set back before the first entry, or one that stays later than the newest entry.
 */
export function clockBehind(records: VersionRecord[]): Set<VersionRecord> {
  const behind = new Set<VersionRecord>();
  // Within each chain: a merged journal's older times say nothing about this device's clock.
  for (const chain of splitChains(records)) {
    let newest = -Infinity;
    for (const r of chain) {
      // Logged while locked and accepted later: its time is when it was logged, earlier by design.
      if ((r.data as { loggedWhileLocked?: unknown }).loggedWhileLocked === true) continue;
      if (r.recordedAt < newest) behind.add(r);
      newest = Math.max(newest, r.recordedAt);
    }
  }
  return behind;
}

/** Groups versions by entry, newest incident first (ties: the later-recorded first). */
export function buildEntries(records: VersionRecord[]): Entry[] {
  const byId = new Map<string, VersionRecord[]>();
  for (const r of sortBySeq(records)) {
    const list = byId.get(r.entryId);
    if (list) list.push(r);
    else byId.set(r.entryId, [r]);
  }
  const behind = clockBehind(records);
  const entries: Entry[] = [];
  for (const [id, versions] of byId) {
    versions.sort((a, b) => a.version - b.version);
    const late = versions.filter((v) => behind.has(v)).map((v) => v.version);
    const current = readEntryData(versions.at(-1)!.data) ?? upgradeEntry(versions.at(-1)!.data);
    // A removed import stays in the chain (its removal is a version too) but is no longer an entry.
    if (current.imported?.removed !== undefined) continue;
    entries.push({ id, versions, current, recordedAt: versions[0]!.recordedAt, clockBehind: late });
  }
  return entries.sort((a, b) => b.current.occurredAt - a.current.occurredAt || b.recordedAt - a.recordedAt);
}
