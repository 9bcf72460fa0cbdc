// Issue 26: the test-only pseudo-locale: ~30% longer, accented, placeholders and plurals intact.
import { afterEach, describe, expect, it } from 'vitest';
import { catalog as en } from '../../src/i18n/en';
import { formatMessage, getLang, setLang, setMessageFilter, t } from '../../src/i18n';
import { pseudoLocalize } from '../../src/i18n/pseudo';

(globalThis as { document?: unknown }).document ??= { documentElement: {} };
const usePseudoLocale = (on: boolean) => {
  setMessageFilter(on ? pseudoLocalize : null);
  setLang(getLang());
};
afterEach(() => usePseudoLocale(false));

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const letters = (s: string) => s.replace(/\{\w+\}/g, '').replace(/[^\p{L}\p{N}]/gu, '').length;

describe('pseudo-locale', () => {
  it('accents every ASCII letter and keeps placeholders', () => {
    const out = pseudoLocalize('Saved {count} entries on {date}.');
    expect(out).not.toMatch(/[A-Za-z](?![^{]*\})/);
    expect(placeholders(out)).toEqual(['count', 'date']);
    expect(out.startsWith('Šáṽéð {count} éñţŕíéš öñ {date}. ')).toBe(true);
  });

  it('makes every message of the catalog at least 30% longer as shown, its placeholders unchanged', () => {
    for (const [key, text] of Object.entries(en)) {
      const out = pseudoLocalize(text);
      expect(placeholders(out), key).toEqual(placeholders(text));
      // As shown: each plural branch chosen, placeholders empty (their values are not the message's).
      for (const count of [1, 5]) {
        const counts = [...text.matchAll(/\{(\w+), plural,/g)].map((m) => [m[1]!, count]);
        const params = { ...Object.fromEntries(placeholders(text).map((p) => [p!, ''])), count, ...Object.fromEntries(counts) };
        const shown = letters(formatMessage('en', text, params).replace(/\d/g, ''));
        if (shown >= 3) expect(letters(formatMessage('en', out, params).replace(/\d/g, '')), key).toBeGreaterThanOrEqual(Math.ceil(shown * 1.3));
      }
    }
  });

  it('keeps ICU plurals working: the same branch is chosen, with its count', () => {
    const message = '{count, plural, =0 {No notes} one {# note in {place}} other {# notes}}';
    const out = pseudoLocalize(message);
    expect(formatMessage('en', out, { count: 0 })).toMatch(/^Ñö ñöţéš /);
    expect(formatMessage('en', out, { count: 1, place: 'Lyon' })).toMatch(/^1 ñöţé íñ Lyon/);
    expect(formatMessage('en', out, { count: 7 })).toMatch(/^7 ñöţéš /);
    expect(formatMessage('ar', pseudoLocalize(en['journal.field.timesValue']), { count: 2 })).toMatch(/^2 ţíɱéš/);
  });

  it('applies to t() while on, and not after', () => {
    usePseudoLocale(true);
    expect(t('shell.lock')).toMatch(/^Ļöçķ /);
    usePseudoLocale(false);
    expect(t('shell.lock')).toBe(en['shell.lock']);
  });
});
