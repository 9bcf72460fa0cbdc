// Message lookup and locale state: every visible string goes through t().
import type { catalog as fullEn } from './en';
import type { catalog as fullEs } from './es';
import { core as coreEn } from './en/core';
import { disguise as disguiseEn } from './en/disguise';
import { loadShell } from './shell';
import { LANGUAGES, type Lang } from './languages';
import { asLang, detectLang, LANGS } from './locale';

export type MessageKey = keyof typeof fullEn;
export type Params = Record<string, string | number>;
/** Some of a language's messages (a module's file, or what one screen needs). */
export type MessagePart = Partial<Record<MessageKey, string>>;

/** Each language's whole catalog must have every key: a missing one is a compile error here. */
const complete: Record<Lang, Record<MessageKey, string>> = {} as { en: typeof fullEn; es: typeof fullEs };
void complete;

/**
 * The messages known so far, per language. English's shell is bundled (the fallback for any key a
 * language lacks); every other language's parts arrive through loaders (./shell.ts, ./features.ts).
 */
export const CATALOGS = Object.fromEntries(LANGS.map((l) => [l, l === 'en' ? { ...coreEn, ...disguiseEn } : {}])) as Record<Lang, MessagePart>;

/** Messages for some languages at once (parts loaded with the code that shows them). */
export function addMessages(parts: Partial<Record<Lang, MessagePart>>): void {
  for (const lang of LANGS) if (parts[lang]) Object.assign(CATALOGS[lang], parts[lang]);
}

/** A source of one part of a language's messages, fetched only when that language is spoken. */
export type MessageLoader = (lang: Lang) => Promise<MessagePart>;
const loaders: MessageLoader[] = [];
const fetched = new Map<MessageLoader, Map<Lang, Promise<void>>>();

function fetchPart(loader: MessageLoader, lang: Lang): Promise<void> {
  let byLang = fetched.get(loader);
  if (!byLang) fetched.set(loader, (byLang = new Map()));
  let done = byLang.get(lang);
  if (!done) {
    done = loader(lang).then((part) => addMessages({ [lang]: part }));
    // A failed fetch (offline before precache) is tried again next time; English stands in meanwhile.
    done.catch(() => byLang.delete(lang));
    byLang.set(lang, done);
  }
  return done;
}

/** Registers a loader and fetches its part for the language spoken now. */
export function addLoader(loader: MessageLoader): Promise<void> {
  loaders.push(loader);
  return fetchPart(loader, current);
}

/** Every registered part of a language's messages: awaited before that language is shown. */
export async function loadLang(lang: Lang): Promise<void> {
  await Promise.all(loaders.map((loader) => fetchPart(loader, lang)));
}

export { LANGS, LANGUAGES, asLang, detectLang, type Lang };

let current: Lang = 'en';
loaders.push(loadShell);
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = LANGUAGES[lang].dir;
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

const locales = (lang: Lang): string => LANGUAGES[lang].locale;

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
    return printZone(+date, options.timeZone, locales(current), options.timeStyle === 'medium' || options.timeStyle === 'long' || !!options.second);
  }
  const key = `${current}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locales(current), options)));
  return format.format(date);
}

export function formatDate(date: Date | number): string {
  return formatDateTime(date, { dateStyle: 'medium' });
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(value: number): string {
  let format = numberFormats.get(current);
  if (!format) numberFormats.set(current, (format = new Intl.NumberFormat(locales(current))));
  return format.format(value);
}
