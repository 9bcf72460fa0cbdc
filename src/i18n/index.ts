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

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.en[key] ?? key;
  if (!params) return template;
  // A value that ends a sentence itself ("9:15 a.m.") swallows the template's own full stop after
  // it, so no sentence ends "a.m..".
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
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

export function formatDateTime(date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const key = `${current}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locales[current], options)));
  return format.format(date);
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
