// A flowing page writer over pdf-lib: text that wraps and breaks onto new pages, key-value
// lines, rules and images, then "Page X of N" on every page once the count is known. Each
// finished page goes to the sink at once, so only the page being written is held.
import type { PDFDocument, PDFFont, PDFImage, PDFPage, RGB } from 'pdf-lib';
import { toPrintable, wrapText } from './pdfText';
import { GlyphCache } from './pdfGlyphs';
import { PageCanvas, type DrawStyle } from './pdfCanvas';
import { hasRtl, shaperText, visualRuns } from './textRuns';
import { withEmojiNames } from './emojiNames';
import type { PdfSink } from './pdfSink';

// US Letter: the app is US-first; A4 printers scale it without losing anything.
export const PAGE = { width: 612, height: 792, margin: 54, footer: 30 };

export interface Fonts {
  regular: PDFFont; bold: PDFFont; mono: PDFFont;
  /** The Noto font for each character the three above lack (Hebrew, Arabic, CJK, emoji). */
  fallback?: Map<number, PDFFont>;
}
export interface Colours { text: RGB; muted: RGB; rule: RGB }
interface TextStyle { size?: number; bold?: boolean; mono?: boolean; indent?: number; gap?: number; muted?: boolean }

/**
 * How an image `px` wide and tall, printed `width` points wide, splits over pages: the first
 * slice in what is left of this page (a new page first when less than a fifth of a page is
 * left), then a page's height at a time. Heights in points.
 */
export function imageSlices(pxWidth: number, pxHeight: number, width: number, left: number, page: number): Array<{ height: number; newPage: boolean }> {
  let remaining = (pxHeight * width) / pxWidth;
  const out: Array<{ height: number; newPage: boolean }> = [];
  const newPage = left < Math.min(remaining, page / 5);
  let room = newPage ? page : left;
  while (remaining > 0.01) {
    const height = Math.min(remaining, room);
    out.push({ height, newPage: out.length === 0 && newPage });
    remaining -= height;
    room = page;
  }
  return out;
}

export class PdfWriter {
  /** The page being written. */
  canvas!: PageCanvas;
  y = 0;
  /** Characters the fonts cannot show, replaced by "?". */
  replaced = 0;
  private readonly charsets = new Map<PDFFont, Set<number>>();
  private readonly glyphs = new GlyphCache();
  /** Emoji names in the report's language, when the text holds emoji. */
  emojiNames: Map<string, string> | null = null;
  constructor(readonly doc: PDFDocument, readonly fonts: Fonts, readonly colours: Colours, private readonly sink: PdfSink) {
    this.newPage();
  }

  get page(): PDFPage {
    return this.canvas.page;
  }

  get contentWidth(): number {
    return PAGE.width - 2 * PAGE.margin;
  }

  newPage(): void {
    this.endPage();
    this.canvas = new PageCanvas(this.doc, this.doc.addPage([PAGE.width, PAGE.height]), this.glyphs);
    this.y = PAGE.height - PAGE.margin;
  }

  /** Writes out what the current page holds: nothing more is drawn on it (page numbers go in a stream of their own). */
  endPage(): void {
    const ref = this.canvas?.close();
    if (ref) this.sink.write(ref);
  }

  /** Starts a new page unless `height` still fits above the footer. */
  ensure(height: number): void {
    if (this.y - height < PAGE.margin + PAGE.footer) this.newPage();
  }

  /** The text as `font` can show it: what it has no glyph for becomes "?" (and is counted). */
  clean(text: string, font: PDFFont = this.fonts.regular): string {
    const set = this.charset(font);
    const fallback = this.fonts.fallback;
    const named = this.emojiNames ? withEmojiNames(text, this.emojiNames) : text;
    const out = toPrintable(named, (_ch, code) => set.has(code) || (font !== this.fonts.mono && !!fallback?.has(code)));
    this.replaced += out.replaced;
    return out.text;
  }

  private charset(font: PDFFont): Set<number> {
    let set = this.charsets.get(font);
    if (!set) this.charsets.set(font, (set = new Set(font.getCharacterSet())));
    return set;
  }

  /** Whether `font` alone prints the whole (cleaned) line left to right: the common, fast case. */
  private plain(text: string, font: PDFFont): boolean {
    if (!this.fonts.fallback?.size || font === this.fonts.mono) return true;
    const set = this.charset(font);
    for (const ch of text) if (!set.has(ch.codePointAt(0)!) && ch !== '\n') return false;
    return !hasRtl(text);
  }

  private runs(text: string, font: PDFFont) {
    const set = this.charset(font);
    return visualRuns(text, (cp) => (set.has(cp) ? font : this.fonts.fallback?.get(cp) ?? font), (f, cp) => this.charset(f).has(cp));
  }

  width(text: string, size: number, font: PDFFont = this.fonts.regular): number {
    if (this.plain(text, font)) return this.glyphs.width(font, text, size);
    return this.runs(text, font).reduce((sum, run) => sum + (run.font === font && !run.rtl ? this.glyphs.width(font, run.text, size)
      : this.glyphs.runWidth(run.font, shaperText(run), size)), 0);
  }

  /**
   * One line of (already cleaned) text: in runs of one font and direction, placed left to right
   * in visual order. A right-to-left run carries its characters as /ActualText (shaped Arabic
   * glyphs may stand for several letters, or none the font's map names), in the order the glyphs
   * stand, as extraction tools (poppler, pdf.js) put right-to-left text in reading order themselves.
   */
  draw(text: string, style: DrawStyle, canvas: PageCanvas = this.canvas): void {
    if (this.plain(text, style.font)) {
      canvas.text(text, style);
      return;
    }
    let x = style.x;
    for (const run of this.runs(text, style.font)) {
      const shaped = shaperText(run);
      const whole = run.rtl || run.font !== style.font;
      canvas.text(shaped, { ...style, x, font: run.font }, { whole, actualText: run.rtl ? [...run.text].reverse().join('') : undefined });
      x += whole ? this.glyphs.runWidth(run.font, shaped, style.size) : this.glyphs.width(run.font, shaped, style.size);
    }
  }

  font(style: TextStyle): PDFFont {
    return style.mono ? this.fonts.mono : style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** A paragraph, wrapped to the width, continuing on new pages as needed. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const font = this.font(style);
    const indent = style.indent ?? 0;
    const lineHeight = size * 1.3;
    const lines = wrapText(this.clean(text, font), this.contentWidth - indent, (s) => this.width(s, size, font));
    for (const line of lines) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      if (line) this.draw(line, { x: PAGE.margin + indent, y: this.y + size * 0.25, size, font, color: style.muted ? this.colours.muted : this.colours.text });
    }
    this.y -= style.gap ?? 3;
  }

  heading(text: string, level: 1 | 2 | 3 = 2): void {
    const size = level === 1 ? 18 : level === 2 ? 14 : 11.5;
    this.ensure(size * 3);
    this.y -= level === 3 ? 4 : 10;
    this.text(text, { size, bold: true, gap: 4 });
  }

  /** "Label: value", the label in bold, the value wrapped beside it. */
  field(label: string, value: string, style: TextStyle = {}): void {
    if (!value) return;
    this.text(`${label}:`, { bold: true, size: 9.5, gap: 0, indent: style.indent });
    this.text(value, { ...style, size: style.size ?? 10, indent: (style.indent ?? 0) + 12 });
  }

  rule(): void {
    this.ensure(10);
    this.y -= 5;
    this.canvas.line({ x: PAGE.margin, y: this.y }, { x: PAGE.width - PAGE.margin, y: this.y }, 0.5, this.colours.rule);
    this.y -= 5;
  }

  /** The height `image` takes when scaled to fit the width and `maxHeight`. */
  imageHeight(image: PDFImage, maxHeight: number): number {
    return image.height * Math.min(1, this.contentWidth / image.width, maxHeight / image.height);
  }

  /** An image scaled to fit the width and `maxHeight`, on a new page if it does not fit here. */
  image(image: PDFImage, maxHeight: number): void {
    const scale = Math.min(1, this.contentWidth / image.width, maxHeight / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    this.ensure(height + 6);
    this.y -= height;
    this.canvas.image(image, { x: PAGE.margin, y: this.y, width, height });
    this.canvas.rect({ x: PAGE.margin, y: this.y, width, height }, undefined, { color: this.colours.rule, width: 0.5 });
    this.y -= 6;
  }

  /**
   * Issue 23: an image across the full text width; a tall one (a phone screenshot) continues on
   * the next pages, each page showing its slice, so its text prints at a readable size.
   */
  imageFlow(image: PDFImage): void {
    const slices = imageSlices(image.width, image.height, this.contentWidth, this.y - PAGE.margin - PAGE.footer, PAGE.height - 2 * PAGE.margin - PAGE.footer);
    const height = (image.height * this.contentWidth) / image.width;
    let done = 0;
    slices.forEach((slice, i) => {
      if (i > 0 || slice.newPage) this.newPage();
      const top = this.y;
      this.canvas.image(image, { x: PAGE.margin, y: top + done - height, width: this.contentWidth, height }, { x: PAGE.margin, y: top - slice.height, width: this.contentWidth, height: slice.height });
      this.canvas.rect({ x: PAGE.margin, y: top - slice.height, width: this.contentWidth, height: slice.height }, undefined, { color: this.colours.rule, width: 0.5 });
      done += slice.height;
      this.y = top - slice.height;
    });
    this.y -= 6;
  }

  /**
   * Writes "Page X of N" (from `label`) at the foot of every page, each in a content stream of
   * its own added to the page (the page's own text has already been written out).
   */
  numberPages(label: (n: number, total: number) => string, header?: (n: number, total: number) => { left: string; right: string }): void {
    this.endPage();
    const pages = this.doc.getPages();
    const font = this.fonts.regular;
    const size = 8.5;
    pages.forEach((page, i) => {
      const text = this.clean(label(i + 1, pages.length), font);
      const canvas = new PageCanvas(this.doc, page, this.glyphs);
      this.draw(text, { x: (PAGE.width - this.width(text, size, font)) / 2, y: PAGE.margin / 2, size, font, color: this.colours.muted }, canvas);
      // Issue 23: a running header, so a loose page can be matched to its case and its packet.
      if (header) {
        const { left, right } = header(i + 1, pages.length);
        const y = PAGE.height - PAGE.margin / 2 - 4;
        const r = this.clean(right, font);
        const rightWidth = this.width(r, size, font);
        let l = this.clean(left, font);
        while (l.length > 1 && this.width(l, size, font) > this.contentWidth - rightWidth - 12) l = `${l.slice(0, -2)}…`;
        this.draw(l, { x: PAGE.margin, y, size, font, color: this.colours.muted }, canvas);
        this.draw(r, { x: PAGE.width - PAGE.margin - rightWidth, y, size, font, color: this.colours.muted }, canvas);
        canvas.line({ x: PAGE.margin, y: y - 4 }, { x: PAGE.width - PAGE.margin, y: y - 4 }, 0.5, this.colours.rule);
      }
      const ref = canvas.close();
      if (ref) this.sink.write(ref);
    });
  }
}
