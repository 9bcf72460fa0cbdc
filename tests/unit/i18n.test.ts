// The catalogs are complete: no key missing, none unused, none left untranslated, and every
// placeholder the same in both languages.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog as en } from '../../src/i18n/en';
import { catalog as es } from '../../src/i18n/es';
import { getLang, LANGS, message, say, setLang, translate } from '../../src/i18n';
import { exitText, type ExitTextKey } from '../../src/i18n/exit';

/** Values that are the same in both languages on purpose (names, codes, the language names, «Video» in Latin America). */
// "Plan" is the same word in both; it is the short label under the Safety plan tab's icon.
// Product names (Messenger, Instagram, SMS Backup & Restore) and "{m} min {s} s" read the same in Spanish.
const SAME_IN_BOTH = new Set(['journal.evidence.kind.video', 'nav.short.plan', 'journal.channel.messenger', 'journal.channel.instagram', 'import.format.sms-xml', 'import.duration']);
const sameAllowed = (key: string, value: string) =>
  SAME_IN_BOTH.has(key) || !/[a-z]{3,}/i.test(value.replace(/\{\w+\}/g, '')) || /^(OK|PDF|CSV|TTY|SMS|URL|https?:\S+)$/i.test(value.trim());

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // Every language's catalog folder is left out (the registry's, so a new language's is too).
      if (!LANGS.some((lang) => path === join('src', 'i18n', lang))) yield* sourceFiles(path);
    } else if (/\.(tsx?|json)$/.test(entry.name)) yield path;
  }
}

const source = [...sourceFiles('src')].map((f) => readFileSync(f, 'utf8')).join('\n');
// Keys built at run time, e.g. t(`strength.${score}`): any key under such a prefix counts as used.
const dynamicPrefixes = [...source.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].map((m) => m[1]!);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('has the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty message', () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(es)]) expect(value.trim(), key).not.toBe('');
  });

  it('translates every message (Spanish differs from English unless it is a name or code)', () => {
    const untranslated = Object.entries(en)
      .filter(([key, value]) => (es as Record<string, string>)[key] === value && !sameAllowed(key, value))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const mismatched = Object.entries(en)
      .filter(([key, value]) => placeholders(value).join() !== placeholders((es as Record<string, string>)[key] ?? '').join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('uses every key somewhere in the source', () => {
    const unused = Object.keys(en).filter(
      (key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`) && !source.includes(`\`${key}\``) && !dynamicPrefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('quotes a control by its Spanish name wherever the English quotes it by its English name', () => {
    // One word per idea: "marked “After notice”" must say the badge's own Spanish words, not a
    // synonym. Phones' own menus (resources.block.*) are quoted as the phone shows them.
    const E = en as Record<string, string>;
    const S = es as Record<string, string>;
    const keyOf = new Map(Object.entries(E).reverse().map(([key, value]) => [value.toLowerCase(), key]));
    const mismatched: string[] = [];
    for (const [key, value] of Object.entries(E)) {
      if (key.startsWith('resources.block.')) continue;
      for (const quoted of value.matchAll(/[“"«]([^”"»]+)[”"»]/g)) {
        const named = keyOf.get(quoted[1]!.replace(/[.,]$/, '').toLowerCase());
        if (named && named !== key && !S[key]!.toLowerCase().includes(S[named]!.toLowerCase())) mismatched.push(`${key} → ${named}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('speaks to the person as «tú»: no «usted» outside the letters the person sends', () => {
    // A formal letter to the other person or an office may say «usted»; the app never does.
    const letterText = (key: string) => /^letters\.tpl\.[^.]+\.(body|subject)$/.test(key);
    const formal = Object.entries(es).filter(([key, value]) => !letterText(key) && /\busted(es)?\b/i.test(value)).map(([key]) => key);
    expect(formal).toEqual([]);
  });

  it('translates the exit module\'s own strings, with the same placeholders', () => {
    const keys: ExitTextKey[] = ['label', 'shiftOnce', 'shiftTwice', 'expired'];
    for (const key of keys) {
      expect(exitText('es', key), key).not.toBe(exitText('en', key));
      expect(placeholders(exitText('es', key))).toEqual(placeholders(exitText('en', key)));
    }
  });

  it('shows a kept message in the language of the moment, not the one it was made in', () => {
    // setLang labels the page; Node has no document, so give it the one field it sets.
    (globalThis as { document?: unknown }).document ??= { documentElement: {} };
    const before = getLang();
    try {
      setLang('en');
      const saved = message('common.saved');
      const failed = message('error.generic', { reason: 'disk' });
      expect(say(saved)).toBe(en['common.saved']);
      setLang('es');
      expect(say(saved)).toBe(es['common.saved']);
      expect(say(failed)).toBe(es['error.generic'].replace('{reason}', 'disk'));
      expect(say(null)).toBe('');
    } finally {
      setLang(before);
    }
  });

  it('fills placeholders', () => {
    expect(translate('es', 'strength.label', { level: 'fuerte' })).toBe('Seguridad: fuerte');
    expect(translate('en', 'lock.problems', { count: 2 })).toContain('2 saved item(s)');
  });
});

// Issue 23: plurals by the platform's rules (Intl.PluralRules), never "(s)".
describe('plurals', () => {
  it('picks one or other in English and Spanish, also for a formatted count', () => {
    expect(translate('en', 'journal.history.title', { count: 1 })).toBe('History (1 version)');
    expect(translate('en', 'journal.history.title', { count: '1,000' })).toBe('History (1,000 versions)');
    expect(translate('es', 'journal.evidence.added', { count: 1 })).toBe('1 archivo añadido.');
    expect(translate('es', 'journal.evidence.added', { count: 6 })).toBe('6 archivos añadidos.');
    expect(translate('en', 'journal.report.countsValue', { incidents: 1, contacts: 1 })).toBe('1 incident, 1 contact');
    expect(translate('en', 'journal.report.countsValue', { incidents: 0, contacts: 2 })).toBe('0 incidents, 2 contacts');
    expect(translate('en', 'journal.share.text', { date: 'D', count: 1, versions: 1, fingerprint: 'F' })).toBe('Record check D: 1 entry, 1 saved version, fingerprint F');
  });

  it('gives Arabic its six forms, also for a count in Arabic-Indic digits', () => {
    const times = (count: number | string) => translate('ar', 'journal.field.timesValue', { count });
    expect([0, 1, 2, 3, 11, 100].map(times)).toEqual(['ولا مرة', 'مرة واحدة', 'مرتان', '3 مرات', '11 مرة', '100 مرة']);
    // "١١" is eleven (many), not a count with no digits (zero).
    expect(times('١١')).toBe('١١ مرة');
    expect(times('٣')).toBe('٣ مرات');
  });

  it('leaves no "(s)" in the journal, packet and settings messages', () => {
    // A statute quoted word for word (CJA 1967 s. 9: "page(s)") keeps its own wording.
    const offenders = Object.entries(en).filter(([key, value]) => /^(journal|settings)\./.test(key) && !key.startsWith('journal.declaration.') && /\w\(s\)/.test(value));
    expect(offenders).toEqual([]);
  });
});
