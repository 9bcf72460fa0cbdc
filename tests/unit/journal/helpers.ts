// Helpers for the journal's unit tests: entries and chains built from plain data.
import { buildEntries, makeVersion, type Entry, type VersionRecord } from '../../../src/features/journal/record/chain';
import { emptyEntry, type Channel, type EntryData } from '../../../src/features/journal/model';

export const T0 = new Date(2026, 0, 5, 12, 0).getTime(); // a Monday, local time
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const SHA = 'a'.repeat(64);

export function incident(at: number, what = 'They called', channels: Channel[] = ['call'], extra: Partial<EntryData> = {}): EntryData {
  return { ...emptyEntry(at), what, channels, ...extra };
}

/** Chains the given saves in order; an entryId repeated means an amendment. */
export async function chainOf(saves: Array<{ id: string; data: EntryData; at?: number }>): Promise<VersionRecord[]> {
  const out: VersionRecord[] = [];
  const versions = new Map<string, number>();
  for (const [i, s] of saves.entries()) {
    const version = (versions.get(s.id) ?? 0) + 1;
    versions.set(s.id, version);
    out.push(await makeVersion(out.at(-1), s.id, version, s.data, s.at ?? T0 + i * 1000));
  }
  return out;
}

export async function entriesOf(datas: EntryData[]): Promise<Entry[]> {
  return buildEntries(await chainOf(datas.map((data, i) => ({ id: `e${i}`, data }))));
}
