// Letter types, the channels a letter can name, dates for letter fields and record checks (pure).
import { asLang, LANGUAGES, type Lang } from '../../i18n';

/** Ways of contact a notice can name (DOMAIN.md §2: "name every channel"). */
export const CHANNELS = ['calls', 'texts', 'email', 'social', 'inPerson', 'home', 'work', 'others', 'gifts'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How the person actually sent the letter, for "Mark as sent". */
export const SEND_CHANNELS = ['email', 'text', 'certifiedMail', 'mail', 'hand', 'messaging', 'other'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

export const TEMPLATE_IDS = ['noticeShort', 'noticeFormal', 'final', 'belongings', 'institution', 'circle', 'platform'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const TEXT_FIELDS = [
  'recipient', 'person', 'thirdParty', 'thirdPartyContact', 'description', 'callWho',
  'theirAccount', 'myAccount', 'noticeDate', 'sender', 'senderContact', 'date',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type FieldId = TextField | 'channels';
export const DATE_FIELDS: readonly TextField[] = ['date', 'noticeDate'];

export interface LetterFields {
  text: Partial<Record<TextField, string>>;
  channels: Channel[];
}

/** What the composer edits: a template, the letter's language, the fields, or own wording. */
export interface LetterContent {
  templateId: TemplateId;
  lang: Lang;
  fields: LetterFields;
  /** The person's own wording of the body; null while the template's wording is used. */
  customBody: string | null;
}

/** A proof file as stored in the vault's blob store (original bytes, hashed when added). */
export interface ProofRef { blobId: string; name: string; type: string; size: number; sha256: string }

export interface SentInfo {
  sentAt: number;
  channel: SendChannel;
  /** Tracking number, address or account it went to: optional. */
  reference: string;
  proof: ProofRef[];
  /** The journal's "no-contact notice sent" entry; null until it is recorded (or not a notice). */
  journalEntryId: string | null;
  /** The text exactly as sent: never re-filled from the template again. */
  subject: string;
  body: string;
}

export interface LetterRecord extends LetterContent {
  status: 'draft' | 'sent';
  createdAt: number;
  updatedAt: number;
  sent?: SentInfo;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today (or any moment) as a date input value, in the device's time zone. */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The value for <input type="datetime-local">, in the device's time zone. */
export function toDateTimeInput(ms: number): string {
  const d = new Date(ms);
  return `${toDateInput(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Parses YYYY-MM-DD or YYYY-MM-DDTHH:MM to local time; null for anything not a real date. */
export function parseLocal(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d || h > 23 || mi > 59) return null;
  return date.getTime();
}


/**
 * A date written in the letter's own language, which may differ from the app's (someone
 * using the app in Spanish may write to a person who reads English), hence not formatDate().
 */
export function letterDate(value: string, lang: Lang): string | null {
  const ms = parseLocal(value);
  return ms === null ? null : new Intl.DateTimeFormat(LANGUAGES[lang].letterLocale, { dateStyle: 'long' }).format(ms);
}

/** Latest allowed "sent at": a clock a few minutes fast elsewhere should not block it. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type SentError = 'sentAt' | 'future' | 'channel';

export function validateSent(sentAt: number | null, channel: string, now: number): SentError[] {
  const errors: SentError[] = [];
  if (sentAt === null || !Number.isFinite(sentAt)) errors.push('sentAt');
  else if (sentAt > now + FUTURE_TOLERANCE_MS) errors.push('future');
  if (!(SEND_CHANNELS as readonly string[]).includes(channel)) errors.push('channel');
  return errors;
}

/** Drafts first (newest edit first), then sent letters (newest sending first). */
export function sortLetters<T extends { value: LetterRecord }>(items: T[]): T[] {
  const key = (r: LetterRecord) => (r.status === 'sent' ? r.sent?.sentAt ?? r.updatedAt : r.updatedAt);
  return [...items].sort((a, b) => {
    if (a.value.status !== b.value.status) return a.value.status === 'draft' ? -1 : 1;
    return key(b.value) - key(a.value);
  });
}

/** A record read back from the vault, checked before the views trust it. */
export function isLetterRecord(value: unknown): value is LetterRecord {
  const r = value as LetterRecord | null;
  return Boolean(r) && typeof r === 'object'
    && (TEMPLATE_IDS as readonly string[]).includes(r!.templateId)
    && asLang(r!.lang) !== null
    && (r!.status === 'draft' || (r!.status === 'sent' && typeof r!.sent === 'object' && r!.sent !== null))
    && typeof r!.fields === 'object' && Array.isArray(r!.fields?.channels);
}

/** The earliest time a no-contact notice was sent, among letters that count as notices. */
export function earliestNotice(records: LetterRecord[], isNotice: (id: TemplateId) => boolean): number | null {
  const times = records
    .filter((r) => r.status === 'sent' && r.sent && isNotice(r.templateId))
    .map((r) => r.sent!.sentAt);
  return times.length ? Math.min(...times) : null;
}
