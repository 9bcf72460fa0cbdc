// Issue 26: wording by the platform's rules: plural forms through Intl.PluralRules in the number
// format of the language, the fixed Spanish counts, and no doubled full stop after "a.m.".
import { afterEach, describe, expect, it } from 'vitest';
import { catalog as en } from '../../src/i18n/en';
import { catalog as es } from '../../src/i18n/es';
import { getLang, setLang, translate } from '../../src/i18n';
import { plural, pluralCategory } from '../../src/i18n/plural';

const before = getLang();
afterEach(() => setLang(before));
(globalThis as { document?: unknown }).document ??= { documentElement: {} };

describe('plural', () => {
  it('picks the form by Intl.PluralRules, and formats the count', () => {
    const times = { one: 'journal.field.timesValue.one', other: 'journal.field.timesValue.other' } as const;
    setLang('es');
    expect(plural(1, times)).toBe('1 vez');
    expect(plural(2, times)).toBe('2 veces');
    expect(plural(10000, times)).toBe('10,000 veces');
    expect(plural(1, { one: 'settings.minutes.one', other: 'settings.minutes.other' })).toBe('1 minuto');
    expect(plural(1, { one: 'journal.badge.evidence.one', other: 'journal.badge.evidence.other' })).toBe('1 prueba');
    expect(plural(3, { one: 'journal.detail.amended.one', other: 'journal.detail.amended.other' })).toBe('modificada 3 veces');
    setLang('en');
    expect(plural(1, times)).toBe('1 time');
    expect(plural(5, { one: 'settings.minutes.one', other: 'settings.minutes.other' })).toBe('5 minutes');
    expect(plural(66, { one: 'pass.bits.one', other: 'pass.bits.other' })).toMatch(/^About 66 bits/);
  });

  it('knows categories beyond one and other (Arabic has six)', () => {
    expect(['zero', 'one', 'two', 'few', 'many', 'other'].every((c) => [0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n)).includes(c as Intl.LDMLPluralRule))).toBe(true);
  });

  it('leaves no "(s)" or "vez/veces" in the strings this issue fixed', () => {
    for (const key of ['journal.field.timesValue', 'journal.detail.amended', 'journal.badge.evidence', 'settings.minutes'] as const) {
      for (const form of ['one', 'other'] as const) {
        const k = `${key}.${form}` as keyof typeof en;
        expect(`${en[k]} ${es[k]}`).not.toMatch(/\(s\)|\/veces|\(es\)/);
      }
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
