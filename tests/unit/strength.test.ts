// Passphrase strength: zxcvbn's score decides (refused below 3 or under the minimum length),
// its feedback keys all have words in both catalogs, and suggested passphrases pass.
import { beforeAll, describe, expect, it } from 'vitest';
import { translations as packEn } from '@zxcvbn-ts/language-en';
import { dictionary as packEs } from '@zxcvbn-ts/language-es-es';
import { catalog as en } from '../../src/i18n/en';
import { catalog as es } from '../../src/i18n/es';
import { judge, MIN_PASSPHRASE, type Estimator } from '../../src/lib/strength';
import { createEstimator, estimatorFor, LANGUAGE_PACKS } from '../../src/lib/zxcvbn';
import { generatePassphrase, suggestFrom, WORD_LISTS, type RandomSource } from '../../src/lib/passphrase';
import { EFF_LARGE } from '../../src/lib/wordlist';

const fixed = (score: 0 | 1 | 2 | 3 | 4): Estimator => () => ({ score, warning: null, suggestions: [] });

describe('judge', () => {
  it('refuses a score below 3 and accepts 3 and 4', () => {
    expect(judge('twelve chars', fixed(2)).ok).toBe(false);
    expect(judge('twelve chars', fixed(3)).ok).toBe(true);
    expect(judge('twelve chars', fixed(4)).ok).toBe(true);
  });

  it('refuses anything shorter than the minimum, whatever the score', () => {
    const short = 'x'.repeat(MIN_PASSPHRASE - 1);
    expect(judge(short, fixed(4))).toMatchObject({ ok: false, tooShort: true });
    expect(judge(short + 'x', fixed(4))).toMatchObject({ ok: true, tooShort: false });
  });
});

describe('the zxcvbn estimator', () => {
  let estimate: Estimator;
  beforeAll(() => { estimate = createEstimator([packEs]); });

  it.each([
    ['password123'],
    ['maria1985'], // a first name and a birth year
    ['luna14021990'], // a pet's name and a birthday
    ['carmen1990'],
    ['qwertyuiop'],
  ])('refuses %s, and says why', (passphrase) => {
    const verdict = judge(passphrase, estimate);
    expect(verdict.ok).toBe(false);
    expect(verdict.warning ?? verdict.suggestions[0]).toBeTruthy();
  });

  it('accepts several unrelated words', () => {
    expect(judge('orange kettle winter harbour', estimate).ok).toBe(true);
  });

  it('accepts every suggested passphrase (seeded draws)', () => {
    let x = 7;
    const random: RandomSource = (b) => { for (let i = 0; i < b.length; i++) b[i] = x = (Math.imul(x, 1664525) + 1013904223) >>> 0; };
    for (let i = 0; i < 20; i++) expect(judge(generatePassphrase(EFF_LARGE, 5, random), estimate).ok).toBe(true);
  });

  it('accepts every suggested Spanish passphrase (six BIP-39 words, seeded draws)', async () => {
    const list = await WORD_LISTS.es();
    let x = 11;
    const random: RandomSource = (b) => { for (let i = 0; i < b.length; i++) b[i] = x = (Math.imul(x, 1664525) + 1013904223) >>> 0; };
    for (let i = 0; i < 20; i++) expect(judge(suggestFrom(list, 'es', random).passphrase, estimate).ok).toBe(true);
  });

  it('loads a language pack for each language that has one on npm (fr, pt-br, ar ready)', async () => {
    for (const lang of ['es', 'fr', 'pt', 'ar'] as const) {
      const dictionary = await LANGUAGE_PACKS[lang]!();
      expect(Object.values(dictionary).some((words) => words.length > 100)).toBe(true);
    }
    expect(LANGUAGE_PACKS.en).toBeNull();
    expect(judge('password1234', await estimatorFor('fr')).ok).toBe(false);
  }, 30_000);

  it('gives feedback keys that both catalogs translate', () => {
    const keys = new Set<string>();
    for (const p of ['password', 'aaaaaaaaaa', 'abcdefghij', '2024-05-01', 'P@ssw0rd!!', 'DRAGONDRAGON', 'juan garcia', 'qazwsxedc']) {
      const { warning, suggestions } = estimate(p);
      if (warning) keys.add(`strength.warning.${warning}`);
      for (const s of suggestions) keys.add(`strength.suggestion.${s}`);
    }
    expect(keys.size).toBeGreaterThan(4);
    for (const key of keys) {
      expect(en, key).toHaveProperty([key]);
      expect(es, key).toHaveProperty([key]);
    }
  });

  it('has our words for every warning and suggestion the language packs translate', () => {
    const packKeys = [
      ...Object.keys(packEn.warnings).map((k) => `strength.warning.${k}`),
      ...Object.keys(packEn.suggestions).map((k) => `strength.suggestion.${k}`),
    ];
    expect(packKeys.filter((k) => !(k in en) || !(k in es))).toEqual([]);
  });
});
