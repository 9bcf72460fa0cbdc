// Journal entry types, defaults, validation and the "after notice" rule (pure, unit-tested).

/** How the contact happened (DOMAIN.md §1); one incident can have several. */
// Issue 25 added the ways an imported export names: missed call, voicemail, WhatsApp, Messenger, Instagram.
export const CHANNELS = [
  'call', 'missed-call', 'voicemail', 'text', 'whatsapp', 'messenger', 'instagram', 'email', 'social', 'in-person', 'home', 'work-school',
  'followed', 'others', 'gifts', 'damage', 'threats', 'tracking', 'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export type EntryKind = 'incident' | 'notice';
export type ChildrenPresent = 'yes' | 'no' | 'unknown';

export interface Witness { name: string; contact: string }

/** An attachment as recorded when it was added; sha256 is of the original bytes. */
export interface EvidenceRef {
  blobId: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  addedAt: number;
  /** A small encrypted JPEG preview, for images only. */
  thumbId?: string;
  /** When the file says it was made (EXIF, else its modified time), for "one entry per file". */
  takenAt?: number;
  takenFrom?: 'exif' | 'modified';
}

export interface PoliceContact { contacted: boolean; officer: string; badge: string; reportNumber: string }

/** Set on entries of kind "notice": the no-contact notice the letters module sent. */
export interface NoticeInfo { channel: string; letterId: string; title: string }

/** What the person writes (everything but the app-set times and the chain). */
export interface EntryData {
  kind: EntryKind;
  occurredAt: number;
  channels: Channel[];
  what: string;
  exactWords: string;
  where: string;
  witnesses: Witness[];
  children: ChildrenPresent;
  weaponOrVehicle: string;
  police: PoliceContact;
  otherReports: string;
  impact: string;
  evidence: EvidenceRef[];
  notice?: NoticeInfo;
  /** "How many times" (issue 13): contacts this entry stands for; records saved before it read as 1. */
  times: number;
  /** Optional end of the span ("8:42 to 8:52"); occurredAt is its start. */
  until?: number;
  /** SPARC kinds the person chose; absent means derived from the ways of contact. */
  sparc?: SparcKind[];
  /** Logged on the lock screen and accepted at unlock (issue 24): its recordedAt is the time it was logged. */
  loggedWhileLocked?: true;
  /** Read from an export the phone made (issue 25), not written at the time: where in which file. */
  imported?: ImportedFrom;
  /**
   * Issue 23: the IANA zone the device was in when the entry was first saved ("America/New_York"),
   * so its times print in that zone wherever the packet is made. Absent on records saved before.
   */
  zone?: string;
  /** Issue 23: the person's own translation of "Their exact words", printed beside them and marked as hers. */
  wordsTranslation?: string;
}

/**
 * An imported entry's source. Its occurredAt is when the export says it happened; the version's
 * recordedAt is when it was imported. Views print both as "Imported … from <file>, line N".
 */
export interface ImportedFrom {
  /** One import of one file: entries sharing it are deleted together. */
  batch: string;
  /** The export's file name, and the SHA-256 of its bytes taken at import. */
  file: string;
  sha256: string;
  /** Lines of a text export, records of a structured one; positions of the contacts this entry stands for. */
  unit: 'line' | 'record';
  positions: number[];
  /** The zone the person confirmed for an export without one (WhatsApp, CSV). */
  zone?: string;
  /** One per contact, from sender, time and words: importing the same messages again adds nothing. */
  keys: string[];
  /** When the person removed this import: the entry's last version says so, and views leave it out. */
  removed?: number;
}

export const MAX_TEXT = 50_000;
/** A clock a few minutes fast on another device should not block a save. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function emptyEntry(now: number): EntryData {
  return {
    kind: 'incident', occurredAt: now, channels: [], what: '', exactWords: '', where: '',
    witnesses: [], children: 'unknown', weaponOrVehicle: '',
    police: { contacted: false, officer: '', badge: '', reportNumber: '' },
    otherReports: '', impact: '', evidence: [], times: 1,
  };
}

export type FieldError = { field: string; code: 'required' | 'future' | 'invalid' | 'too-long' };

const TEXT_FIELDS = ['what', 'exactWords', 'where', 'weaponOrVehicle', 'otherReports', 'impact'] as const;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A valid time and either "what happened" or a way of contact: everything else can come later. */
export function validateEntry(data: EntryData, now: number): FieldError[] {
  const errors: FieldError[] = [];
  if (data.kind !== 'incident' && data.kind !== 'notice') errors.push({ field: 'kind', code: 'invalid' });
  if (!Number.isFinite(data.occurredAt) || data.occurredAt <= 0) errors.push({ field: 'occurredAt', code: 'invalid' });
  else if (data.occurredAt > now + FUTURE_TOLERANCE_MS) errors.push({ field: 'occurredAt', code: 'future' });
  if (!data.what.trim() && !data.channels.length) errors.push({ field: 'what', code: 'required' });
  errors.push(...validateCount(data));
  for (const field of TEXT_FIELDS) if (data[field].length > MAX_TEXT) errors.push({ field, code: 'too-long' });
  if ((data.wordsTranslation?.length ?? 0) > MAX_TEXT) errors.push({ field: 'wordsTranslation', code: 'too-long' });
  if (data.channels.some((c) => !CHANNELS.includes(c)) || new Set(data.channels).size !== data.channels.length) {
    errors.push({ field: 'channels', code: 'invalid' });
  }
  if (!['yes', 'no', 'unknown'].includes(data.children)) errors.push({ field: 'children', code: 'invalid' });
  if (data.evidence.some((e) => !e.blobId || !SHA256_HEX.test(e.sha256))) errors.push({ field: 'evidence', code: 'invalid' });
  if (data.kind === 'notice' && !data.notice) errors.push({ field: 'notice', code: 'required' });
  return errors;
}

/** Trims text and drops empty witness rows so what is stored (and hashed) is tidy. */
export function normaliseEntry(data: EntryData): EntryData {
  const out: EntryData = {
    ...data,
    channels: CHANNELS.filter((c) => data.channels.includes(c)),
    witnesses: data.witnesses
      .map((w) => ({ name: w.name.trim(), contact: w.contact.trim() }))
      .filter((w) => w.name || w.contact),
    police: {
      contacted: data.police.contacted,
      officer: data.police.officer.trim(),
      badge: data.police.badge.trim(),
      reportNumber: data.police.reportNumber.trim(),
    },
    evidence: data.evidence.map((e) => ({ ...e })),
    // Callers written before "How many times" (imports, the bench) mean one contact.
    times: data.times ?? 1,
  };
  for (const field of TEXT_FIELDS) out[field] = data[field].trim();
  if (!out.notice) delete out.notice;
  if (out.until === undefined) delete out.until;
  if (out.loggedWhileLocked !== true) delete out.loggedWhileLocked;
  if (!out.imported) delete out.imported;
  if (typeof out.zone !== 'string' || !out.zone) delete out.zone;
  if (typeof out.wordsTranslation === 'string' && out.wordsTranslation.trim()) out.wordsTranslation = out.wordsTranslation.trim();
  else delete out.wordsTranslation;
  if (out.sparc) out.sparc = SPARC.filter((k) => data.sparc!.includes(k));
  else delete out.sparc;
  return out;
}

/**
 * The "after notice" rule: an incident whose time is at or after the exact moment the first
 * no-contact notice was sent counts as after notice (the same day, earlier, is before).
 * Notice entries themselves are neither. Without a notice nothing is after.
 */
export function isAfterNotice(data: Pick<EntryData, 'kind' | 'occurredAt'>, noticeAt: number | null): boolean {
  return data.kind === 'incident' && noticeAt !== null && data.occurredAt >= noticeAt;
}

/** The value for <input type="datetime-local"> in the device's time zone. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Parses a datetime-local value; null when it is not a real date and time. */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.getTime();
}

/** Parses a date input (YYYY-MM-DD) to local midnight, or the end of that day. */
export function fromDateInput(value: string, endOfDay = false): number | null {
  const start = fromLocalInput(`${value}T00:00`);
  return start === null || !endOfDay ? start : new Date(start).setDate(new Date(start).getDate() + 1) - 1;
}

/** Which fields differ between two versions (for amendment history). */
export function changedFields(before: EntryData, after: EntryData): Array<keyof EntryData> {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof EntryData>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

// ---- issue 13: contacts counted, SPARC's four kinds ----

export const MAX_TIMES = 10_000;
const DAY_MS = 86_400_000;

function validateCount(data: EntryData): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(data.times) || data.times < 1 || data.times > MAX_TIMES) errors.push({ field: 'times', code: 'invalid' });
  if (data.until !== undefined && (!Number.isFinite(data.until) || data.until < data.occurredAt || data.until > data.occurredAt + DAY_MS)) {
    errors.push({ field: 'until', code: 'invalid' });
  }
  if (data.sparc && data.sparc.some((k) => !SPARC.includes(k))) errors.push({ field: 'sparc', code: 'invalid' });
  return errors;
}

/**
 * Stored versions are never rewritten (they are hash-chained), so records saved before a
 * field existed are read through this: a missing or broken count reads as one contact.
 */
export function upgradeEntry(data: EntryData): EntryData {
  const times = (data as Partial<EntryData>).times;
  return Number.isInteger(times) && times! >= 1 ? data : { ...data, times: 1 };
}

/** Contacts an entry stands for: an incident's count; a notice is not a contact. */
export function contactsOf(data: Pick<EntryData, 'kind' | 'times'>): number {
  return data.kind === 'incident' ? (Number.isInteger(data.times) && data.times >= 1 ? data.times : 1) : 0;
}

/** The end of a span given as a time of day: the same day as the start, or the next one if earlier. */
export function spanEnd(start: number, time: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return null;
  const end = new Date(start);
  end.setHours(Number(m[1]), Number(m[2]), 0, 0);
  if (end.getTime() < start) end.setDate(end.getDate() + 1);
  return end.getTime();
}

/** SPARC's four kinds of stalking behaviour (Surveillance, Life invasion, Interference, Intimidation). */
export const SPARC = ['surveillance', 'life-invasion', 'interference', 'intimidation'] as const;
export type SparcKind = (typeof SPARC)[number];

// After SPARC's SLII guide: watching, following and tracking are surveillance; unwanted
// contact anywhere is life invasion; sabotage and damage interfere; threats intimidate.
const SPARC_OF: Record<Channel, SparcKind[]> = {
  call: ['life-invasion'], 'missed-call': ['life-invasion'], voicemail: ['life-invasion'], text: ['life-invasion'],
  whatsapp: ['life-invasion'], messenger: ['life-invasion'], instagram: ['life-invasion'], email: ['life-invasion'], social: ['life-invasion'],
  'in-person': ['surveillance', 'life-invasion'], home: ['surveillance', 'life-invasion'], 'work-school': ['life-invasion', 'interference'],
  followed: ['surveillance'], others: ['life-invasion', 'interference'], gifts: ['life-invasion', 'intimidation'],
  damage: ['interference', 'intimidation'], threats: ['intimidation'], tracking: ['surveillance'], other: [],
};

export function derivedSparc(channels: Channel[]): SparcKind[] {
  const found = new Set(channels.flatMap((c) => SPARC_OF[c] ?? []));
  return SPARC.filter((k) => found.has(k));
}

/** The kinds counted for an entry: the person's own choice where they made one. */
export function sparcOf(data: Pick<EntryData, 'channels' | 'sparc'>): SparcKind[] {
  return data.sparc ?? derivedSparc(data.channels);
}

/** The draft kept for an entry being written (issue 14: the list says when one is waiting). */
export const NEW_ENTRY_DRAFT = 'journal:new';
export const editDraftKey = (id: string) => `journal:edit:${id}`;

/** One saved version of one entry; stored as is and never changed afterwards. */
export interface VersionRecord {
  chain: number;
  /** Position in the whole journal's chain: 0, 1, 2 … with no gaps. */
  seq: number;
  entryId: string;
  /** 1 for the original, then 2, 3 … for each amendment. */
  version: number;
  /** Set by the app when this version was saved; never editable. */
  recordedAt: number;
  prev: string;
  hash: string;
  data: EntryData;
}
