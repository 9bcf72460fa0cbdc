// Writes a pdf-lib document out object by object as parts of it are finished (a page's text,
// an exhibit's picture), so the page holds one page and one picture at a time, not the whole
// PDF: pdf-lib's own save() keeps every object until the end and then copies them all at once.
import { PDFCrossRefSection, PDFHeader, PDFTrailer, PDFTrailerDict, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Serialized bytes are folded into a Blob at about this size (a Blob's data lives outside the JS heap). */
const FOLD_BYTES = 1024 * 1024;
const ascii = (text: string) => new TextEncoder().encode(text);

export class PdfSink {
  private readonly blobs: Blob[] = [];
  private parts: Uint8Array[] = [];
  private pending = 0;
  private offset = 0;
  private readonly offsets = new Map<number, { ref: PDFRef; offset: number }>();
  private readonly hash = sha256.create();

  constructor(private readonly doc: PDFDocument) {
    const header = PDFHeader.forVersion(1, 7);
    const bytes = new Uint8Array(header.sizeInBytes() + 2);
    header.copyBytesInto(bytes, 0);
    bytes.set([0x0a, 0x0a], bytes.length - 2);
    this.push(bytes);
  }

  private push(bytes: Uint8Array): void {
    this.hash.update(bytes);
    this.parts.push(bytes);
    this.pending += bytes.length;
    this.offset += bytes.length;
    if (this.pending >= FOLD_BYTES) this.fold();
  }

  private fold(): void {
    this.blobs.push(new Blob(this.parts as Uint8Array<ArrayBuffer>[]));
    this.parts = [];
    this.pending = 0;
  }

  /** Writes the object now and drops it from the document: nothing may change it afterwards. */
  write(ref: PDFRef | undefined): void {
    if (!ref || this.offsets.has(ref.objectNumber)) return;
    const object = this.doc.context.lookup(ref) as PDFObject | undefined;
    if (!object) return;
    this.offsets.set(ref.objectNumber, { ref, offset: this.offset });
    const head = ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    this.push(head);
    this.push(body);
    this.push(ascii('\nendobj\n\n'));
    this.doc.context.delete(ref);
  }

  /** Embeds what is left (fonts, subset now that every glyph is known), writes it all, the cross-reference table and the trailer. */
  async finish(): Promise<{ blob: Blob; sha256: string; size: number }> {
    await this.doc.flush();
    const { context } = this.doc;
    for (const [ref] of context.enumerateIndirectObjects()) this.write(ref);
    // Subsections in object-number order, as every reader expects.
    const xref = PDFCrossRefSection.create();
    for (const { ref, offset } of [...this.offsets.values()].sort((a, b) => a.ref.objectNumber - b.ref.objectNumber)) xref.addEntry(ref, offset);
    const xrefOffset = this.offset;
    const trailerDict = PDFTrailerDict.of(context.obj({
      Size: context.largestObjectNumber + 1, Root: context.trailerInfo.Root, Info: context.trailerInfo.Info, ID: context.trailerInfo.ID,
    }));
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    for (const part of [xref, trailerDict, trailer]) {
      const bytes = new Uint8Array(part.sizeInBytes() + 1);
      part.copyBytesInto(bytes, 0);
      bytes[bytes.length - 1] = 0x0a;
      this.push(bytes);
    }
    this.fold();
    return { blob: new Blob(this.blobs, { type: 'application/pdf' }), sha256: bytesToHex(this.hash.digest()), size: this.offset };
  }
}
