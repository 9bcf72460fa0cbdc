// Generated passphrases: five words from the EFF large word list, each drawn uniformly.
import { keepExtrasOffline } from './extra-cache';

export const SUGGESTED_WORDS = 5;

/** Fills an array with random 32-bit words; crypto.getRandomValues in the app, a seeded source in tests. */
export type RandomSource = (buffer: Uint32Array<ArrayBuffer>) => void;

const cryptoSource: RandomSource = (buffer) => { crypto.getRandomValues(buffer); };

/**
 * A uniform index below n. A 32-bit value modulo n would favour the first (2^32 mod n)
 * indexes; values at or above the largest multiple of n are drawn again instead.
 */
export function uniformIndex(n: number, random: RandomSource = cryptoSource): number {
  if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`cannot draw below ${n}`);
  const limit = 2 ** 32 - (2 ** 32 % n);
  const buffer = new Uint32Array(1);
  for (;;) {
    random(buffer);
    if (buffer[0]! < limit) return buffer[0]! % n;
  }
}

export function generatePassphrase(words: readonly string[], count = SUGGESTED_WORDS, random: RandomSource = cryptoSource): string {
  return Array.from({ length: count }, () => words[uniformIndex(words.length, random)]!).join(' ');
}

/** A suggested passphrase; the word list (60 KB) loads on first use, like the strength estimator. */
export async function suggestPassphrase(): Promise<string> {
  const { EFF_LARGE } = await import('./wordlist');
  keepExtrasOffline();
  return generatePassphrase(EFF_LARGE);
}
