// Generated passphrases: words from a standard list in the person's language, each drawn
// uniformly, as many as it takes to reach MIN_BITS (issue 26): the EFF large list (7,776 words,
// 12.9 bits a word) for English, five words = 64.6 bits; a BIP-39 list (2,048 words, 11 bits a
// word) for Spanish, French and Portuguese, six words = 66 bits.
import { keepExtrasOffline } from './extra-cache';
import type { Lang } from '../i18n/languages';

/** The least randomness a suggestion carries. */
export const MIN_BITS = 60;
/** Kept for the English list: five EFF words. */
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

/** How many words from a list of this size reach MIN_BITS (five from 7,776; six from 2,048). */
export function wordsFor(listSize: number, bits = MIN_BITS): number {
  return Math.ceil(bits / Math.log2(listSize));
}

/** The randomness of `count` uniform draws from `listSize` words, in bits. */
export function entropyBits(listSize: number, count: number): number {
  return count * Math.log2(listSize);
}

/** Languages with a suggestion list: every language of the registry (a new one must choose its list) and the one ready for later (fr). */
export type WordListLang = Lang | 'fr';

/** Each language's list, loaded on first use (60 KB for English, 14–20 KB for the others). */
export const WORD_LISTS: Record<WordListLang, () => Promise<readonly string[]>> = {
  en: async () => (await import('./wordlist')).EFF_LARGE,
  es: async () => (await import('./wordlist-bip39')).bip39Spanish(),
  fr: async () => (await import('./wordlist-bip39')).bip39French(),
  pt: async () => (await import('./wordlist-bip39')).bip39Portuguese(),
  // No standard (BIP-39) Arabic list exists: Arabic borrows the EFF English list (BORROWED).
  ar: async () => (await import('./wordlist')).EFF_LARGE,
};

/** The language a borrowed list's words are really in (the screen says so, and marks them). */
const BORROWED: Partial<Record<WordListLang, WordListLang>> = { ar: 'en' };

export interface Suggestion {
  passphrase: string;
  /** The language of the words (for the lang attribute where they are shown). */
  lang: WordListLang;
  words: number;
  bits: number;
}

/** Draws a suggestion from a list already loaded. */
export function suggestFrom(list: readonly string[], lang: WordListLang, random: RandomSource = cryptoSource): Suggestion {
  const words = wordsFor(list.length);
  return { passphrase: generatePassphrase(list, words, random), lang, words, bits: entropyBits(list.length, words) };
}

/** A suggested passphrase in the person's language; the word list loads on first use, like the strength estimator. */
export async function suggestPassphrase(lang: string): Promise<Suggestion> {
  const which: WordListLang = lang in WORD_LISTS ? (lang as WordListLang) : 'en';
  const list = await WORD_LISTS[which]();
  keepExtrasOffline();
  return suggestFrom(list, BORROWED[which] ?? which);
}
