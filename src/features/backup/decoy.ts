// The decoy's contents: the person's own ordinary notes, stored exactly as the journal stores
// its entries (a valid hash chain), so a decoy unlock shows a normal journal of theirs.
import { t, type MessageKey } from '../../i18n';
import type { DecoyRecord } from '../../vault';
import { makeVersion, type VersionRecord } from '../journal/record/chain';
import { emptyEntry, type EvidenceRef } from '../journal/model';
import { parseNotes } from '../../ui/fronts/model';

/** The journal's record kind (src/features/journal/store.ts). */
export const JOURNAL_KIND = 'journal-version';
const EXAMPLES: MessageKey[] = ['decoy.1', 'decoy.2', 'decoy.3', 'decoy.4', 'decoy.5'];

/** What the decoy's notes field starts with: ordinary examples to change into the person's own. */
export function exampleDecoyNotes(): string {
  return EXAMPLES.map((key) => t(key)).join('\n');
}

/** The notes as the journal's "what happened" texts (same rules as the Notes front's field). */
export function decoyTexts(notes: string): string[] {
  return parseNotes(notes).map((n) => (n.body ? `${n.title}\n${n.body}` : n.title));
}

/** One journal entry per note, written at its time; the chain runs in time order. A photo, if
 *  any, is evidence on the newest note, as the person would have added it. */
export async function decoyRecords(texts: string[], times: number[], photo?: EvidenceRef): Promise<DecoyRecord[]> {
  const dated = texts.map((what, i) => ({ what, at: times[i]! })).sort((a, b) => a.at - b.at);
  const records: DecoyRecord[] = [];
  let last: VersionRecord | undefined;
  for (const [i, { what, at }] of dated.entries()) {
    const evidence = photo && i === dated.length - 1 ? [{ ...photo, addedAt: at }] : [];
    last = await makeVersion(last, crypto.randomUUID(), 1, { ...emptyEntry(at), what, evidence }, at);
    records.push({ kind: JOURNAL_KIND, value: last });
  }
  return records;
}
