// List filtering: channel, date range and full-text search over the decrypted entries.
import type { Entry } from '../record/chain';
import type { Channel, EntryData } from '../model';

export interface ListFilter {
  text: string;
  channel: Channel | '';
  from: number | null;
  to: number | null;
}

export const NO_FILTER: ListFilter = { text: '', channel: '', from: null, to: null };

/** Lower case without accents, so "esta" finds "está" and "ANGRY" finds "angry". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Everything searchable in one entry, folded once. */
export function searchText(data: EntryData): string {
  const parts = [
    data.what, data.exactWords, data.where, data.weaponOrVehicle, data.otherReports, data.impact,
    data.police.officer, data.police.badge, data.police.reportNumber,
    ...data.witnesses.flatMap((w) => [w.name, w.contact]),
    ...data.evidence.map((e) => e.name),
    data.notice?.title ?? '', data.notice?.channel ?? '',
  ];
  return fold(parts.filter(Boolean).join('\n'));
}

/** Folded text per entry, built once per journal snapshot and reused for every keystroke. */
export class SearchIndex {
  private texts = new WeakMap<Entry, string>();

  textOf(entry: Entry): string {
    let text = this.texts.get(entry);
    if (text === undefined) {
      text = searchText(entry.current);
      this.texts.set(entry, text);
    }
    return text;
  }
}

export function isFiltered(filter: ListFilter): boolean {
  return Boolean(filter.text.trim() || filter.channel || filter.from !== null || filter.to !== null);
}

/** Every word of the query must appear somewhere in the entry (in any order). */
export function filterEntries(entries: Entry[], filter: ListFilter, index: SearchIndex): Entry[] {
  if (!isFiltered(filter)) return entries;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const d = e.current;
    if (filter.channel && !d.channels.includes(filter.channel)) return false;
    if (filter.from !== null && d.occurredAt < filter.from) return false;
    if (filter.to !== null && d.occurredAt > filter.to) return false;
    if (!words.length) return true;
    const text = index.textOf(e);
    return words.every((w) => text.includes(w));
  });
}
