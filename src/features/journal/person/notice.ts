// The contract with the letters module: a sent no-contact notice becomes a journal entry
// (chained like any other), and its date splits the journal into before and after notice.
import { emptyEntry, type EvidenceRef } from '../model';
import { evidenceInfo, loadJournal, saveEntry } from '../store';

export interface NoticeSent { sentAt: number; channel: string; letterId: string; title: string; proofBlobIds: string[] }

async function proofRefs(ids: string[]): Promise<EvidenceRef[]> {
  const refs: EvidenceRef[] = [];
  for (const id of ids) {
    const info = await evidenceInfo(id);
    if (!info) throw new Error('not-found');
    refs.push({ blobId: info.id, name: info.name, type: info.type, size: info.size, sha256: info.sha256, addedAt: info.addedAt });
  }
  return refs;
}

/** Records that a notice was sent; returns the new entry's id. */
export async function recordNoticeSent(n: NoticeSent): Promise<string> {
  const data = {
    ...emptyEntry(n.sentAt),
    kind: 'notice' as const,
    what: n.title.trim() || n.letterId,
    evidence: await proofRefs(n.proofBlobIds),
    notice: { channel: n.channel, letterId: n.letterId, title: n.title },
  };
  return saveEntry(data);
}

/** The earliest time a notice was sent, or null if none has been. */
export async function noticeDate(): Promise<number | null> {
  return (await loadJournal()).noticeAt;
}
