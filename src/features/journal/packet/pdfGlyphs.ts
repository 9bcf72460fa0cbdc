// Text measured and encoded a word at a time, each word once per font: with an embedded font,
// pdf-lib runs fontkit's full layout on every call (about 0.2 ms), and a thousand entries make
// a hundred thousand calls. A line's code is its words' codes joined, as no glyph spans a space.
import { PDFHexString, type PDFFont } from 'pdf-lib';

/** A run shaped by fontkit: each glyph's code in the PDF and its place (font units), and the run's advance. */
export interface Shaped { codes: string[]; x: number[]; y: number[]; advance: number; unitsPerEm: number }

interface FontkitGlyph { id: number }
interface FontkitRun { glyphs: FontkitGlyph[]; positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }> }
/** What pdf-lib keeps private but shaping needs: the fontkit font and the subset's glyph numbers. */
interface Embedder { font: { layout(text: string, features?: unknown): FontkitRun; unitsPerEm: number }; fontFeatures?: unknown; glyphIdMap?: Map<number, number> }

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

  private readonly shapedRuns = new Map<PDFFont, Map<string, Shaped>>();

  /**
   * A run shaped whole, with fontkit's positions: Arabic letters join by cursive attachment and
   * marks sit by anchors, which plain advance widths (all pdf-lib draws) would lose. Right to
   * left runs come out in visual order: fontkit orders their glyphs itself.
   */
  shape(font: PDFFont, text: string): Shaped {
    const table = this.table(this.shapedRuns, font);
    let shaped = table.get(text);
    if (shaped) return shaped;
    // Through pdf-lib first: it adds the glyphs to the font's subset and widths.
    font.encodeText(text);
    const embedder = (font as unknown as { embedder: Embedder }).embedder;
    const run = embedder.font.layout(text, embedder.fontFeatures);
    const codes: string[] = [];
    const x: number[] = [];
    const y: number[] = [];
    let pen = 0;
    run.glyphs.forEach((g, i) => {
      const p = run.positions[i]!;
      codes.push((embedder.glyphIdMap?.get(g.id) ?? g.id).toString(16).padStart(4, '0'));
      x.push(pen + p.xOffset);
      y.push(p.yOffset);
      pen += p.xAdvance;
    });
    table.set(text, (shaped = { codes, x, y, advance: pen, unitsPerEm: embedder.font.unitsPerEm }));
    return shaped;
  }

  /** Width of a shaped run at `size`. */
  runWidth(font: PDFFont, text: string, size: number): number {
    const shaped = this.shape(font, text);
    return (shaped.advance * size) / shaped.unitsPerEm;
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
