// Pattern figures from the entries: incidents per week by channel, before/after the notice,
// when each channel or place first appeared, SPARC kinds and the protection order (pure, unit-tested).
import type { Entry } from '../record/chain';
import { CHANNELS, contactsOf, isAfterNotice, sparcOf, type Channel, type SparcKind } from '../model';
import { orderSpan, withinOrder, type ProtectionOrder } from '../person/person';

const DAY = 86_400_000;

/** Local midnight of the Monday starting the week that contains `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  const sinceMonday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - sinceMonday);
  return d.getTime();
}

function nextWeek(ms: number): number {
  const d = new Date(ms);
  d.setDate(d.getDate() + 7); // setDate, not +7 days of ms: weeks across DST are not 168 h
  return d.getTime();
}

export type ChannelKey = Channel | 'none';
export interface WeekCount {
  weekStart: number;
  /** Incidents that week (each counted once). */
  incidents: number;
  /** Contacts that week: the sum of each incident's "How many times". */
  contacts: number;
  /** Contacts per channel: an incident through several channels counts under each of them. */
  byChannel: Partial<Record<ChannelKey, number>>;
  afterNotice: number;
}

/** Anything with a current version: journal entries, or the report's (issue 13's PDF chart). */
type HasCurrent = Pick<Entry, 'current'>;

export function incidentsOnly<T extends HasCurrent>(entries: T[]): T[] {
  return entries.filter((e) => e.current.kind === 'incident');
}

/** Every week from the first to the last incident (empty weeks included, so gaps show). */
export function weeklyCounts(entries: HasCurrent[], noticeAt: number | null): WeekCount[] {
  const incidents = incidentsOnly(entries);
  if (!incidents.length) return [];
  const times = incidents.map((e) => e.current.occurredAt);
  const first = weekStart(Math.min(...times));
  const last = weekStart(Math.max(...times));
  const weeks = new Map<number, WeekCount>();
  for (let w = first; w <= last; w = nextWeek(w)) weeks.set(w, { weekStart: w, incidents: 0, contacts: 0, byChannel: {}, afterNotice: 0 });
  for (const e of incidents) {
    const week = weeks.get(weekStart(e.current.occurredAt))!;
    const times = contactsOf(e.current);
    week.incidents++;
    week.contacts += times;
    if (isAfterNotice(e.current, noticeAt)) week.afterNotice++;
    const keys: ChannelKey[] = e.current.channels.length ? e.current.channels : ['none'];
    for (const key of keys) week.byChannel[key] = (week.byChannel[key] ?? 0) + times;
  }
  return [...weeks.values()];
}

/** Channels that occur at all, in the catalogue's order (for legends and table columns). */
export function channelsUsed(weeks: WeekCount[]): ChannelKey[] {
  const used = new Set<ChannelKey>();
  for (const w of weeks) for (const key of Object.keys(w.byChannel) as ChannelKey[]) used.add(key);
  return [...CHANNELS, 'none' as const].filter((c) => used.has(c));
}

export interface NoticeSplit {
  noticeAt: number | null;
  before: number;
  after: number;
  /** Incidents per week (periods under a week count as one), so a short period compares fairly. */
  beforePerWeek: number;
  afterPerWeek: number;
  /** Contacts (the sum of "How many times") before and after. */
  beforeContacts: number;
  afterContacts: number;
}

export function noticeSplit(entries: Entry[], noticeAt: number | null, now: number): NoticeSplit {
  const incidents = incidentsOnly(entries);
  const after = incidents.filter((e) => isAfterNotice(e.current, noticeAt));
  const before = incidents.length - after.length;
  const sum = (list: Entry[]) => list.reduce((n, e) => n + contactsOf(e.current), 0);
  const afterContacts = sum(after);
  const firstTime = incidents.length ? Math.min(...incidents.map((e) => e.current.occurredAt)) : now;
  const perWeek = (count: number, from: number, to: number) => (to > from ? (count * 7 * DAY) / Math.max(to - from, 7 * DAY) : count);
  return {
    noticeAt, before, after: after.length,
    beforePerWeek: round1(perWeek(before, firstTime, noticeAt ?? now)),
    afterPerWeek: noticeAt === null ? 0 : round1(perWeek(after.length, noticeAt, now)),
    beforeContacts: sum(incidents) - afterContacts, afterContacts,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface FirstSeen { kind: 'channel' | 'place'; value: string; at: number; entryId: string }

export function normalisePlace(where: string): string {
  return where.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The first time each channel and each place (by its normalised text) appears, oldest first. */
export function firstAppearances(entries: Entry[]): FirstSeen[] {
  const ordered = [...incidentsOnly(entries)].sort((a, b) => a.current.occurredAt - b.current.occurredAt);
  const seen = new Set<string>();
  const out: FirstSeen[] = [];
  for (const e of ordered) {
    for (const c of e.current.channels) {
      if (seen.has(`c:${c}`)) continue;
      seen.add(`c:${c}`);
      out.push({ kind: 'channel', value: c, at: e.current.occurredAt, entryId: e.id });
    }
    const place = normalisePlace(e.current.where);
    if (place && !seen.has(`p:${place}`)) {
      seen.add(`p:${place}`);
      out.push({ kind: 'place', value: e.current.where.trim(), at: e.current.occurredAt, entryId: e.id });
    }
  }
  return out;
}

/** Issue 13: incidents and contacts by SPARC kind, and inside the protection order's dates. */
export interface KindCounts {
  /** An incident of several kinds counts under each. */
  bySparc: Partial<Record<SparcKind, { incidents: number; contacts: number }>>;
  order: { from: number | null; to: number | null; incidents: number; contacts: number } | null;
}

export function kindCounts(entries: HasCurrent[], order: ProtectionOrder | null | undefined): KindCounts {
  const bySparc: KindCounts['bySparc'] = {};
  const span = order ? orderSpan(order) : null;
  const during = { incidents: 0, contacts: 0 };
  for (const { current } of incidentsOnly(entries)) {
    const times = contactsOf(current);
    for (const kind of sparcOf(current)) {
      const c = (bySparc[kind] ??= { incidents: 0, contacts: 0 });
      c.incidents++;
      c.contacts += times;
    }
    if (withinOrder(current.occurredAt, span)) {
      during.incidents++;
      during.contacts += times;
    }
  }
  return { bySparc, order: span && { ...span, ...during } };
}
