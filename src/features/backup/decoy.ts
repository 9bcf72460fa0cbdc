// The decoy's contents: a few ordinary notes, in the person's language, stored exactly as the
// journal stores its entries (a valid hash chain), so a decoy unlock shows a normal journal.
import { t, type MessageKey } from '../../i18n';
import type { DecoyRecord } from '../../vault';
import { makeVersion, type VersionRecord } from '../journal/chain';
import { emptyEntry } from '../journal/model';
import { decoyTimes } from './model';

/** The journal's record kind (src/features/journal/store.ts). */
export const JOURNAL_KIND = 'journal-version';
const NOTES: MessageKey[] = ['decoy.1', 'decoy.2', 'decoy.3', 'decoy.4', 'decoy.5'];

export async function decoyRecords(now = Date.now()): Promise<DecoyRecord[]> {
  const times = decoyTimes(now, NOTES.length);
  const records: DecoyRecord[] = [];
  let last: VersionRecord | undefined;
  for (const [i, key] of NOTES.entries()) {
    const at = times[i]!;
    last = await makeVersion(last, crypto.randomUUID(), 1, { ...emptyEntry(at), what: t(key) }, at);
    records.push({ kind: JOURNAL_KIND, value: last });
  }
  return records;
}
