// Writing an import through the journal's own paths: the export and its media stored as
// evidence (SHA-256 by the vault), every entry appended in one transaction, a record per batch.
import { blobs, repository, shared, type SharedInfo } from '../../vault';
import { addEvidence, appendMany, commitEvidence, discardEvidence, loadJournal, withdrawBatch } from '../journal/store';
import type { EvidenceRef } from '../journal/model';
import { entryData, type BatchInfo } from './entries';
import type { Plan } from './plan';
import type { MediaRef, ParseResult } from './model';

/** One import of one file: the export kept byte for byte, and what became of it. */
export interface ImportBatch {
  id: string;
  file: string;
  sha256: string;
  size: number;
  /** The kept export (its blob); a phone backup's is kept but never handed over whole. */
  blobId: string;
  format: ParseResult['format'];
  at: number;
  entries: number;
  contacts: number;
  removedAt?: number;
}

const batchRepo = repository<ImportBatch>('import-batch');

export async function listBatches(): Promise<Array<{ id: string; value: ImportBatch }>> {
  return (await batchRepo.list()).sort((a, b) => b.value.at - a.value.at);
}

export interface ImportProgress { done: number; total: number }

/** One piece of media an import attaches: its place among all of them, and where it is in the export. */
export interface WantedMedia { index: number; record: number; ref: MediaRef }
/** Reads the wanted media and hands them over a few at a time (awaiting each hand-over). */
export type MediaReader = (wanted: WantedMedia[], take: (got: Array<{ index: number; file: File }>) => Promise<void>, signal: AbortSignal) => Promise<void>;

function guessType(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const types: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', mp4: 'video/mp4', opus: 'audio/ogg', m4a: 'audio/mp4', pdf: 'application/pdf', vcf: 'text/vcard' };
  return types[ext] ?? 'application/octet-stream';
}

/** A WhatsApp zip's media, inflated one at a time. */
function zipReader(zip: Map<string, () => Promise<Blob>>): MediaReader {
  return async (wanted, take) => {
    for (const w of wanted) {
      const read = zip.get(w.ref.name);
      if (read) await take([{ index: w.index, file: new File([await read()], w.ref.name, { type: w.ref.type ?? guessType(w.ref.name) }) }]);
    }
  };
}

/**
 * A note, written before any attachment of an import is stored, of the ids they will have (issue
 * 25): a tab killed before the entries are written leaves attachments nothing points to, and the
 * next unlock removes exactly these (recoverImports). Deleted once the import is written.
 */
interface PendingImport { batch: string; at: number; blobIds: string[] }
const pendingRepo = repository<PendingImport>('import-pending');
/** Ids noted per record: one record write per this many attachments (each has a preview too). */
const RESERVE = 64;
const IMPORT_LOCK = 'daybook-import';
/** Pictures stored per batch, or fewer if they reach this many bytes. */
const MEDIA_BATCH = 24;
const MEDIA_BATCH_BYTES = 8 * 1024 * 1024;
const MEDIA_LANES = 3;

/** Runs `work` holding the import lock (no other tab recovers while an import runs), where the browser has locks. */
function withImportLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(IMPORT_LOCK, work) : work();
}

/**
 * Stores the export and the media first (nothing in the journal points to them yet, and their ids
 * are noted beforehand), then writes every entry in one transaction. Cancelled or failed before
 * that: the stored files are removed and the journal is as it was; killed: the next unlock removes
 * them. Media are read and stored a few at a time, never all held at once.
 */
export function runImport(
  file: File, parsed: ParseResult, plan: Plan, media: Map<string, () => Promise<Blob>> | MediaReader, zone: string | undefined,
  onProgress: (p: ImportProgress) => void, signal: AbortSignal,
): Promise<number> {
  return withImportLock(() => importLocked(file, parsed, plan, media instanceof Map ? zipReader(media) : media, zone, onProgress, signal));
}

async function importLocked(
  file: File, parsed: ParseResult, plan: Plan, readMedia: MediaReader, zone: string | undefined,
  onProgress: (p: ImportProgress) => void, signal: AbortSignal,
): Promise<number> {
  const stored: EvidenceRef[] = [];
  const markers: string[] = [];
  const wanted: WantedMedia[] = [];
  const owner: number[] = [];
  for (const [i, planned] of plan.entries.entries()) {
    for (const c of planned.contacts) {
      for (const ref of c.item.media) {
        owner.push(i);
        wanted.push({ index: wanted.length, record: c.item.pos.n, ref });
      }
    }
  }
  const total = 1 + wanted.length;
  let done = 0;
  const step = () => onProgress({ done: ++done, total });
  const check = () => {
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
  };
  const batch = crypto.randomUUID();
  let ids: string[] = [];
  const nextIds = async () => {
    if (!ids.length) {
      const fresh = Array.from({ length: RESERVE * 2 }, () => blobs.newId());
      markers.push(await pendingRepo.put({ batch, at: Date.now(), blobIds: fresh }));
      ids = fresh;
    }
    return { blob: ids.shift()!, thumb: ids.shift()! };
  };
  try {
    const exportRef = await addEvidence(file, undefined, await nextIds());
    stored.push(exportRef);
    step();
    const names = new Map<string, string>();
    for (const item of parsed.items) if (item.fromName && item.from) names.set(item.from, item.fromName);
    const info: BatchInfo = {
      batch, file: file.name, sha256: exportRef.sha256,
      unit: parsed.format === 'whatsapp' || parsed.format === 'csv' ? 'line' : 'record', zone, names,
    };
    // A single chat goes into the packet as an original exhibit; a phone backup holds everyone's
    // messages and never does (the packet carries an extract of it instead: extract.ts).
    const exhibit = parsed.format !== 'sms-xml';
    const evidence: EvidenceRef[][] = plan.entries.map((_, i) => (i === 0 && exhibit ? [exportRef] : []));
    const found: Array<EvidenceRef | undefined> = [];
    // Pictures are stored a batch at a time, their records written in one transaction per batch:
    // a few MB held at once, and one strict write per batch rather than two per picture.
    let queue: Array<{ index: number; file: File }> = [];
    let queued = 0;
    const flush = async () => {
      const batchRefs: EvidenceRef[] = [];
      const pairs: Array<{ blob: string; thumb: string }> = [];
      for (let i = 0; i < queue.length; i++) pairs.push(await nextIds());
      // A few at once: one picture's preview is drawn while another's bytes are sealed and stored.
      let next = 0;
      const lane = async () => {
        for (let i = next++; i < queue.length; i = next++) {
          check();
          const { index, file: media } = queue[i]!;
          const ref = await addEvidence(media, undefined, pairs[i], true);
          stored.push(ref);
          batchRefs.push(ref);
          found[index] = ref;
        }
      };
      // Every lane ends before a failure is passed on: nothing is still being stored while the
      // catch below removes what was.
      const ends = await Promise.allSettled(Array.from({ length: MEDIA_LANES }, lane));
      const failed = ends.find((e): e is PromiseRejectedResult => e.status === 'rejected');
      if (failed) throw failed.reason;
      await commitEvidence(batchRefs);
      for (let i = 0; i < batchRefs.length; i++) step();
      queue = [];
      queued = 0;
    };
    if (wanted.length) {
      await readMedia(wanted, async (got) => {
        for (const g of got) {
          queue.push(g);
          queued += g.file.size;
        }
        if (queue.length >= MEDIA_BATCH || queued >= MEDIA_BATCH_BYTES) await flush();
      }, signal);
      await flush();
    }
    // In the order of the export, whatever order they were read in.
    found.forEach((ref, index) => ref && evidence[owner[index]!]!.push(ref));
    check();
    const items = plan.entries.map((planned, i) => ({ data: entryData(planned, info, evidence[i]!) }));
    await appendMany(items);
    await batchRepo.put({
      id: info.batch, file: file.name, sha256: exportRef.sha256, size: exportRef.size, blobId: exportRef.blobId,
      format: parsed.format, at: Date.now(), entries: items.length, contacts: plan.messages + plan.calls,
    }).catch(() => undefined);
    await pendingRepo.writeMany([], markers).catch(() => undefined);
    return plan.messages + plan.calls;
  } catch (error) {
    await discardEvidence(stored).catch(() => undefined);
    // What was noted but not (wholly) stored: a cut-off attachment's chunks go too.
    const noted = new Set((await Promise.all(markers.map((id) => pendingRepo.get(id).catch(() => undefined)))).flatMap((m) => m?.blobIds ?? []));
    for (const id of noted) await blobs.delete(id).catch(() => undefined);
    await pendingRepo.writeMany([], markers).catch(() => undefined);
    throw error;
  }
}

/**
 * At unlock: an import killed before its entries were written left attachments nothing points to.
 * They are removed, by the ids noted before they were stored; an import whose entries were written
 * (killed just after) keeps them and only its note goes. Skipped while another tab imports.
 */
export async function recoverImports(): Promise<number> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = async () => {
    const pending = await pendingRepo.list();
    if (!pending.length) return 0;
    const written = new Set<string>();
    for (const e of (await loadJournal()).entries) for (const v of e.versions) if (v.data.imported) written.add(v.data.imported.batch);
    let removed = 0;
    for (const { value } of pending) {
      if (written.has(value.batch)) continue;
      for (const id of value.blobIds) {
        if (await blobs.info(id).catch(() => undefined)) removed++;
        await blobs.delete(id).catch(() => undefined);
      }
    }
    await pendingRepo.writeMany([], pending.map((p) => p.id));
    return removed;
  };
  if (!locks) return run();
  return locks.request(IMPORT_LOCK, { ifAvailable: true }, (lock) => (lock ? run() : 0));
}

/** Keys of the contacts already in the journal, for "importing again adds nothing". */
export async function journalKeys(): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const e of (await loadJournal()).entries) for (const k of e.current.imported?.keys ?? []) keys.add(k);
  return keys;
}

/** Removes one import: one action, kept in the journal's history (see withdrawBatch). */
export async function removeBatch(id: string, batch: ImportBatch): Promise<void> {
  const at = Date.now();
  await withdrawBatch(batch.id, at);
  await batchRepo.put({ ...batch, removedAt: at }, id);
}

// ---- files shared into the app (the manifest's share target): sealed by the vault as they came ----

export type { SharedInfo };
export const sharedWaiting = (): Promise<SharedInfo[]> => shared.list();
export const sharedFile = (id: string): Promise<File> => shared.read(id);
/** Declined, or imported (the export is then kept as evidence): the sealed copy is deleted. */
export const dropShared = (id: string): Promise<void> => shared.drop([id]);
