// What goes into the court-ready report: chosen period, fields left out, text redacted,
// entries oldest first with their amendments, numbered exhibits and the chain fingerprint.
import type { Entry } from '../record/chain';
import { orderSpan, withinOrder, type Person, type ProtectionOrder } from '../person/person';
import { readEntryData } from '../read';
import { isLate } from '../../../lib/when';
import { changedFields, contactsOf, isAfterNotice, sparcOf, upgradeEntry, type Channel, type EntryData, type EvidenceRef, type ImportedFrom, type SparcKind } from '../model';

/** Fields the person may leave out of what they hand over. */
export const OMITTABLE = ['exactWords', 'where', 'witnesses', 'children', 'weaponOrVehicle', 'police', 'otherReports', 'impact'] as const;
export type OmitField = (typeof OMITTABLE)[number];

export interface ReportOptions {
  from: number | null;
  to: number | null;
  omit: OmitField[];
  /** Leave out the person profile entirely, or only its photo. */
  omitPerson: boolean;
  omitPersonPhoto: boolean;
  omitThumbnails: boolean;
  /** Phrases (their own address, a new workplace) replaced wherever they appear. */
  redact: string[];
  /** Issue 23: the packet's running header names the case as the person chooses ("Incident log" when empty). */
  caseLabel?: string;
  /** Issue 23: the declaration's wording, for where the packet will be used. */
  declaration?: DeclarationKind;
}

export const DECLARATIONS = ['us', 'us-abroad', 'ew-criminal', 'ew-civil', 'neutral'] as const;
export type DeclarationKind = (typeof DECLARATIONS)[number];

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  from: null, to: null, omit: [], omitPerson: false, omitPersonPhoto: false, omitThumbnails: false, redact: [],
};

export const REDACTED = '[…]';

export interface Exhibit { n: number; entryNumber: number; ref: EvidenceRef }
export interface Amendment { version: number; recordedAt: number; hash: string; changed: Array<keyof EntryData>; data: EntryData; clockBehind: boolean }
export interface ReportEntry {
  n: number;
  id: string;
  recordedAt: number;
  hash: string;
  data: EntryData;
  afterNotice: boolean;
  /** Inside the protection order's dates (issue 13). */
  inOrder: boolean;
  exhibits: Exhibit[];
  /** Earlier versions, oldest first; `changed` lists what the next version altered. */
  amendments: Amendment[];
  /** Versions of this entry saved while the device clock was behind (chain.ts's clockBehind). */
  clockBehind: number[];
  /** A late entry (lib/when.ts): when its first version says the contact happened; null when written at the time. */
  lateAbout: number | null;
  /** An imported entry (issue 25): where it came from; its recordedAt is when it was imported. Never also late. */
  importedFrom: { info: ImportedFrom; happened: number } | null;
}

export interface ReportSummary {
  from: number | null;
  to: number | null;
  incidents: number;
  byChannel: Partial<Record<Channel, number>>;
  noticeAt: number | null;
  before: number;
  after: number;
  redactions: number;
  /** Issue 13: contacts (the sum of "How many times"), SPARC kinds, the protection order. */
  contacts: number;
  beforeContacts: number;
  afterContacts: number;
  bySparc: Partial<Record<SparcKind, number>>;
  order: { from: number | null; to: number | null; incidents: number; contacts: number } | null;
}

export interface Report { summary: ReportSummary; entries: ReportEntry[]; exhibits: Exhibit[] }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces each phrase (case-insensitively); returns the text and how many were replaced. */
export function redact(text: string, phrases: string[]): { text: string; count: number } {
  const usable = phrases.map((p) => p.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!usable.length || !text) return { text, count: 0 };
  let count = 0;
  const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
  return { text: text.replace(pattern, () => (count++, REDACTED)), count };
}

/** The entry as it will be shown: omitted fields emptied, phrases redacted in every text. */
export function prepareData(data: EntryData, options: ReportOptions, counter: { n: number }): EntryData {
  const omit = new Set(options.omit);
  const r = (text: string) => {
    const out = redact(text, options.redact);
    counter.n += out.count;
    return out.text;
  };
  return {
    ...data,
    what: r(data.what),
    exactWords: omit.has('exactWords') ? '' : r(data.exactWords),
    ...(data.wordsTranslation && !omit.has('exactWords') ? { wordsTranslation: r(data.wordsTranslation) } : { wordsTranslation: undefined }),
    where: omit.has('where') ? '' : r(data.where),
    witnesses: omit.has('witnesses') ? [] : data.witnesses.map((w) => ({ name: r(w.name), contact: r(w.contact) })),
    children: omit.has('children') ? 'unknown' : data.children,
    weaponOrVehicle: omit.has('weaponOrVehicle') ? '' : r(data.weaponOrVehicle),
    police: omit.has('police')
      ? { contacted: false, officer: '', badge: '', reportNumber: '' }
      : { ...data.police, officer: r(data.police.officer), badge: r(data.police.badge), reportNumber: r(data.police.reportNumber) },
    otherReports: omit.has('otherReports') ? '' : r(data.otherReports),
    impact: omit.has('impact') ? '' : r(data.impact),
    evidence: data.evidence.map((e) => ({ ...e, name: r(e.name) })),
    notice: data.notice && { ...data.notice, title: r(data.notice.title) },
  };
}

export function inPeriod(data: EntryData, options: Pick<ReportOptions, 'from' | 'to'>): boolean {
  return (options.from === null || data.occurredAt >= options.from) && (options.to === null || data.occurredAt <= options.to);
}

export function buildReport(entries: Entry[], noticeAt: number | null, options: ReportOptions, order?: ProtectionOrder | null): Report {
  const chosen = entries.filter((e) => inPeriod(e.current, options))
    .sort((a, b) => a.current.occurredAt - b.current.occurredAt || a.recordedAt - b.recordedAt);
  const counter = { n: 0 };
  const exhibits: Exhibit[] = [];
  const byChannel: Partial<Record<Channel, number>> = {};
  let before = 0;
  let after = 0;
  const contacts = { before: 0, after: 0 };
  const bySparc: Partial<Record<SparcKind, number>> = {};
  const span = order ? orderSpan(order) : null;
  const during = { incidents: 0, contacts: 0 };
  const out = chosen.map((entry, i): ReportEntry => {
    const current = entry.versions.at(-1)!;
    const afterNotice = isAfterNotice(entry.current, noticeAt);
    const times = contactsOf(entry.current);
    const inOrder = entry.current.kind === 'incident' && withinOrder(entry.current.occurredAt, span);
    if (entry.current.kind === 'incident') {
      if (afterNotice) {
        after++;
        contacts.after += times;
      } else {
        before++;
        contacts.before += times;
      }
      for (const c of entry.current.channels) byChannel[c] = (byChannel[c] ?? 0) + times;
      for (const k of sparcOf(entry.current)) bySparc[k] = (bySparc[k] ?? 0) + times;
      if (inOrder) {
        during.incidents++;
        during.contacts += times;
      }
    }
    // Numbered as each is pushed, so every exhibit gets its own number (1..N, once each).
    const own = entry.current.evidence.map((ref) => {
      const ex = { n: exhibits.length + 1, entryNumber: i + 1, ref };
      exhibits.push(ex);
      return ex;
    });
    const amendments = entry.versions.slice(0, -1).map((v, k): Amendment => ({
      version: v.version, recordedAt: v.recordedAt, hash: v.hash,
      changed: changedFields(v.data, entry.versions[k + 1]!.data),
      data: prepareData(readEntryData(v.data) ?? upgradeEntry(v.data), options, counter),
      clockBehind: entry.clockBehind.includes(v.version),
    }));
    const data = prepareData(entry.current, options, counter);
    const first = entry.versions[0]!;
    const firstData = readEntryData(first.data) ?? first.data;
    const firstAt = firstData.occurredAt;
    const importedFrom = firstData.imported ? { info: firstData.imported, happened: firstAt } : null;
    const lateAbout = !importedFrom && isLate(firstAt, first.recordedAt) ? firstAt : null;
    own.forEach((ex, k) => (ex.ref = data.evidence[k]!));
    return { n: i + 1, id: entry.id, recordedAt: entry.recordedAt, hash: current.hash, data, afterNotice, inOrder, exhibits: own, amendments, clockBehind: entry.clockBehind, lateAbout, importedFrom };
  });
  return {
    summary: {
      from: options.from ?? out[0]?.data.occurredAt ?? null, to: options.to ?? out.at(-1)?.data.occurredAt ?? null, incidents: before + after, byChannel, noticeAt, before, after, redactions: counter.n,
      contacts: contacts.before + contacts.after, beforeContacts: contacts.before, afterContacts: contacts.after, bySparc,
      order: span && { ...span, ...during },
    },
    entries: out, exhibits,
  };
}

/** The person profile as the report shows it: left out, photo dropped, phrases redacted. */
export function preparePerson(person: Person | null, options: ReportOptions): Person | null {
  if (!person || options.omitPerson) return null;
  const r = (text: string) => redact(text, options.redact).text;
  const o = person.order;
  return {
    ...person,
    names: r(person.names), phones: r(person.phones), accounts: r(person.accounts), vehicle: r(person.vehicle),
    photo: options.omitPersonPhoto ? undefined : person.photo,
    order: { ...o, court: r(o.court), number: r(o.number), servedHow: r(o.servedHow), terms: r(o.terms) },
  };
}
