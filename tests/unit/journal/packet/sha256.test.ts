// The pure-JS SHA-256 that verify.html falls back on, against Node's, around block boundaries.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/features/journal/packet/sha256';

function seeded(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe('sha256Hex', () => {
  it('matches the known answer for "abc" and the empty string', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('matches Node for lengths around every padding edge, and for an offset view', () => {
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 70_001]) {
      const bytes = seeded(n, n);
      expect(sha256Hex(bytes), `length ${n}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    const big = seeded(300, 7);
    expect(sha256Hex(big.subarray(13, 200))).toBe(createHash('sha256').update(big.subarray(13, 200)).digest('hex'));
  });
});
