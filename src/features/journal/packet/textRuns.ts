// A line of text as the PDF draws it: cut into runs of one font and one direction (Unicode's
// bidirectional algorithm, by bidi-js), placed in visual order left to right. Pure: the fonts
// are whatever `fontOf` returns, so the rules are unit-tested without a PDF.
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

export interface Run<F> {
  /** In logical (reading) order: what a search or a copy must find. */
  text: string;
  font: F;
  /** Right-to-left (an odd embedding level). */
  rtl: boolean;
}

/** Letters the shaper itself lays out right to left (Hebrew, Arabic, Syriac, Thaana, NKo, presentation forms). */
const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** Marks, joiners and selectors stay in the run of the letter they belong to. */
const JOINING = /^(?:\p{M}|\u200c|\u200d|[\ufe00-\ufe0f])$/u;

/**
 * The runs of `line` in visual order. `fontOf` picks a character's font; `has` tells whether a
 * font holds a character (a mark stays with its letter's font when that font has it).
 */
export function visualRuns<F>(line: string, fontOf: (cp: number) => F, has: (font: F, cp: number) => boolean): Array<Run<F>> {
  if (!line) return [];
  const { levels } = bidi.getEmbeddingLevels(line, 'auto');
  const runs: Array<Run<F> & { level: number }> = [];
  let i = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const last = runs[runs.length - 1];
    const level = levels[i]!;
    i += ch.length;
    // A space stays in the run it follows when that font has one: right-to-left words then
    // stay one run, shaped and extracted together.
    const font = last && (JOINING.test(ch) || (ch === ' ' && last.level === level)) && has(last.font, cp) ? last.font : fontOf(cp);
    if (last && last.font === font && (last.level === level || JOINING.test(ch))) last.text += ch;
    else runs.push({ text: ch, font, level, rtl: (level & 1) === 1 });
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse each stretch at that level or above.
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level & 1 ? r.level : r.level + 1)));
  for (let level = max; level >= minOdd; level--) {
    for (let start = 0; start < runs.length; start++) {
      if (runs[start]!.level < level) continue;
      let end = start;
      while (end + 1 < runs.length && runs[end + 1]!.level >= level) end++;
      runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return runs.map(({ text, font, rtl }) => ({ text, font, rtl }));
}

/**
 * What to hand the font's shaper so that its glyphs come out left to right: an Arabic or Hebrew
 * run as it is (fontkit lays those scripts out right to left itself); any other right-to-left
 * run (punctuation between right-to-left words) reversed, with brackets mirrored.
 */
export function shaperText(run: Run<unknown>): string {
  if (!run.rtl || RTL_SCRIPT.test(run.text)) return run.text;
  return [...run.text].reverse().map((ch) => bidi.getMirroredCharacter(ch) ?? ch).join('');
}

/** Whether a line needs more than one left-to-right run (anything right-to-left in it). */
export const hasRtl = (text: string): boolean => RTL_SCRIPT.test(text) || /[\u200f\u202b\u202e\u2067]/.test(text);
