// Finds English left on a screen in another language, and text that does not fit: the English
// catalog values (built from the catalogs themselves, never a word list), what a screen shows
// (text, aria-label, placeholder, title, alt), and what overflows or is clipped at 320 px.
import type { Page } from 'playwright-core';
import { catalog as en } from '../../src/i18n/en';
import { catalog as es } from '../../src/i18n/es';
import { catalog as fr } from '../../src/i18n/fr';
import { catalog as pt } from '../../src/i18n/pt';
import { catalog as ar } from '../../src/i18n/ar';
import { exitText, type ExitTextKey } from '../../src/i18n/exit';
import { DISGUISES, disguiseName } from '../../src/exit/disguises';
import { COUNTRIES } from '../../src/features/resources/data/countries';
import { pseudoLocalize } from '../../src/i18n/pseudo';
import { LANGS, LANGUAGES } from '../../src/i18n/languages';

export type Catalog = Record<keyof typeof en, string>;

/**
 * The languages walked, each with the browser locale a person speaking it would have. `pseudo`:
 * the English app of the pseudo-locale build (dist-pseudo/), every message stretched and accented.
 */
export interface LanguageWalk { lang: string; locale: string; catalog: Catalog; pseudo?: boolean }
export const WALKS: LanguageWalk[] = [
  { lang: 'es', locale: 'es-ES', catalog: es },
  { lang: 'fr', locale: 'fr-FR', catalog: fr },
  { lang: 'pt', locale: 'pt-BR', catalog: pt },
  { lang: 'ar', locale: 'ar-EG', catalog: ar },
];

/** The pseudo-locale walk: what the pseudo build shows for each English message (src/i18n/pseudo.ts). */
export const PSEUDO_WALK: LanguageWalk = {
  lang: 'en',
  locale: 'en-US',
  catalog: Object.fromEntries(Object.entries(en).map(([key, value]) => [key, pseudoLocalize(value)])) as Catalog,
  pseudo: true,
};

/** The disguises' names in a language (as its phones name their own Notes and Weather apps). */
export const disguiseNames = (lang: string) => ({ notes: disguiseName('notes', lang), weather: disguiseName('weather', lang) });

type Pair = { key: string; en: string; other: string };

/** Every (English, other language) pair the app can show: the catalogs, the exit module's strings, the hotline data. */
function pairs(walk: LanguageWalk): Pair[] {
  const out: Pair[] = Object.entries(en).map(([key, value]) => ({ key, en: value, other: walk.catalog[key as keyof typeof en] }));
  const exitKeys: ExitTextKey[] = ['label', 'shiftOnce', 'shiftTwice', 'expired'];
  for (const key of exitKeys) out.push({ key: `exit.${key}`, en: exitText('en', key), other: exitText(walk.lang, key) });
  const visit = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    // A text of the help data: its English, and the language's own (none shows English, which must be flagged).
    if (typeof o.en === 'string' && typeof o.es === 'string') out.push({ key: path, en: o.en, other: typeof o[walk.lang] === 'string' ? o[walk.lang] as string : '' });
    else for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
  };
  visit(COUNTRIES, 'countries');
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

export interface EnglishValue { key: string; text: string; whole: RegExp; inside: RegExp | null }

/**
 * The English values a screen in another language must never show: those that differ from their
 * value in that language and are not among its values too (the same word in both, a code, a
 * language's own name). A shown string fails when it is one of them ({placeholders} match
 * anything), or contains one of two or more words (a single English word inside a sentence is too
 * often a name: Kids Help Phone).
 */
export function englishValues(walk: LanguageWalk): EnglishValue[] {
  const all = pairs(walk);
  const native = new Set(all.map((p) => squash(p.other)));
  // The disguises' English names are the apps' names where a language keeps them (Daybook).
  for (const d of DISGUISES) if (disguiseName(d.id, walk.lang) === d.name) native.add(d.name);
  const seen = new Set<string>();
  const out: EnglishValue[] = [];
  for (const pair of all) {
    const text = squash(pair.en);
    if (text === squash(pair.other) || native.has(text) || seen.has(text)) continue;
    const parts = text.split(/\{\w+\}/);
    const literal = parts.join(' ');
    // "{n} KB", "{from} to {to}": too little English left to tell apart from anything else.
    if ((literal.match(/\p{L}/gu) ?? []).length < 4) continue;
    seen.add(text);
    const body = parts.map(escape).join('.+?');
    const words = literal.match(/\p{L}+/gu) ?? [];
    out.push({
      key: pair.key,
      text,
      whole: new RegExp(`^${body}$`, 'su'),
      inside: words.length >= 2 ? new RegExp(`${NOT_LETTER_BEFORE}${body}${NOT_LETTER_AFTER}`, 'su') : null,
    });
  }
  return out;
}

/** Every string the screen shows a person or a screen reader, as it stands now. */
export async function shownStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const add = (s: string | null | undefined) => {
      const v = s?.replace(/\s+/g, ' ').trim();
      if (v) out.add(v);
    };
    // Rendered (visually hidden text for screen readers counts: it is clipped, not hidden).
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template')) continue;
      // A closed <select>'s options are not rendered but are what it offers.
      if (parent.closest('option') ? shown(parent.closest('select')!) : shown(parent)) add(node.textContent);
    }
    // Sentences built from several nodes ("Seguridad: <b>fuerte</b>").
    for (const el of document.body.querySelectorAll('p, li, h1, h2, h3, h4, button, a, label, legend, summary, th, td, dt, dd, option')) {
      if (el.closest('option') ? shown(el.closest('select')!) : shown(el)) add((el as HTMLElement).innerText || el.textContent);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt], [aria-description]')) {
      if (!shown(el) && !(el as HTMLElement).closest('select')) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) add(el.getAttribute(name));
    }
    return [...out];
  });
}

/**
 * What does not fit the screen as it stands: the page scrolling sideways, a visible element
 * reaching past the viewport's edges (outside a container meant to scroll), or text cut off by a
 * box that hides its overflow. Each as "tag.class: its text".
 */
export async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}: "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    if (document.documentElement.scrollWidth > innerWidth + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide at ${innerWidth})`);
    const scrolls = (el: Element | null) => {
      for (let a = el?.parentElement; a; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        if (x === 'auto' || x === 'scroll') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
      if (el.closest('.visually-hidden, [hidden], svg, option')) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || style.position === 'fixed' && rect.top > innerHeight) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (ownText && (rect.right > innerWidth + 1 || rect.left < -1) && !scrolls(el)) out.push(`past the edge: ${name(el)}`);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
    const exit = document.getElementById('quick-exit')?.getBoundingClientRect();
      if (ownText && hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`cut off: ${name(el)}`);
      // A control in the top bar that the fixed Quick exit covers (its label is longer in some languages).
      const overlaps = exit && rect.left < exit.right - 1 && rect.right > exit.left + 1 && rect.top < exit.bottom - 1 && rect.bottom > exit.top + 1;
      if (overlaps && el.closest('header, .topbar, .form-actions') && el.matches('button, a, input, select') && el.id !== 'quick-exit') out.push(`under Quick exit: ${name(el)}`);
    }
    return out;
  });
}

/** The English found among shown strings: "where: shown string ← catalog key". */
export function englishIn(shown: string[], english: EnglishValue[], where: string): string[] {
  const found: string[] = [];
  for (const s of shown) {
    // The whole string first, so the report names the message itself, not a phrase inside it.
    const hit = english.find((e) => e.whole.test(s)) ?? english.find((e) => e.inside?.test(s));
    if (hit) found.push(`${where}: "${s.slice(0, 120)}" ← ${hit.key} "${hit.text.slice(0, 60)}"`);
  }
  return found;
}

/**
 * What a pseudo-locale screen may show that is not a catalog message, so not accented: the help
 * data (its own texts per language, names, the operators' sites), the disguises' and languages'
 * own names, the letters' "and" (letters/templates.ts, per language by design), what the walk
 * typed, and what Intl writes (month and day names, AM/PM).
 */
export function notFromCatalogs(typed: string[]): string[] {
  const out = new Set<string>([...typed, ' and ']);
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      out.add(node);
      if (/^https?:\/\//.test(node)) out.add(new URL(node).hostname.replace(/^www\./, ''));
    } else if (node && typeof node === 'object') for (const v of Object.values(node)) visit(v);
  };
  visit(COUNTRIES);
  for (const d of DISGUISES) for (const lang of LANGS) out.add(disguiseName(d.id, lang));
  for (const lang of LANGS) out.add(LANGUAGES[lang].native);
  const formats = [
    new Intl.DateTimeFormat('en-US', { month: 'long', weekday: 'long', hour: 'numeric' }),
    new Intl.DateTimeFormat('en-US', { month: 'short', weekday: 'short' }),
  ];
  // Twelve months, the seven days of the week (1–7 January 2024) and both halves of the day.
  const dates = [...Array(12).keys()].map((m) => new Date(2024, m, 1, m * 2)).concat([...Array(7).keys()].map((d) => new Date(2024, 0, 1 + d)));
  for (const date of dates) {
    for (const format of formats) for (const part of format.formatToParts(date)) if (part.type !== 'literal' && /\p{L}/u.test(part.value)) out.add(part.value);
  }
  return [...out].filter((s) => /[A-Za-z]/.test(s)).sort((a, b) => b.length - a.length);
}

/**
 * Shown strings the pseudo-locale did not reach: with what is allowed and hex digests (the
 * records' fingerprints) taken out, any run of two plain ASCII letters left came from somewhere
 * other than the catalogs (a hard-coded string). Each as "where: shown ← what was left".
 */
export function bypassing(shown: string[], allowed: string[], where: string): string[] {
  const found: string[] = [];
  for (const s of shown) {
    let rest = s.replace(/[0-9a-f]{8,}/g, ' ');
    for (const a of allowed) if (rest.includes(a)) rest = rest.split(a).join(' ');
    const left = rest.match(/\S*[A-Za-z]{2,}\S*/g);
    if (left) found.push(`${where}: "${s.slice(0, 80)}" ← ${left.slice(0, 3).join(' ')}`);
  }
  return found;
}
