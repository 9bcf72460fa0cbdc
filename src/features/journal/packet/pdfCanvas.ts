// One page's drawing, kept here rather than in pdf-lib's page object (which would hold every
// operator of every page until the end) and handed over as one content stream when it is done.
import { beginText, clip, endPath, popGraphicsState, pushGraphicsState, rectangle, degrees, drawImage, endText, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, setFillingColor, setFontAndSize, setTextMatrix, showText, drawLine, drawRectangle, drawText, type PDFDocument, type PDFFont, type PDFImage, type PDFPage, type PDFRef, type RGB } from 'pdf-lib';
import type { GlyphCache } from './pdfGlyphs';

export interface DrawStyle { x: number; y: number; size: number; font: PDFFont; color: RGB }
interface Point { x: number; y: number }
const upright = { rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) };

export class PageCanvas {
  private ops: PDFOperator[] = [];
  private readonly fontKeys = new Map<PDFFont, PDFName>();

  constructor(private readonly doc: PDFDocument, readonly page: PDFPage, private readonly glyphs: GlyphCache) {}

  /**
   * One run of text, already cleaned for `style.font`. `whole`: shaped as one, with positions;
   * `actualText`: the run's characters, which text extraction (pdftotext, a screen reader, copy
   * and paste) takes instead of the glyphs.
   */
  text(text: string, style: DrawStyle, run?: { whole?: boolean; actualText?: string }): void {
    let key = this.fontKeys.get(style.font);
    if (!key) this.fontKeys.set(style.font, (key = this.page.node.newFontDictionary(style.font.name, style.font.ref)));
    if (run?.actualText) {
      const props = this.doc.context.obj({ ActualText: PDFHexString.fromText(run.actualText) });
      this.ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), props as unknown as PDFName]));
    }
    if (run?.whole) {
      // Glyph by glyph, each where the shaper placed it.
      const shaped = this.glyphs.shape(style.font, text);
      const scale = style.size / shaped.unitsPerEm;
      this.ops.push(beginText(), setFillingColor(style.color), setFontAndSize(key, style.size));
      shaped.codes.forEach((code, i) => {
        this.ops.push(setTextMatrix(1, 0, 0, 1, style.x + shaped.x[i]! * scale, style.y + shaped.y[i]! * scale), showText(PDFHexString.of(code)));
      });
      this.ops.push(endText());
    } else this.ops.push(...drawText(this.glyphs.encode(style.font, text), { x: style.x, y: style.y, size: style.size, font: key, color: style.color, ...upright }));
    if (run?.actualText) this.ops.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  line(start: Point, end: Point, thickness: number, color: RGB, dashArray?: number[]): void {
    this.ops.push(...drawLine({ start, end, thickness, color, dashArray }));
  }

  rect(box: { x: number; y: number; width: number; height: number }, fill?: RGB, border?: { color: RGB; width: number }): void {
    this.ops.push(...drawRectangle({ ...box, color: fill, borderColor: border?.color, borderWidth: border?.width ?? 0, ...upright }));
  }

  /** `clip`: only this part of the page shows the image (a tall screenshot's slice on one page). */
  image(image: PDFImage, box: { x: number; y: number; width: number; height: number }, clipTo?: { x: number; y: number; width: number; height: number }): void {
    const key = this.page.node.newXObject('Image', image.ref);
    if (clipTo) this.ops.push(pushGraphicsState(), rectangle(clipTo.x, clipTo.y, clipTo.width, clipTo.height), clip(), endPath());
    this.ops.push(...drawImage(key, { ...box, ...upright }));
    if (clipTo) this.ops.push(popGraphicsState());
  }

  /** Adds what was drawn to the page as one content stream and lets the operators go. */
  close(): PDFRef | null {
    if (!this.ops.length) return null;
    const ref = this.doc.context.register(this.doc.context.contentStream(this.ops));
    this.page.node.addContentStream(ref);
    this.ops = [];
    return ref;
  }
}
