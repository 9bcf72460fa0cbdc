// What every importer hands on: one parsed item per message or call, with its place in the file.
// Pure types and helpers; the parsers, the planner and the views all share them.

/** Where an item came from, which also decides its way of contact. */
export type Source = 'whatsapp' | 'sms' | 'mms' | 'call' | 'messenger' | 'instagram' | 'csv';

/** SMS Backup & Restore's call types, in its own order (1 … 6). */
export const CALL_TYPES = ['incoming', 'outgoing', 'missed', 'voicemail', 'rejected', 'blocked'] as const;
export type CallType = (typeof CALL_TYPES)[number];

/** A local date and time as the export printed it, with no zone: [year, month 1-12, day, hour, minute, second]. */
export type WallTime = [number, number, number, number, number, number];

/**
 * Media in the export: a file inside the zip, or an MMS part carried inline. An MMS part's bytes
 * are not kept while parsing (a backup holds thousands of pictures): `part` is its place among its
 * record's <part> elements, read again from the file when imported (see mmsParts in sms.ts).
 */
export interface MediaRef { name: string; type?: string; part?: number }

export interface ParsedItem {
  source: Source;
  /** Milliseconds since 1970 where the export says so (SMS, calls, Messenger). */
  at?: number;
  /** The printed local time where the export has no zone (WhatsApp, CSV): resolved with the zone the person confirms. */
  wall?: WallTime;
  /** Who wrote it or called: a name, or a number as the backup has it. */
  from: string;
  /** A contact name the backup gives for a number (shown beside it in "Whose messages"). */
  fromName?: string;
  /** Sent or made by the person herself (an SMS of type 2, an outgoing call). */
  mine: boolean;
  /** The other party of a backup holding every conversation (SMS, calls); absent for single-chat exports. */
  peer?: string;
  text: string;
  media: MediaRef[];
  /** The export says media was left out ("<Media omitted>", "image omitted"). */
  mediaOmitted?: boolean;
  call?: { type: CallType; seconds: number };
  /** Line N of a text export, record N of a structured one (1-based). */
  pos: { unit: 'line' | 'record'; n: number };
}

export type ImportErrorCode = 'not-export' | 'truncated' | 'date-format' | 'encoding' | 'empty' | 'too-large';

/** A file the importer cannot read: the view shows the code's message and writes nothing. */
export class ImportError extends Error {
  constructor(readonly code: ImportErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export interface ParseResult {
  format: 'whatsapp' | 'sms-xml' | 'messenger' | 'csv';
  items: ParsedItem[];
  /** For exports printed with a day and a month: which order the file suggests, and whether it is certain. */
  dateOrder?: { daysFirst: boolean; certain: boolean };
}

/** Hidden direction and spacing marks WhatsApp puts in lines; never part of the words. */
const MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export function stripMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** Undoes Facebook's mojibake: UTF-8 bytes written as one Latin-1 character each. Text that is not such stays as it is. */
export function fixMojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || [...text].some((c) => c.charCodeAt(0) > 0xff)) return text;
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

/**
 * The instant a wall time names in an IANA time zone. Two passes of the zone's offset cover
 * daylight-saving changes; a time that does not exist (the skipped hour) moves forward.
 */
export function wallToUtc(wall: WallTime, zone: string): number {
  const [y, mo, d, h, mi, s] = wall;
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = guess - offsetAt(guess, zone);
  return guess - offsetAt(first, zone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The zone's offset from UTC at an instant, in ms. */
export function offsetAt(ms: number, zone: string): number {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** A zone name the browser knows, else null. */
export function validZone(zone: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/** The instant of an item: its own, or its wall time in the confirmed zone. */
export function instantOf(item: ParsedItem, zone: string): number {
  if (item.at !== undefined) return item.at;
  return wallToUtc(item.wall!, zone);
}

/** Day-first or month-first from the numbers themselves: a first part over 12 is a day, a second part over 12 is one too. */
export function guessDateOrder(pairs: Array<[number, number]>): { daysFirst: boolean; certain: boolean } | null {
  if (pairs.some(([a]) => a > 12)) return { daysFirst: true, certain: true };
  if (pairs.some(([, b]) => b > 12)) return { daysFirst: false, certain: true };
  return null;
}

/** Parses "21:41", "21:41:35", "9:41 PM", "9.41 p.m.", "1:55 p. m." into [h, m, s], or null. */
export function parseClock(text: string): [number, number, number] | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*(m\.?)?\s*$/i.exec(stripMarks(text).replace(/\u202F|\u00A0/g, ' '));
  if (!m) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  const ampm = m[4]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'p' ? 12 : 0);
  }
  return h < 24 && mi < 60 && s < 60 ? [h, mi, s] : null;
}

/** A real calendar date, or false (31/02 and month 13 are not dates). */
export function realDate(y: number, mo: number, d: number): boolean {
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1970 && y <= 9999)) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A two-digit year is this century's. */
export function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}
