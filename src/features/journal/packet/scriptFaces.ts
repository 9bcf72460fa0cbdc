// Which Noto font file (an @fontsource subset, WOFF) prints which characters: Hebrew, Arabic,
// Chinese/Japanese/Korean (Noto Sans SC, in ~100 unicode-range slices) and emoji (Noto Emoji,
// monochrome). Pure: the ranges come from the packages' unicode.json; nothing is loaded here.
import arabic from '@fontsource/noto-sans-arabic/unicode.json';
import hebrew from '@fontsource/noto-sans-hebrew/unicode.json';
import cjk from '@fontsource/noto-sans-sc/unicode.json';
import korean from '@fontsource/noto-sans-kr/unicode.json';
import emoji from '@fontsource/noto-emoji/unicode.json';

export type Script = 'hebrew' | 'arabic' | 'cjk' | 'emoji';
export interface Face { script: Script; file: string; ranges: Array<[number, number]> }

/** "U+600-6ff,U+750" → [[0x600, 0x6ff], [0x750, 0x750]]. */
export function parseRanges(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(a!, 16);
    return [start, b ? parseInt(b, 16) : start] as [number, number];
  });
}

/** Ranges cut to `within` (Korean's slices serve Hangul only; Chinese characters come from SC's). */
const clip = (ranges: Array<[number, number]>, within?: Array<[number, number]>) => !within ? ranges
  : ranges.flatMap(([a, b]) => within.filter(([c, d]) => a <= d && c <= b).map(([c, d]) => [Math.max(a, c), Math.min(b, d)] as [number, number]));
const slices = (json: Record<string, string>, pkg: string, script: Script, keep: (key: string) => boolean, within?: Array<[number, number]>): Face[] =>
  Object.entries(json).filter(([key]) => keep(key)).map(([key, ranges]) => ({
    script, file: `${pkg}-${key.replace(/^\[(\d+)\]$/, '$1')}-400-normal.woff`, ranges: clip(parseRanges(ranges), within),
  })).filter((f) => f.ranges.length);
/** Hangul: Jamo, compatibility Jamo, syllables. */
const HANGUL: Array<[number, number]> = [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7ff]];
const numbered = (key: string) => /^\[\d+\]$/.test(key);

/** In the order they are tried: a character goes to the first face whose ranges hold it. */
export const FACES: Face[] = [
  ...slices(hebrew, 'noto-sans-hebrew', 'hebrew', (k) => k === 'hebrew'),
  ...slices(arabic, 'noto-sans-arabic', 'arabic', (k) => k === 'arabic'),
  // Emoji before the CJK slices, which also name a few pictographs (❤).
  ...slices(emoji, 'noto-emoji', 'emoji', numbered),
  ...slices(korean, 'noto-sans-kr', 'cjk', numbered, HANGUL),
  ...slices(cjk, 'noto-sans-sc', 'cjk', numbered),
];

/** The first face (of `faces`) whose ranges hold `cp`, or undefined. */
export function faceOf(cp: number, faces: Face[] = FACES): Face | undefined {
  return faces.find((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b));
}

/**
 * The faces `text` needs beyond what `has` (the Latin font) prints, and the characters no face
 * holds. Joiners and variation selectors are left out: they print nothing.
 */
export function facesFor(text: string, has: (cp: number) => boolean, faces: Face[] = FACES): { faces: Face[]; missing: string[] } {
  const need = new Set<Face>();
  const missing = new Set<string>();
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (seen.has(cp) || cp < 0x20 || has(cp) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    seen.add(cp);
    const face = faceOf(cp, faces);
    if (face) need.add(face);
    else missing.add(ch);
  }
  return { faces: faces.filter((f) => need.has(f)), missing: [...missing] };
}
