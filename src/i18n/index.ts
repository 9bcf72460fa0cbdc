// Message lookup and locale state: every visible string goes through t().
import type { catalog as fullEn } from './en';
import type { catalog as fullEs } from './es';
import { shellEn, shellEs } from './shell';
import { detectLang, LANGS, type Lang } from './locale';

export type MessageKey = keyof typeof fullEn;
export type Params = Record<string, string | number>;

// A key missing from the Spanish catalog is a compile error (each module file is typed, too).
const spanishIsComplete: Record<MessageKey, string> = {} as typeof fullEs;
void spanishIsComplete;

/** Shell messages now; feature messages join after unlock (see ./features.ts). */
export const CATALOGS = { en: { ...shellEn }, es: { ...shellEs } } as Record<Lang, Record<MessageKey, string>>;

export function addMessages(en: Partial<Record<MessageKey, string>>, es: Partial<Record<MessageKey, string>>): void {
  Object.assign(CATALOGS.en, en);
  Object.assign(CATALOGS.es, es);
}
export { LANGS, detectLang, type Lang };

let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
  for (const listener of listeners) listener(lang);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** ICU's plural form, by the platform's rules (Intl.PluralRules): "{count, plural, one {# time} other {# times}}". */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|\w+)\s*\{[^{}]*\})+)\s*\}/g;

function plurals(lang: Lang, template: string, params: Params): string {
  return template.replace(PLURAL, (whole, name: string, branches: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    // Counts often arrive formatted ("1,000", "1.000"): the digits are the number.
    const n = typeof value === 'number' ? value : Number(String(value).replace(/[^\d]/g, ''));
    const forms = new Map([...branches.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
    return (forms.get(`=${n}`) ?? forms.get(rules.select(n)) ?? forms.get('other') ?? '').replace(/#/g, String(value));
  });
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.en[key] ?? key;
  if (!params) return template;
  // A value that ends a sentence itself ("9:15 a.m.") swallows the template's own full stop after
  // it, so no sentence ends "a.m..".
  return plurals(lang, template, params).replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return value + (stop && value.endsWith('.') ? '' : stop);
  });
}

export function t(key: MessageKey, params?: Params): string {
  return translate(current, key, params);
}

/**
 * A message kept by its key, for state that outlives a render (a "Saved." status): text
 * translated when it happened would stay in that language after a switch; this is
 * translated each time it is shown.
 */
export interface Message { key: MessageKey; params?: Params }

export const message = (key: MessageKey, params?: Params): Message => ({ key, params });

/** A kept message's text in the current language ('' for none). */
export function say(kept: Message | null | undefined): string {
  return kept ? t(kept.key, kept.params) : '';
}

/** Whether a string is a catalog key (for data files that store keys). */
export function isMessageKey(key: string): key is MessageKey {
  return key in CATALOGS.en;
}

const locales: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

// Building a formatter costs ~0.3 ms; a report formats thousands of dates, so keep them.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Issue 23: while a packet is written, every time printed carries its zone ("7:35 AM EST
 * (UTC−5)"): the zone given in the options (an entry's own), else the device's. The packet
 * passes the formatter (lib/zone.ts), which then stays out of the first screen's bundle.
 */
type ZonedFormat = (ms: number, zone: string | undefined, locale: string, seconds: boolean) => string;
let printZone: ZonedFormat | null = null;
export function setPrintZone(format: ZonedFormat | null): void {
  printZone = format;
}

export function formatDateTime(date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  if (printZone && (options.timeStyle || options.hour)) {
    return printZone(+date, options.timeZone, locales[current], options.timeStyle === 'medium' || options.timeStyle === 'long' || !!options.second);
  }
  const key = `${current}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locales[current], options)));
  return format.format(date);
}

/** The locale Intl formats the current language in ("en-US"). */
export function intlLocale(): string {
  return locales[current];
}

export function formatDate(date: Date | number): string {
  return formatDateTime(date, { dateStyle: 'medium' });
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(value: number): string {
  let format = numberFormats.get(current);
  if (!format) numberFormats.set(current, (format = new Intl.NumberFormat(locales[current])));
  return format.format(value);
}
