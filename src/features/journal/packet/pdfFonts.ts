// The report PDF's fonts: Exhibit Sans (a Latin, Greek and Cyrillic subset of Liberation Sans,
// OFL; see fonts/OFL.txt), embedded as subsets through fontkit, both loaded only for a packet.
import { StandardFonts, type PDFDocument } from 'pdf-lib';
import type { Fonts } from './pdfWriter';

export interface FontFiles { regular: Uint8Array; bold: Uint8Array }

async function fetchBytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font-${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The font files, precached with the app (so a packet can be made offline). */
export async function loadFontFiles(): Promise<FontFiles> {
  const [regular, bold] = await Promise.all([
    fetchBytes(new URL('./fonts/ExhibitSans-Regular.ttf', import.meta.url)),
    fetchBytes(new URL('./fonts/ExhibitSans-Bold.ttf', import.meta.url)),
  ]);
  return { regular, bold };
}

export async function embedFonts(doc: PDFDocument, files: FontFiles): Promise<Fonts> {
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  doc.registerFontkit(fontkit);
  return {
    // Subsets: only the glyphs used go into the PDF (a few KB, not 130 KB a font).
    regular: await doc.embedFont(files.regular, { subset: true }),
    bold: await doc.embedFont(files.bold, { subset: true }),
    // Fingerprints are hexadecimal: the standard Courier shows them all.
    mono: await doc.embedFont(StandardFonts.Courier),
  };
}
