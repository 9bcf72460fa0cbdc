// The letter templates (which fields each needs) and filling them in either language (pure).
import { isMessageKey, translate, type Lang, type MessageKey } from '../../i18n';
import {
  CHANNELS, DATE_FIELDS, letterDate, toDateInput, type Channel, type FieldId, type LetterContent, type TemplateId, type TextField,
} from './model';
import type { ToneScope } from './tone';

export interface TemplateDef {
  id: TemplateId;
  /** Fields in the order the form shows them. */
  fields: readonly FieldId[];
  /** Fields that may stay empty: their line is left out of the letter. */
  optional: readonly FieldId[];
  /** Sent to the person themself: marking it sent records a no-contact notice in the journal. */
  notice: boolean;
  /** Letters to the person get the full tone check; letters to others may explain and ask. */
  tone: ToneScope;
  channels: readonly Channel[];
}

const COMMON_CHANNELS: readonly Channel[] = ['calls', 'texts', 'email', 'social', 'inPerson'];

export const TEMPLATES: readonly TemplateDef[] = [
  { id: 'noticeShort', fields: ['recipient', 'channels', 'sender', 'date'], optional: [], notice: true, tone: 'person', channels: COMMON_CHANNELS },
  { id: 'noticeFormal', fields: ['recipient', 'channels', 'sender', 'date'], optional: [], notice: true, tone: 'person', channels: COMMON_CHANNELS },
  { id: 'final', fields: ['recipient', 'noticeDate', 'channels', 'sender', 'date'], optional: [], notice: true, tone: 'person', channels: [] },
  { id: 'belongings', fields: ['recipient', 'thirdParty', 'thirdPartyContact', 'sender', 'date'], optional: [], notice: true, tone: 'person', channels: [] },
  {
    id: 'institution', fields: ['recipient', 'person', 'description', 'callWho', 'sender', 'senderContact', 'date'],
    optional: ['description'], notice: false, tone: 'others', channels: [],
  },
  { id: 'circle', fields: ['recipient', 'person', 'sender'], optional: [], notice: false, tone: 'others', channels: [] },
  {
    id: 'platform', fields: ['recipient', 'theirAccount', 'myAccount', 'noticeDate', 'sender', 'date'],
    optional: [], notice: false, tone: 'others', channels: [],
  },
];

export function templateById(id: TemplateId): TemplateDef {
  return TEMPLATES.find((t) => t.id === id) ?? TEMPLATES[0]!;
}

export function isNoticeTemplate(id: TemplateId): boolean {
  return templateById(id).notice;
}

const tplKey = (id: TemplateId, part: string) => `letters.tpl.${id}.${part}` as MessageKey;

/** A field's label: a template may name it more precisely than the general label. */
export function fieldLabelKey(id: TemplateId, field: FieldId): MessageKey {
  const specific = `letters.tpl.${id}.field.${field}`;
  return isMessageKey(specific) ? specific : (`letters.field.${field}` as MessageKey);
}

export const templateTitle = (lang: Lang, id: TemplateId) => translate(lang, tplKey(id, 'title'));

/** The plain explanations shown with a template. */
export const templateText = (lang: Lang, id: TemplateId, part: 'summary' | 'use' | 'avoid') => translate(lang, tplKey(id, part));

/** Each language's "and" before the last item of a list (it may depend on that item). */
const AND: Record<Lang, (last: string) => string> = {
  en: () => 'and',
  // Spanish writes "e" instead of "y" before a word that starts with the sound /i/.
  es: (last) => (/^h?i(?![aeiouáéíóú])/i.test(last) ? 'e' : 'y'),
  fr: () => 'et',
  pt: () => 'e',
  // Arabic writes «و» onto the word after it, and before every item, not only the last.
  ar: () => 'و',
};

/** Languages that put their "and" before every item after the first ("أ وب وج"). */
const AND_EACH: ReadonlySet<Lang> = new Set<Lang>(['ar']);

/** Joins phrases the way each language lists things: "a, b and c" / "a, b y c" / "أ وب وج". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1]!;
  const and = AND[lang](last);
  if (AND_EACH.has(lang)) return items.join(` ${and}`);
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** The chosen channels as the letter's words, in the fixed order of CHANNELS. */
export function channelPhrase(channels: readonly Channel[], lang: Lang): string {
  const chosen = CHANNELS.filter((c) => channels.includes(c));
  return joinList(chosen.map((c) => translate(lang, `letters.phrase.${c}` as MessageKey)), lang);
}

/** The fields a template still needs before it can be sent. */
export function missingFields(content: LetterContent): FieldId[] {
  const def = templateById(content.templateId);
  return def.fields.filter((f) => {
    if (def.optional.includes(f)) return false;
    if (f === 'channels') return !content.fields.channels.some((c) => CHANNELS.includes(c));
    const value = content.fields.text[f]?.trim() ?? '';
    return !value || (DATE_FIELDS.includes(f) && letterDate(value, content.lang) === null);
  });
}

/** What stands in for an empty required field in the preview, e.g. "[Their name]". */
export function marker(id: TemplateId, field: FieldId, lang: Lang): string {
  return `[${translate(lang, fieldLabelKey(id, field))}]`;
}

function fieldValue(content: LetterContent, field: FieldId): string {
  const { lang, fields } = content;
  if (field === 'channels') return channelPhrase(fields.channels, lang);
  const raw = fields.text[field]?.trim() ?? '';
  if (DATE_FIELDS.includes(field as TextField)) return raw ? letterDate(raw, lang) ?? '' : '';
  return raw;
}

export interface FilledLetter { subject: string; body: string }

/**
 * Fills the template in the letter's language. Empty required fields show as markers so the
 * preview says what is missing; an empty optional field's line is dropped.
 */
export function fillLetter(content: LetterContent): FilledLetter {
  const { templateId: id, lang } = content;
  const def = templateById(id);
  const params: Record<string, string> = {};
  for (const field of def.fields) {
    const value = fieldValue(content, field);
    params[field] = value || (def.optional.includes(field) ? '' : marker(id, field, lang));
  }
  const subject = translate(lang, tplKey(id, 'subject'), params);
  const body = content.customBody ?? tidy(translate(lang, tplKey(id, 'body'), params));
  return { subject, body };
}

/** Removes the blank lines an empty optional field leaves behind. */
function tidy(text: string): string {
  return text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Markers still in the person's own wording (copied from the preview before filling in). */
export function leftoverMarkers(content: LetterContent, text: string): FieldId[] {
  const def = templateById(content.templateId);
  return def.fields.filter((f) => text.includes(marker(content.templateId, f, content.lang)));
}

/** Placeholders the template text did not get a value for: always a bug, tested. */
export function unreplaced(text: string): string[] {
  return text.match(/\{\w+\}/g) ?? [];
}

/** A fresh letter: today's date, the usual channels, and the first notice's date if known. */
export function newContent(templateId: TemplateId, lang: Lang, now: number, noticeDate: string | null): LetterContent {
  const def = templateById(templateId);
  const text: LetterContent['fields']['text'] = {};
  if (def.fields.includes('date')) text.date = toDateInput(now);
  if (def.fields.includes('noticeDate') && noticeDate) text.noticeDate = noticeDate;
  return { templateId, lang, fields: { text, channels: [...def.channels] }, customBody: null };
}
