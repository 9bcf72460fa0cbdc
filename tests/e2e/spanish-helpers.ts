// Finds English left on a Spanish screen: the English catalog values (built from the catalogs
// themselves, never a word list) and what a screen shows (text, aria-label, placeholder, title, alt).
import type { Page } from 'playwright-core';
import { catalog as en } from '../../src/i18n/en';
import { catalog as es } from '../../src/i18n/es';
import { exitText, type ExitTextKey } from '../../src/i18n/exit';
import { DISGUISES } from '../../src/exit/disguises';
import { COUNTRIES } from '../../src/features/resources/data/countries';

export const ES = es as Record<keyof typeof en, string>;
type Pair = { key: string; en: string; es: string };

/** Every {en, es} pair the app can show: the catalogs, the exit module's strings, the hotline data. */
function pairs(): Pair[] {
  const out: Pair[] = Object.entries(en).map(([key, value]) => ({ key, en: value, es: ES[key as keyof typeof en] }));
  const exitKeys: ExitTextKey[] = ['label', 'shiftOnce', 'shiftTwice', 'expired'];
  for (const key of exitKeys) out.push({ key: `exit.${key}`, en: exitText('en', key), es: exitText('es', key) });
  const walk = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.en === 'string' && typeof o.es === 'string') out.push({ key: path, en: o.en, es: o.es });
    else for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
  };
  walk(COUNTRIES, 'countries');
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

export interface EnglishValue { key: string; text: string; whole: RegExp; inside: RegExp | null }

/**
 * The English values a Spanish screen must never show: those that differ from their Spanish
 * value and are not Spanish too (the same word in both, a code, a language's own name). A shown
 * string fails when it is one of them ({placeholders} match anything), or contains one of two or
 * more words (a single English word inside a Spanish sentence is too often a name: Kids Help Phone).
 */
export function englishValues(): EnglishValue[] {
  const all = pairs();
  const spanish = new Set(all.map((p) => squash(p.es)));
  // The disguises' names are the apps' names on the home screen, the same in every language.
  for (const d of DISGUISES) spanish.add(d.name);
  const seen = new Set<string>();
  const out: EnglishValue[] = [];
  for (const pair of all) {
    const text = squash(pair.en);
    if (text === squash(pair.es) || spanish.has(text) || seen.has(text)) continue;
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
