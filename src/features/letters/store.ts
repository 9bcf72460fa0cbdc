// The letters module's only door to the vault: drafts, sent letters, proof files, and the
// journal entry a sent notice creates. Nothing decrypted is cached here.
import { blobs, repository } from '../../vault';
import { noticeDate, recordNoticeSent } from '../journal/person/notice';
import { earliestNotice, isLetterRecord, type LetterContent, type LetterRecord, type ProofRef, type SendChannel } from './model';
import { fillLetter, isNoticeTemplate } from './templates';

const repo = repository<LetterRecord>('letter');

export interface LetterItem { id: string; value: LetterRecord }

/** Every readable letter; a record of another shape is skipped rather than breaking the list. */
export async function listLetters(): Promise<LetterItem[]> {
  return (await repo.list()).filter((item) => isLetterRecord(item.value));
}

export async function getLetter(id: string): Promise<LetterRecord | undefined> {
  const value = await repo.get(id);
  return isLetterRecord(value) ? value : undefined;
}

export class ReadOnlyLetter extends Error {
  constructor() {
    super('read-only');
  }
}

/** Creates or updates a draft; a letter already sent is never overwritten. Returns its id. */
export async function saveDraft(content: LetterContent, id?: string, now = Date.now()): Promise<string> {
  const existing = id ? await repo.get(id) : undefined;
  if (existing?.status === 'sent') throw new ReadOnlyLetter();
  const record: LetterRecord = {
    templateId: content.templateId, lang: content.lang, fields: content.fields, customBody: content.customBody,
    status: 'draft', createdAt: existing?.createdAt ?? now, updatedAt: now,
  };
  return repo.put(record, id);
}

export async function deleteDraft(id: string): Promise<void> {
  const existing = await repo.get(id);
  if (existing?.status === 'sent') throw new ReadOnlyLetter();
  await repo.delete(id);
}

export interface MarkSentInput {
  sentAt: number;
  channel: SendChannel;
  /** The channel as words, for the journal entry. */
  channelLabel: string;
  title: string;
  reference: string;
  proof: File[];
}

export interface MarkSentResult { id: string; journalEntryId: string | null; journalError?: unknown }

/**
 * Freezes the letter as sent (with its proof files encrypted), then records the notice in the
 * journal. The letter is saved first so a journal failure never loses it; the journal entry
 * can then be added again from the sent letter's view.
 */
export async function markSent(
  content: LetterContent, id: string | undefined, input: MarkSentInput, onProgress?: (fraction: number) => void,
): Promise<MarkSentResult> {
  const existing = id ? await repo.get(id) : undefined;
  if (existing?.status === 'sent') throw new ReadOnlyLetter();
  const proof = await storeProof(input.proof, onProgress);
  const { subject, body } = fillLetter(content);
  const now = Date.now();
  const record: LetterRecord = {
    templateId: content.templateId, lang: content.lang, fields: content.fields, customBody: content.customBody,
    status: 'sent', createdAt: existing?.createdAt ?? now, updatedAt: now,
    sent: { sentAt: input.sentAt, channel: input.channel, reference: input.reference.trim(), proof, journalEntryId: null, subject, body },
  };
  let letterId: string;
  try {
    letterId = await repo.put(record, id);
  } catch (error) {
    for (const p of proof) await blobs.delete(p.blobId).catch(() => undefined);
    throw error;
  }
  if (!isNoticeTemplate(content.templateId)) return { id: letterId, journalEntryId: null };
  try {
    return { id: letterId, journalEntryId: await addToJournal(letterId, input.title, input.channelLabel) };
  } catch (journalError) {
    return { id: letterId, journalEntryId: null, journalError };
  }
}

/** Records a sent notice in the journal (again, if that failed before) and links the entry. */
export async function addToJournal(letterId: string, title: string, channelLabel: string): Promise<string> {
  const record = await repo.get(letterId);
  if (!record?.sent) throw new Error('not-sent');
  if (record.sent.journalEntryId) return record.sent.journalEntryId;
  const journalEntryId = await recordNoticeSent({
    sentAt: record.sent.sentAt, channel: channelLabel, letterId, title, proofBlobIds: record.sent.proof.map((p) => p.blobId),
  });
  await repo.put({ ...record, sent: { ...record.sent, journalEntryId } }, letterId);
  return journalEntryId;
}

async function storeProof(files: File[], onProgress?: (fraction: number) => void): Promise<ProofRef[]> {
  const total = files.reduce((sum, f) => sum + f.size, 0) || 1;
  let done = 0;
  const stored: ProofRef[] = [];
  try {
    for (const file of files) {
      const info = await blobs.put(file, file.name, (f) => onProgress?.((done + f * file.size) / total));
      done += file.size;
      stored.push({ blobId: info.id, name: info.name, type: info.type, size: info.size, sha256: info.sha256 });
    }
  } catch (error) {
    for (const p of stored) await blobs.delete(p.blobId).catch(() => undefined);
    throw error;
  }
  return stored;
}

export function proofBlob(blobId: string): Promise<Blob> {
  return blobs.get(blobId);
}

/**
 * When the first notice went out: the journal's date decides "after notice", so it comes
 * first; the letters' own record stands in if the journal cannot be read.
 */
export async function firstNoticeAt(): Promise<number | null> {
  try {
    const fromJournal = await noticeDate();
    if (fromJournal !== null) return fromJournal;
  } catch {
    // fall through to the letters' own record
  }
  return earliestNotice((await listLetters()).map((i) => i.value), isNoticeTemplate);
}
