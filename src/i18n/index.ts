// Message lookup and locale state: every visible string goes through t().
import type { catalog as fullEn } from './en';
import type { catalog as fullEs } from './es';
import type { catalog as fullFr } from './fr';
import type { catalog as fullPt } from './pt';
import type { catalog as fullAr } from './ar';
import { loadShell } from './shell';
import { LANGUAGES, type Lang } from './languages';
import { asLang, detectLang, LANGS } from './locale';
import { pseudoLocalize } from './pseudo';

export type MessageKey = keyof typeof fullEn;
export type Params = Record<string, string | number>;
/** Some of a language's messages (a module's file, or what one screen needs). */
export type MessagePart = Partial<Record<MessageKey, string>>;

/** Each language's whole catalog must have every key: a missing one is a compile error here. */
const complete: Record<Lang, Record<MessageKey, string>> = {} as { en: typeof fullEn; es: typeof fullEs; fr: typeof fullFr; pt: typeof fullPt; ar: typeof fullAr };
void complete;

/**
 * The messages known so far, per language: each part arrives through a loader (./shell.ts,
 * ./features.ts) when its language is spoken. English, the fallback for a key a language lacks,
 * comes with the features after unlock (before it, only the chosen language loads: see loadLang).
 */
export const CATALOGS = Object.fromEntries(LANGS.map((l) => [l, {}])) as Record<Lang, MessagePart>;

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

/**
 * Every registered part of a language's messages: awaited before that language is shown. If one
 * cannot be had (a chunk missing from an old cache), English's stands in, so no screen shows keys.
 */
export async function loadLang(lang: Lang): Promise<void> {
  try {
    await Promise.all(loaders.map((loader) => fetchPart(loader, lang)));
  } catch (error) {
    if (lang === 'en') throw error;
    await loadLang('en');
  }
}

export { LANGS, LANGUAGES, asLang, detectLang, type Lang };

let current: Lang = 'en';
loaders.push(loadShell);
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

/**
 * A phone number or other left-to-right run inside a right-to-left sentence, isolated (LRI…PDI,
 * as <bdi dir="ltr"> does) so "+44 808 802 0300" keeps its order in Arabic; unchanged elsewhere.
 */
export function isolateLtr(text: string): string {
  return text && LANGUAGES[current].dir === 'rtl' ? `\u2066${text}\u2069` : text;
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

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of n in a locale, by the platform's rules (Arabic: zero one two few many other). */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/** The body of the `{…}` that opens at `open`, and where it ends; null when unbalanced. */
function braced(text: string, open: number): { body: string; end: number } | null {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { body: text.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

const PLURAL_HEAD = /\{(\w+), plural,/g;
const BRANCH = /\s*(=\d+|zero|one|two|few|many|other)\s*(?=\{)/y;

/**
 * ICU's plural form, one message with as many branches as the language needs, chosen by
 * Intl.PluralRules ("{count, plural, =0 {none} one {# time} other {# times}}"); an exact `=n`
 * wins over the category, `other` is the fallback. Branches may hold {placeholders}.
 */
function plurals(locale: string, template: string, params: Params): string {
  let out = '';
  let from = 0;
  PLURAL_HEAD.lastIndex = 0;
  for (let head = PLURAL_HEAD.exec(template); head; head = PLURAL_HEAD.exec(template)) {
    const forms = new Map<string, string>();
    let at = head.index + head[0].length;
    for (;;) {
      BRANCH.lastIndex = at;
      const branch = BRANCH.exec(template);
      const body = branch && braced(template, BRANCH.lastIndex);
      if (!branch || !body) break;
      forms.set(branch[1]!, body.body);
      at = body.end;
    }
    const close = /^\s*\}/.exec(template.slice(at));
    const name = head[1]!;
    if (!close || !(name in params)) continue;
    const value = params[name]!;
    // Counts often arrive formatted ("1,000", "1.000", Arabic-Indic "١٬٠٠٠"): the digits are the number.
    const n = typeof value === 'number' ? value : Number(String(value).replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf)).replace(/[^\d]/g, ''));
    const chosen = forms.get(`=${n}`) ?? forms.get(pluralCategory(locale, n)) ?? forms.get('other') ?? '';
    out += template.slice(from, head.index) + plurals(locale, chosen, params).replace(/#/g, String(value));
    from = at + close[0].length;
    PLURAL_HEAD.lastIndex = from;
  }
  return out + template.slice(from);
}

/**
 * Whether this is the e2e walk's pseudo-locale build (`vite build --mode pseudo`). Vite writes the
 * mode in as a constant, so the normal build folds this to false and leaves ./pseudo.ts out.
 */
export const PSEUDO = import.meta.env.MODE === 'pseudo';

/** Set by tests only (the pseudo-locale, ./pseudo.ts): every message passes through it before use. */
let messageFilter: ((template: string) => string) | null = PSEUDO ? pseudoLocalize : null;
export function setMessageFilter(filter: ((template: string) => string) | null): void {
  messageFilter = filter;
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const found = CATALOGS[lang][key] ?? CATALOGS.en[key] ?? key;
  return formatMessage(locales(lang), messageFilter ? messageFilter(found) : found, params);
}

/** A message's text: its plural forms chosen for the locale, then its {placeholders} filled. */
export function formatMessage(locale: string, template: string, params?: Params): string {
  if (!params) return template;
  // A value that ends a sentence itself ("9:15 a.m.") swallows the template's own full stop after
  // it, so no sentence ends "a.m..".
  return plurals(locale, template, params).replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return value + (stop && value.endsWith('.') ? '' : stop);
  });
}

export function t(key: MessageKey, params?: Params): string {
  return translate(current, key, params);
}

/** A plural message for n: {count} (and ICU's #) is n in the language's number format. */
export function plural(n: number, key: MessageKey, params: Params = {}): string {
  return t(key, { ...params, count: formatNumber(n) });
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
  return key in CATALOGS.en || key in CATALOGS[current];
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

/** The locale Intl formats the current language in ("en-US"). */
export function intlLocale(): string {
  return locales(current);
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
