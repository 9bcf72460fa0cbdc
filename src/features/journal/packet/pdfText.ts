// Text for the PDF's fonts: characters a font cannot show become "?" (the CSV and the
// originals keep every character), and lines are wrapped to a width.

// WinAnsi's characters outside Latin-1 (the 0x80-0x9F block).
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** What the standard 14 fonts (Courier here) can encode. */
export const winAnsi = (ch: string, code: number) => (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);

/** Each character `has` rejects becomes "?" and is counted; line breaks stay, tabs become spaces. */
export function toPrintable(text: string, has: (ch: string, code: number) => boolean): { text: string; replaced: number } {
  let replaced = 0;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\r') out += ch; // line breaks are for wrapText
    else if (ch === '\t') out += '    ';
    else if (has(ch, code) && code >= 0x20) out += ch;
    else if (ch === '\u2212' || ch === '\u2010' || ch === '\u2011') out += '-';
    else if (ch === '\u2009' || ch === '\u202f' || ch === '\u200b') out += ' ';
    // Invisible joiners and emoji presentation selectors: nothing to print, nothing lost.
    else if (ch === '\u200d' || ch === '\ufe0e' || ch === '\ufe0f') continue;
    else {
      out += '?';
      replaced++;
    }
  }
  return { text: out, replaced };
}

export const toWinAnsi = (text: string) => toPrintable(text, winAnsi);

/**
 * Splits into lines no wider than `width` (by `measure`); long words are cut. Keeps blank
 * lines. Each word is measured once and line widths are summed: a thousand entries stay fast.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  const space = measure(' ');
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (let word of paragraph.split(/ +/)) {
      let wordWidth = measure(word);
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) out.push(line);
      while (wordWidth > width && word.length > 1) {
        let cut = Math.max(1, Math.floor((word.length * width) / wordWidth));
        while (cut > 1 && measure(word.slice(0, cut)) > width) cut--;
        out.push(word.slice(0, cut));
        word = word.slice(cut);
        wordWidth = measure(word);
      }
      line = word;
      lineWidth = wordWidth;
    }
    out.push(line);
  }
  return out;
}

/** The start of a text on one line, cut at a word with "…" when longer than `max` characters. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  if (flat[max - 1] === ' ') return `${cut.trimEnd()}…`; // the cut already ends a word
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
