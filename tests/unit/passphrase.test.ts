// Suggested passphrases: the EFF large list, a uniform draw (no modulo bias), five words.
import { describe, expect, it } from 'vitest';
import { dictionary } from '@zxcvbn-ts/language-common';
import { generatePassphrase, uniformIndex, type RandomSource } from '../../src/lib/passphrase';
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
