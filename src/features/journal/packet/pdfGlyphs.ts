// Text measured and encoded a word at a time, each word once per font: with an embedded font,
// pdf-lib runs fontkit's full layout on every call (about 0.2 ms), and a thousand entries make
// a hundred thousand calls. A line's code is its words' codes joined, as no glyph spans a space.
import { PDFHexString, type PDFFont } from 'pdf-lib';

export class GlyphCache {
  private readonly widths = new Map<PDFFont, Map<string, number>>();
  private readonly codes = new Map<PDFFont, Map<string, string>>();

  private table<T>(tables: Map<PDFFont, Map<string, T>>, font: PDFFont): Map<string, T> {
    let table = tables.get(font);
    if (!table) tables.set(font, (table = new Map()));
    return table;
  }

  /** Width at `size`: the sum of the characters' advances, as the PDF draws them (no kerning). */
  width(font: PDFFont, text: string, size: number): number {
    const table = this.table(this.widths, font);
    let total = 0;
    for (const ch of text) {
      let w = table.get(ch);
      if (w === undefined) table.set(ch, (w = font.widthOfTextAtSize(ch, 1000)));
      total += w;
    }
    return (total * size) / 1000;
  }

  /** The glyph codes of `text` in `font` (which also adds its glyphs to the font's subset). */
  encode(font: PDFFont, text: string): PDFHexString {
    const table = this.table(this.codes, font);
    let hex = '';
    for (const part of text.split(/( +)/)) {
      if (!part) continue;
      let code = table.get(part);
      if (code === undefined) table.set(part, (code = font.encodeText(part).asString()));
      hex += code;
    }
    return PDFHexString.of(hex);
  }
}
