// Writing an import through the journal's own paths: the export and its media stored as
// evidence (SHA-256 by the vault), every entry appended in one transaction, a record per batch.
import { repository, shared, type SharedInfo } from '../../vault';
import { addEvidence, appendMany, discardEvidence, loadJournal, withdrawBatch } from '../journal/store';
import type { EvidenceRef } from '../journal/model';
import { entryData, type BatchInfo } from './entries';
import type { Plan } from './plan';
import type { ParseResult } from './model';

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

async function mediaFile(name: string, zip: Map<string, () => Promise<Blob>>, type?: string, base64?: string): Promise<File | null> {
  if (base64) {
    const bytes = Uint8Array.from(atob(base64.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    return new File([bytes], name, { type: type ?? '' });
  }
  const read = zip.get(name);
  return read ? new File([await read()], name, { type: type ?? guessType(name) }) : null;
}

function guessType(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const types: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', mp4: 'video/mp4', opus: 'audio/ogg', m4a: 'audio/mp4', pdf: 'application/pdf', vcf: 'text/vcard' };
  return types[ext] ?? 'application/octet-stream';
}

/**
 * Stores the export and the media first (nothing in the journal points to them yet), then writes
 * every entry in one transaction. Cancelled or failed before that: the stored files are removed
 * and the journal is as it was.
 */
export async function runImport(
  file: File, parsed: ParseResult, plan: Plan, zip: Map<string, () => Promise<Blob>>, zone: string | undefined,
  onProgress: (p: ImportProgress) => void, signal: AbortSignal,
): Promise<number> {
  const stored: EvidenceRef[] = [];
  const total = 1 + plan.entries.reduce((n, e) => n + e.contacts.reduce((m, c) => m + c.item.media.length, 0), 0);
  let done = 0;
  const step = () => onProgress({ done: ++done, total });
  const check = () => {
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
  };
  try {
    const exportRef = await addEvidence(file);
    stored.push(exportRef);
    step();
    const names = new Map<string, string>();
    for (const item of parsed.items) if (item.fromName && item.from) names.set(item.from, item.fromName);
    const info: BatchInfo = {
      batch: crypto.randomUUID(), file: file.name, sha256: exportRef.sha256,
      unit: parsed.format === 'whatsapp' || parsed.format === 'csv' ? 'line' : 'record', zone, names,
    };
    // A single chat goes into the packet as an original exhibit; a phone backup holds everyone's messages and never does.
    const exhibit = parsed.format !== 'sms-xml';
    const items = [];
    for (const [i, planned] of plan.entries.entries()) {
      const evidence: EvidenceRef[] = i === 0 && exhibit ? [exportRef] : [];
      for (const c of planned.contacts) {
        for (const m of c.item.media) {
          check();
          const media = await mediaFile(m.name, zip, m.type, m.base64);
          if (media) {
            const ref = await addEvidence(media);
            stored.push(ref);
            evidence.push(ref);
          }
          step();
        }
      }
      items.push({ data: entryData(planned, info, evidence) });
    }
    check();
    await appendMany(items);
    await batchRepo.put({
      id: info.batch, file: file.name, sha256: exportRef.sha256, size: exportRef.size, blobId: exportRef.blobId,
      format: parsed.format, at: Date.now(), entries: items.length, contacts: plan.messages + plan.calls,
    }).catch(() => undefined);
    return plan.messages + plan.calls;
  } catch (error) {
    await discardEvidence(stored).catch(() => undefined);
    throw error;
  }
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
