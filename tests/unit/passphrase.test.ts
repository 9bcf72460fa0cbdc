// Suggested passphrases: the EFF large list, a uniform draw (no modulo bias), five words.
import { describe, expect, it } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { entropyBits, generatePassphrase, MIN_BITS, suggestFrom, suggestPassphrase, uniformIndex, WORD_LISTS, wordsFor, type RandomSource } from '../../src/lib/passphrase';
import { EFF_LARGE } from '../../src/lib/wordlist';

/** A source that hands out the given 32-bit values in order, and counts how many were taken. */
function scripted(values: number[]): RandomSource & { taken: number } {
  const source = Object.assign((buffer: Uint32Array<ArrayBuffer>) => {
    if (source.taken >= values.length) throw new Error('source exhausted');
    buffer[0] = values[source.taken++]!;
  }, { taken: 0 });
  return source;
}

/** xorshift32 from a fixed seed: reproducible, and spread enough to test the distribution. */
function seeded(seed: number): RandomSource {
  let x = seed >>> 0;
  return (buffer) => {
    for (let i = 0; i < buffer.length; i++) {
      x ^= x << 13; x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5; x >>>= 0;
      buffer[i] = x;
    }
  };
}

describe('uniformIndex', () => {
  it('draws again for the values that would favour low indexes, and keeps the rest', () => {
    // 2^32 = 552,336 × 7,776 + 2,560: the top 2,560 values (from 4,294,964,736) are redrawn.
    const source = scripted([0xffffffff, 4_294_964_736, 4_294_964_735]);
    expect(uniformIndex(7776, source)).toBe(7775);
    expect(source.taken).toBe(3);
    const once = scripted([7777]);
    expect(uniformIndex(7776, once)).toBe(1);
    expect(once.taken).toBe(1);
  });

  it('redraws 2^32 − 1 when drawing below 3 (2^32 leaves 1 over)', () => {
    const source = scripted([0xffffffff, 0xfffffffe]);
    expect(uniformIndex(3, source)).toBe(2);
    expect(source.taken).toBe(2);
  });

  it('spreads draws evenly', () => {
    const random = seeded(20261201);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[uniformIndex(6, random)]++;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('refuses a range it cannot draw from', () => {
    expect(() => uniformIndex(0)).toThrow(RangeError);
    expect(() => uniformIndex(1.5)).toThrow(RangeError);
  });

  it('uses crypto.getRandomValues by default', () => {
    const draws = new Set(Array.from({ length: 50 }, () => uniformIndex(7776)));
    expect(draws.size).toBeGreaterThan(40);
  });
});

describe('the EFF large word list', () => {
  it('has its 7,776 distinct words in dice order, hyphenated ones included', () => {
    expect(EFF_LARGE).toHaveLength(7776);
    expect(new Set(EFF_LARGE).size).toBe(7776);
    expect([EFF_LARGE[0], EFF_LARGE[1], EFF_LARGE[7775]]).toEqual(['abacus', 'abdomen', 'zoom']);
    expect(EFF_LARGE.filter((w) => w.includes('-'))).toEqual(['drop-down', 'felt-tip', 't-shirt', 'yo-yo']);
  });

  it('holds only words in the copy zxcvbn ships (which spells them without hyphens)', () => {
    const zxcvbnCopy = new Set(dictionary['diceware-common']);
    expect(EFF_LARGE.map((w) => w.replace('-', '')).filter((w) => !zxcvbnCopy.has(w))).toEqual([]);
  });
});

describe('generatePassphrase', () => {
  it('joins five words picked by the source', () => {
    const source = scripted([0, 1, 7775, 7776 + 2, 0xffffffff, 3]);
    expect(generatePassphrase(EFF_LARGE, 5, source)).toBe('abacus abdomen zoom abdominal abide');
  });

  it('gives a different passphrase each time from the real source', () => {
    const made = new Set(Array.from({ length: 20 }, () => generatePassphrase(EFF_LARGE)));
    expect(made.size).toBe(20);
    for (const passphrase of made) expect(passphrase.split(' ')).toHaveLength(5);
  });
});

describe('suggestions in the person’s language (issue 26)', () => {
  it('takes as many words as reach 60 bits: five EFF words (64.6), six BIP-39 words (66)', () => {
    expect(MIN_BITS).toBe(60);
    expect(wordsFor(7776)).toBe(5);
    expect(wordsFor(2048)).toBe(6);
    expect(entropyBits(7776, 5)).toBeCloseTo(64.62, 2);
    expect(entropyBits(7776, 6)).toBeCloseTo(77.55, 2);
    expect(entropyBits(2048, 6)).toBe(66);
  });

  it('has a 2,048-word list of distinct composed words for Spanish, French and Portuguese', async () => {
    for (const lang of ['es', 'fr', 'pt'] as const) {
      const list = await WORD_LISTS[lang]();
      expect(list).toHaveLength(2048);
      expect(new Set(list).size).toBe(2048);
      for (const word of list) expect(word).toBe(word.normalize('NFC'));
    }
    expect((await WORD_LISTS.es())[0]).toBe('ábaco');
    expect(await WORD_LISTS.en()).toBe(EFF_LARGE);
  });

  it('draws six Spanish words picked by a scripted source, redrawing biased values', async () => {
    const list = await WORD_LISTS.es();
    // 2^32 is a multiple of 2,048: nothing is redrawn, and 2,048 + 1 lands on word 1.
    const source = scripted([0, 1, 2047, 2048 + 1, 0xffffffff, 2]);
    const made = suggestFrom(list, 'es', source);
    expect(made).toEqual({ passphrase: [list[0], list[1], list[2047], list[1], list[2047], list[2]].join(' '), lang: 'es', words: 6, bits: 66 });
    expect(source.taken).toBe(6);
  });

  it('gives reproducible suggestions from a seeded source, and varied ones from crypto', async () => {
    const list = await WORD_LISTS.es();
    expect(suggestFrom(list, 'es', seeded(7)).passphrase).toBe(suggestFrom(list, 'es', seeded(7)).passphrase);
    const made = await suggestPassphrase('es');
    expect(made).toMatchObject({ lang: 'es', words: 6, bits: 66 });
    expect(made.passphrase.split(' ').every((w) => list.includes(w))).toBe(true);
    expect((await suggestPassphrase('en')).passphrase.split(' ')).toHaveLength(5);
    // A language without its own list falls back to English.
    expect((await suggestPassphrase('xx')).lang).toBe('en');
    // Arabic has no standard list: it borrows the EFF English one, and says the words are English.
    const arabic = await suggestPassphrase('ar');
    expect(arabic).toMatchObject({ lang: 'en', words: 5 });
    expect(arabic.bits).toBeGreaterThanOrEqual(MIN_BITS);
    const eff = await WORD_LISTS.en();
    expect(arabic.passphrase.split(' ').every((w) => eff.includes(w))).toBe(true);
  });
});
