// Help resources: the shape of a country's help data (one typed file per country, in
// data/countries/), the rule for what may be shown, its check, and the links it yields.
import type { Lang } from '../../i18n/locale';
import { smsHref, telHref } from './phone';

/**
 * A help-data text: English always, each other language where written, English shown meanwhile.
 * Not Record<Lang, string>: that would make adding a language edit all 18 country files at once
 * (one conflict per translator); tests/unit/resources.test.ts lists which languages are complete.
 */
export type Localized = { en: string } & Partial<Record<Lang, string>>;

/** A help-data text in `lang`, else English. */
export const inLang = (text: Localized, lang: Lang): string => text[lang] ?? text.en;

/**
 * The research's status tags (shared/HELP-DATA.md): `2+` two or more independent sources agree;
 * `SINGLE` one source; `OLD` newest source before 2022; `UNDATED`; `CONFLICT` sources disagree;
 * `not found`. Two more, for emergency numbers only: `official` (Canada's 9-1-1, from the
 * Department of Justice's own page) and `spec` (the US 911 of the project's DOMAIN.md §5).
 */
export type Status = '2+' | 'SINGLE' | 'OLD' | 'UNDATED' | 'CONFLICT' | 'not found' | 'official' | 'spec';

/** What a line is: the emergency number, a national domestic-violence line, a stalking line, a text or chat channel. */
export type Kind = 'emergency' | 'dv' | 'stalking' | 'text' | 'chat';

export interface Source {
  /** The site the fact was read on, as HELP-DATA.md names it ("tf1info.fr"). */
  site: string;
  /** Its date: YYYY, YYYY-MM or YYYY-MM-DD; null when the page shows none. */
  date: string | null;
}

export interface HelpLine {
  id: string;
  kind: Kind;
  status: Status;
  name: Localized;
  about: Localized;
  /** What is dialled or texted: E.164 (+33…) or a short code ("3919", "116016"). */
  number?: string;
  /** The number as the country writes it ("0808 802 0300", "116 016"). */
  display?: string;
  /** Toll-free numbers and short codes: callable only from inside the country. */
  domesticOnly?: boolean;
  /** A text line: what to send, if a keyword starts the conversation. */
  body?: string;
  /** A WhatsApp number rather than SMS. */
  whatsapp?: boolean;
  /** A chat: where it is (the operator's page). */
  chat?: string;
  /** null: our research did not confirm it. */
  hours: Localized | null;
  languages: Localized | null;
  free: boolean | null;
  /** The newest source the research read for this line. */
  source: Source;
  /** The operator's own page, so the person can confirm the number there. */
  operator: string;
}

export interface Country {
  id: string;
  /** ISO 3166 code: guessed from the browser's language tag (fr-FR → FR). */
  iso: string;
  name: Localized;
  /** The emergency number first; absent when our research did not confirm it. */
  emergency?: HelpLine;
  /** National lines in the order shown. */
  lines: HelpLine[];
  /** Said above the lines: no national line (Canada), only one city's line (Colombia), … */
  note?: Localized;
  /** The local name of a protection order, in the country's language, for the journal and report. */
  protectionOrder?: { local: string; source: Source };
}

/** The rule for what is shown (issue 26): help lines need `2+` and a source from 2022 on. */
export const MIN_SOURCE_DATE = '2022';
export const E164 = /^\+[1-9]\d{6,14}$/;
/** Short codes, France's 17 to 116 016: dialled as written, from inside the country only. */
export const SHORT_CODE = /^\d{2,6}$/;
const ID = /^[a-z0-9-]{2,40}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Only https links to a real host: no credentials, no other schemes. */
export function isSafeWebLink(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password && url.href === value;
  } catch {
    return false;
  }
}

const recent = (date: string | null) => date !== null && DATE.test(date) && date.slice(0, 4) >= MIN_SOURCE_DATE;

/**
 * Why a line may not be shown (empty: it may). Help lines: tag `2+` and a source dated 2022 or
 * later. The emergency number: `2+` whatever the date (it is set by law and rarely changes, and
 * leaving out 999 would send someone in danger nowhere; its date is shown as it is), `official` or `spec`.
 */
export function lineProblems(line: HelpLine): string[] {
  const out: string[] = [];
  if (!ID.test(line.id)) out.push('id');
  if (line.kind === 'emergency') {
    if (!['2+', 'official', 'spec'].includes(line.status)) out.push(`status ${line.status}`);
    if (line.source.date !== null && !DATE.test(line.source.date)) out.push('source date');
  } else {
    if (line.status !== '2+') out.push(`status ${line.status}`);
    if (!recent(line.source.date)) out.push('source date before 2022 or missing');
  }
  if (!line.source.site.trim()) out.push('source site');
  if (!isSafeWebLink(line.operator)) out.push('operator page');
  if (line.chat !== undefined && !isSafeWebLink(line.chat)) out.push('chat');
  if (line.number !== undefined) {
    if (SHORT_CODE.test(line.number)) { if (line.domesticOnly !== true) out.push('short code without domesticOnly'); }
    else if (!E164.test(line.number)) out.push('number');
    if (!line.display?.trim()) out.push('display');
  }
  if (line.body !== undefined && !/^[A-Za-z0-9 ]{1,40}$/.test(line.body)) out.push('body');
  if (line.kind === 'chat' ? !line.chat : !line.number) out.push('no way to reach');
  for (const field of [line.name, line.about, line.hours, line.languages]) {
    // English is required; any other language written must not be blank (a missing one falls back).
    if (field && Object.values(field).some((text) => !text?.trim())) out.push('text');
  }
  return out;
}

/** Every country that passes, and one line per problem ("fr/fr-3919: status OLD"); a failing line is left out. */
export function checkCountries(countries: readonly Country[]): { countries: Country[]; problems: string[] } {
  const problems: string[] = [];
  const out: Country[] = [];
  for (const country of countries) {
    const keep = (line: HelpLine) => {
      const found = lineProblems(line);
      for (const p of found) problems.push(`${country.id}/${line.id}: ${p}`);
      return found.length === 0;
    };
    const emergency = country.emergency && keep(country.emergency) ? country.emergency : undefined;
    out.push({ ...country, emergency, lines: country.lines.filter(keep) });
  }
  return { countries: out, problems };
}

/** The href that calls, texts or opens a line. */
export function lineHref(line: HelpLine): string | null {
  if (line.kind === 'chat') return line.chat ?? null;
  if (!line.number) return null;
  if (line.whatsapp) return `https://wa.me/${line.number.replace(/\D/g, '')}`;
  return line.kind === 'text' ? smsHref(line.number, line.body) : telHref(line.number);
}

/** The country for a browser's languages ("en-GB" → the UK), else the first country. */
export function regionForLocales<T extends { iso: string }>(regions: readonly T[], tags: readonly string[]): T | undefined {
  for (const tag of tags) {
    const subtag = tag.split('-').slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    const found = subtag && regions.find((r) => r.iso === subtag);
    if (found) return found;
  }
  return regions[0];
}

export function findRegion<T extends { id: string; iso: string }>(regions: readonly T[], id: string | undefined, tags: readonly string[]): T | undefined {
  return regions.find((r) => r.id === id) ?? regionForLocales(regions, tags);
}
