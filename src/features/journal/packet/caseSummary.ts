// Page 1 of the packet (issue 23): what a prosecutor reads first, worked out from the report's
// entries: contacts by way of contact counted once each, contacts per week then and lately, at
// night, the firsts, the effect on her, witnesses and police reports. Pure.
import { contactsOf, sparcOf, type Channel, type EntryData } from '../model';
import { weekStart } from '../patterns/patterns';
import { offsetMinutes } from '../../../lib/zone';

const WEEK = 7 * 86_400_000;

export interface CaseSummary {
  /** Each contact once, under the ways it came together ("text + threats"), most first. */
  byWay: Array<{ channels: Channel[]; contacts: number }>;
  /** Contacts in the first week with any and in the last week of the period (zeros kept: a quiet week is a fact too). */
  weekly: { first: number; last: number; weeks: number } | null;
  /** Contacts that began between 22:00 and 06:00 where the entry was written. */
  atNight: number;
  firstThreat: number | null;
  firstInPerson: number | null;
  effects: Array<{ at: number; text: string }>;
  witnesses: string[];
  police: Array<{ at: number; number: string; officer: string; badge: string }>;
}

const hourIn = (ms: number, zone: string) => new Date(ms + offsetMinutes(ms, zone) * 60_000).getUTCHours();

export function caseSummary(entries: Array<{ data: EntryData }>, zone: string, to: number | null): CaseSummary {
  const incidents = entries.map((e) => e.data).filter((d) => d.kind === 'incident').sort((a, b) => a.occurredAt - b.occurredAt);
  const ways = new Map<string, { channels: Channel[]; contacts: number }>();
  const perWeek = new Map<number, number>();
  let atNight = 0;
  let firstThreat: number | null = null;
  let firstInPerson: number | null = null;
  const effects: CaseSummary['effects'] = [];
  const witnesses = new Set<string>();
  const police: CaseSummary['police'] = [];
  for (const d of incidents) {
    const n = contactsOf(d);
    const key = d.channels.join('+');
    const way = ways.get(key) ?? { channels: [...d.channels], contacts: 0 };
    way.contacts += n;
    ways.set(key, way);
    const week = weekStart(d.occurredAt);
    perWeek.set(week, (perWeek.get(week) ?? 0) + n);
    const hour = hourIn(d.occurredAt, d.zone ?? zone);
    if (hour >= 22 || hour < 6) atNight += n;
    if (firstThreat === null && (d.channels.includes('threats') || sparcOf(d).includes('intimidation'))) firstThreat = d.occurredAt;
    if (firstInPerson === null && d.channels.some((c) => c === 'in-person' || c === 'home' || c === 'work-school')) firstInPerson = d.occurredAt;
    if (d.impact.trim()) effects.push({ at: d.occurredAt, text: d.impact.trim() });
    for (const w of d.witnesses) if (w.name.trim()) witnesses.add(w.name.trim());
    if (d.police.reportNumber || d.police.officer || d.police.contacted) police.push({ at: d.occurredAt, number: d.police.reportNumber, officer: d.police.officer, badge: d.police.badge });
  }
  let weekly: CaseSummary['weekly'] = null;
  if (incidents.length) {
    const first = weekStart(incidents[0]!.occurredAt);
    const last = weekStart(Math.max(to ?? 0, incidents.at(-1)!.occurredAt));
    weekly = { first: perWeek.get(first) ?? 0, last: perWeek.get(last) ?? 0, weeks: Math.round((last - first) / WEEK) + 1 };
  }
  return {
    byWay: [...ways.values()].sort((a, b) => b.contacts - a.contacts), weekly, atNight, firstThreat, firstInPerson, effects,
    witnesses: [...witnesses], police,
  };
}
