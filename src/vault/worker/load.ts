// Opening the vault's records: every row decrypted once into the record index, record ids
// resolved, rows of the other side of a duress setup told apart from damage, the sealed index
// checked, and the leftovers of an import cut short removed.
import type { Db } from './db';
import { openEnvelope } from './envelope';
import { allRows } from './read-rows';
import { BLOB_KIND, STORE, type RecordEnvelope, type SealedRecord, type StoredBlobInfo } from '../format';
import { STAGED_PREFIX, cleanupStaged } from '../backup/stage';
import { decoyState } from './duress';
import { IntegrityIndex, cleanReport, type IndexReading, type IntegrityReport } from './integrity';
import type { DecoyState } from './records';
import type { Mode } from './state';

export interface Loaded {
  cache: Map<string, RecordEnvelope>;
  rows: Map<string, string>;
  decoy: DecoyState | null;
  integrity: IntegrityIndex;
  report: IntegrityReport;
  /** Rows no key of this vault opens: kept on disk untouched, never silently dropped. */
  damaged: number;
  /** Rows still sealed with the previous key (a passphrase change to finish). */
  stale: Set<string>;
  /** Rows in the v1 format (an upgrade to finish). */
  old: Set<string>;
}

export interface LoadOptions {
  mode: Mode;
  /** The previous vault key while a passphrase change is unfinished. */
  previous?: Uint8Array | null;
  /** Whether this vault must have a sealed index (a v2 vault opened with its real passphrase). */
  expectIndex: boolean;
}

/**
 * `pre`: the rows as already read, those already opened under `key` (null: did not open), and the
 * sealed index as unlock's preview read it from those (IntegrityIndex.verify decides whether it
 * still holds).
 */
export async function loadRecords(db: Db, key: Uint8Array, options: LoadOptions, pre?: { rows: SealedRecord[]; opened: Map<string, RecordEnvelope | null>; reading?: IndexReading | null }): Promise<Loaded> {
  const rows = pre?.rows ?? await allRows(db);
  const out: Loaded = {
    cache: new Map(), rows: new Map(), decoy: null, integrity: new IntegrityIndex(),
    report: cleanReport(), damaged: 0, stale: new Set(), old: new Set(),
  };
  const opened = new Map<string, RecordEnvelope>();
  const failed: SealedRecord[] = [];
  const staged: SealedRecord[] = [];
  for (const row of rows) {
    if (row.id.startsWith(STAGED_PREFIX)) {
      staged.push(row);
      continue;
    }
    let envelope = pre?.opened.has(row.id) ? pre.opened.get(row.id)! : openEnvelope(row, key);
    if (!envelope && options.previous) {
      envelope = openEnvelope(row, options.previous);
      if (envelope) out.stale.add(row.id);
    }
    if (!envelope) failed.push(row);
    else {
      if (row.v === 1) out.old.add(row.id);
      opened.set(row.id, envelope);
    }
  }
  // A v1 vault's real rows carry no counter (the upgrade is one transaction): counters in a vault
  // that says it is v1 mean its v2 marks were stripped, and the index is then expected.
  const expectIndex = options.expectIndex || (options.mode === 'real' && [...opened.values()].some((e) => e.n !== undefined));
  const { index, report, indexRows } = IntegrityIndex.verify(opened, expectIndex, true, pre?.reading);
  out.integrity = index;
  for (const [rowId, envelope] of opened) {
    if (indexRows.has(rowId)) continue;
    const id = typeof envelope.i === 'string' ? envelope.i : rowId;
    if (id !== rowId) out.rows.set(id, rowId);
    // Kept as opened (a fresh object of JSON.parse nobody else keeps) unless it names its record
    // id inside: the cache holds { k, d, n } only.
    out.cache.set(id, envelope.i === undefined ? envelope : { k: envelope.k, d: envelope.d, n: envelope.n });
  }
  // Under the duress passphrase the real records cannot open: say nothing, show the decoy.
  // (Rows that do not open are never written over: every new row gets a fresh random id.)
  if (options.mode === 'real') {
    out.report = report;
    const decoy = (out.decoy = decoyState(out.cache));
    for (const row of failed) {
      const envelope = decoy ? openEnvelope(row, decoy.key) : null;
      if (!envelope) out.damaged++;
      else {
        decoy!.ids.add(row.id);
        if (envelope.k === BLOB_KIND) decoy!.blobIds.add((envelope.d as StoredBlobInfo)?.id ?? envelope.i ?? row.id);
      }
    }
  }
  if (staged.length) {
    // Staging rows mean an import was cut short: remove what it wrote (the vault never saw it).
    const liveBlobs = new Set<string>(out.decoy?.blobIds);
    for (const [id, envelope] of out.cache) if (envelope.k === BLOB_KIND) liveBlobs.add(id);
    await cleanupStaged(db, staged, [key, ...(out.decoy ? [out.decoy.key] : [])], liveBlobs).catch(() => undefined);
  }
  return out;
}

/** Attachments whose chunk rows are not all there (their record is intact, their bytes are not). */
export async function blobsMissingChunks(db: Db, cache: Map<string, RecordEnvelope>): Promise<number> {
  const have = new Map<string, number>();
  for (const key of (await db.getAllKeys(STORE.chunks)) as string[]) {
    const owner = key.slice(0, key.lastIndexOf('.'));
    have.set(owner, (have.get(owner) ?? 0) + 1);
  }
  let missing = 0;
  for (const [id, envelope] of cache) {
    if (envelope.k === BLOB_KIND && (have.get(id) ?? 0) < ((envelope.d as StoredBlobInfo).chunks ?? 1)) missing++;
  }
  return missing;
}
