// Issue 26: wording by the platform's rules: one ICU message per plural text, its branch chosen by
// Intl.PluralRules (Arabic has six categories), the count in the language's number format, and no
// doubled full stop after "a.m.".
import { afterEach, describe, expect, it } from 'vitest';
import { catalog as en } from '../../src/i18n/en';
import { catalog as es } from '../../src/i18n/es';
import { formatMessage, getLang, plural, setLang, translate } from '../../src/i18n';

const before = getLang();
afterEach(() => setLang(before));
(globalThis as { document?: unknown }).document ??= { documentElement: {} };

describe('plural', () => {
  it('picks the branch by Intl.PluralRules, and formats the count', () => {
    setLang('es');
    expect(plural(1, 'journal.field.timesValue')).toBe('1 vez');
    expect(plural(2, 'journal.field.timesValue')).toBe('2 veces');
    expect(plural(10000, 'journal.field.timesValue')).toBe('10,000 veces');
    expect(plural(1, 'settings.minutes')).toBe('1 minuto');
    expect(plural(1, 'journal.badge.evidence')).toBe('1 prueba');
    expect(plural(3, 'journal.detail.amended')).toBe('modificada 3 veces');
    expect(plural(1, 'import.batch', { file: 'a.xml', date: '3 nov' })).toBe('a.xml, importado el 3 nov: 1 entrada');
    setLang('en');
    expect(plural(1, 'journal.field.timesValue')).toBe('1 time');
    expect(plural(5, 'settings.minutes')).toBe('5 minutes');
    expect(plural(66, 'pass.bits')).toMatch(/^About 66 bits/);
    expect(plural(1, 'report.attempts', { date: 'Nov 3' })).toBe('One failed attempt to open it since you last opened it, on Nov 3.');
    expect(plural(4, 'report.attempts', { date: 'Nov 3' })).toBe('4 failed attempts to open it since you last opened it, the last on Nov 3.');
  });

  // A test-only Arabic message: the six categories, and an exact =0 ahead of the category "zero".
  const arabic = '{count, plural, =0 {EXACT0} zero {ZERO #} one {ONE #} two {TWO #} few {FEW # {thing}} many {MANY #} other {OTHER #}}';
  it('chooses among Arabic\'s six categories, with exact matches first', () => {
    const pick = (n: number) => formatMessage('ar', arabic, { count: n, thing: 'x' });
    expect(pick(0)).toBe('EXACT0');
    expect(pick(1)).toBe('ONE 1');
    expect(pick(2)).toBe('TWO 2');
    expect(pick(3)).toBe('FEW 3 x');
    expect(pick(10)).toBe('FEW 10 x');
    expect(pick(11)).toBe('MANY 11');
    expect(pick(99)).toBe('MANY 99');
    expect(pick(100)).toBe('OTHER 100');
    expect(formatMessage('ar', arabic.replace('=0 {EXACT0} ', ''), { count: 0 })).toBe('ZERO 0');
  });

  it('keeps text around the plural, and falls back to other for a missing branch', () => {
    expect(formatMessage('es', 'Hay {count, plural, one {# nota} other {# notas}} en {place}.', { count: 1, place: 'Lyon' })).toBe('Hay 1 nota en Lyon.');
    expect(formatMessage('es', '{n, plural, other {# cosas}}', { n: 1 })).toBe('1 cosas');
    expect(formatMessage('es', '{n, plural, =2 {un par} other {# cosas}}', { n: 2 })).toBe('un par');
    // Without its count the message is left as it is, not half replaced.
    expect(formatMessage('en', '{count, plural, one {# a} other {# b}} {x}', { x: 'y' })).toBe('{count, plural, one {# a} other {# b}} y');
  });

  it('leaves no "(s)" or "vez/veces", and no one/other key pairs, in the catalogs', () => {
    for (const key of ['journal.field.timesValue', 'journal.detail.amended', 'journal.badge.evidence', 'settings.minutes'] as const) {
      expect(`${en[key]} ${es[key]}`).not.toMatch(/\(s\)|\/veces|\(es\)/);
    }
    const pairs = Object.keys(en).filter((k) => k.endsWith('.one') && `${k.slice(0, -4)}.other` in en);
    expect(pairs).toEqual([]);
    for (const [key, text] of Object.entries(en)) {
      if (text.includes(', plural,')) expect(es[key as keyof typeof es], key).toContain(', plural,');
    }
  });
});

describe('sentences that end with a value', () => {
  it('do not double the full stop after "a.m."', () => {
    expect(translate('es', 'lock.throttled', { time: '9:15 a.m.' })).toBe('Demasiados intentos fallidos. Puedes volver a intentarlo a las 9:15 a.m.');
    expect(translate('en', 'lock.throttled', { time: '9:15 PM' })).toMatch(/9:15 PM\.$/);
  });
});

describe('touch-neutral and consistent Spanish', () => {
  it('says no "Pulsa Enter", and a letter is "la" throughout', () => {
    const all = Object.values(es).join('\n');
    expect(all).not.toMatch(/[Pp]ulsa Enter/);
    expect(es['letters.whenUse']).toBe('Cuándo usarla');
    for (const [key, value] of Object.entries(es)) if (/^letters\.tpl\.\w+\.(use|avoid)$/.test(key)) expect(value, key).not.toMatch(/Úsalo|No lo envíes|Envíalo/);
  });
});
