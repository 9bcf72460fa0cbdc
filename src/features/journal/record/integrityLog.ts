// What the person has seen and sent about the record's integrity: every unlock report she noted
// with "I have noted this", and every fingerprint she copied or shared. Kept as encrypted records
// (never in localStorage) so she can open the history later and the court packet can list it.
import { blobs, repository, type UnlockReport } from '../../../vault';
import { GENESIS } from './chain';
import { COVERED_KINDS, fingerprintV2, recordDigest, sortParts, type FingerprintParts } from './fingerprint';
import { loadJournal } from '../store';

type Counts = Record<string, number>;
export interface IntegrityNote {
  at: number;
  missing: Counts;
  rolledBack: Counts;
  unlisted: Counts;
  indexDamaged: boolean;
  damaged: number;
  brokenFiles: number;
  attempts: number;
}
export interface SharedFingerprint { at: number; fingerprint: string; versions: number; parts: FingerprintParts }
export interface RecordFingerprint { fingerprint: string; versions: number; parts: FingerprintParts }

const notesRepo = repository<IntegrityNote>('integrity-note');
const sharesRepo = repository<SharedFingerprint>('fingerprint-shared');

const counts = (value: unknown): Counts => {
  const out: Counts = {};
  if (value && typeof value === 'object') {
    for (const [k, n] of Object.entries(value)) if (typeof n === 'number' && Number.isFinite(n) && n > 0) out[k] = n;
  }
  return out;
};
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : []);

/** A stored note, whatever its shape: read, never trusted to be whole. */
export function readNote(value: unknown): IntegrityNote | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (!num(v.at)) return null;
  return {
    at: num(v.at), missing: counts(v.missing), rolledBack: counts(v.rolledBack), unlisted: counts(v.unlisted),
    indexDamaged: v.indexDamaged === true, damaged: num(v.damaged), brokenFiles: num(v.brokenFiles), attempts: num(v.attempts),
  };
}

export function readShare(value: unknown): SharedFingerprint | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const p = (v.parts ?? {}) as Record<string, unknown>;
  if (!num(v.at) || typeof v.fingerprint !== 'string') return null;
  return {
    at: num(v.at), fingerprint: v.fingerprint, versions: num(v.versions),
    parts: { journal: typeof p.journal === 'string' ? p.journal : GENESIS, letters: strings(p.letters), plan: strings(p.plan), person: strings(p.person), attachments: strings(p.attachments) },
  };
}

/** Keeps what an unlock report said, before the vault is told the person has seen it. */
export async function noteReport(report: UnlockReport, now = Date.now()): Promise<void> {
  const { integrity: i } = report;
  await notesRepo.put({
    at: now, missing: i.missing, rolledBack: i.rolledBack, unlisted: i.unlisted, indexDamaged: i.indexDamaged,
    damaged: report.damaged, brokenFiles: report.brokenFiles, attempts: report.attempts.count,
  });
}

const newestFirst = <T extends { at: number }>(list: Array<T | null>): T[] => list.filter((x): x is T => x !== null).sort((a, b) => b.at - a.at);

export async function listNotes(): Promise<IntegrityNote[]> {
  return newestFirst((await notesRepo.list()).map((item) => readNote(item.value)));
}

export async function listShares(): Promise<SharedFingerprint[]> {
  return newestFirst((await sharesRepo.list()).map((item) => readShare(item.value)));
}

/** The version 2 fingerprint of everything saved now, and what it was computed from. */
export async function recordFingerprint(): Promise<RecordFingerprint> {
  const journal = await loadJournal();
  const digests = async (kind: string) => Promise.all((await repository(kind).list()).map((item) => recordDigest(item.value)));
  const parts = sortParts({
    journal: journal.last?.hash ?? GENESIS,
    letters: await digests(COVERED_KINDS.letters),
    plan: await digests(COVERED_KINDS.plan),
    person: await digests(COVERED_KINDS.person),
    attachments: (await blobs.list()).map((b) => b.sha256),
  });
  return { fingerprint: await fingerprintV2(parts), versions: journal.last ? journal.last.seq + 1 : 0, parts };
}

/** The person copied or shared this fingerprint: its date is what "Check the records" counts from. */
export async function recordShare(shared: RecordFingerprint, now = Date.now()): Promise<void> {
  await sharesRepo.put({ at: now, ...shared });
}
