// The report PDF's fonts: Exhibit Sans (a Latin, Greek and Cyrillic subset of Liberation Sans,
// OFL; see fonts/OFL.txt) always, and the Noto files (OFL, @fontsource) that the text needs for
// Hebrew, Arabic, Chinese/Japanese/Korean and emoji, fetched only then. All embedded as subsets.
import { StandardFonts, type PDFDocument, type PDFFont } from 'pdf-lib';
import type { Fonts } from './pdfWriter';
import type { Face, Script } from './scriptFaces';
import { woffToSfnt } from './woff';

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Reads a Noto file by name (tests, the bench); the app fetches its own copy. */
  loadFace?(file: string): Promise<Uint8Array>;
  /** Reads the emoji names' data (emojibase-data's compact.json) for a language (tests, the bench). */
  loadEmojiData?(lang: string): Promise<unknown>;
}

async function fetchBytes(url: URL | string): Promise<Uint8Array> {
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

const noFaces = (text: string, printed: (cp: number) => boolean) => ({ faces: [] as Face[], missing: [...new Set([...text].filter((ch) => ch.codePointAt(0)! >= 0x20 && !printed(ch.codePointAt(0)!)))] });

export interface EmbeddedFonts extends Fonts {
  /** For each character Exhibit Sans lacks, the Noto font that prints it. */
  fallback: Map<number, PDFFont>;
  /** Characters no font here prints (they become "?"; the CSV and originals keep them). */
  missing: string[];
  /** The scripts a Noto font was loaded for, and the bytes fetched for them. */
  scripts: Script[];
  faceBytes: number;
}

/** Embeds Exhibit Sans, and the Noto fonts for what `text` (everything the PDF will print) needs. */
export async function embedFonts(doc: PDFDocument, files: FontFiles, text = ''): Promise<EmbeddedFonts> {
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  doc.registerFontkit(fontkit);
  // Subsets: only the glyphs used go into the PDF (a few KB, not 130 KB a font).
  const regular = await doc.embedFont(files.regular, { subset: true });
  const bold = await doc.embedFont(files.bold, { subset: true });
  const latin = new Set(regular.getCharacterSet());
  const beyond = [...text].some((ch) => {
    const cp = ch.codePointAt(0)!;
    return cp >= 0x20 && !latin.has(cp) && cp !== 0x200d && !(cp >= 0xfe00 && cp <= 0xfe0f);
  });
  // Latin, Greek and Cyrillic only: nothing more is loaded.
  // Offline before the faces' table was ever kept (it is in assets/extra/, like the fonts): no
  // Noto font then, and those characters print as "?", listed on page 1; the packet goes on.
  const table = beyond ? await import('./faceFiles').catch(() => null) : null;
  const { FACES, facesFor, fetchFace } = table ?? { FACES: [] as Face[], facesFor: noFaces, fetchFace: null };
  const load = files.loadFace ?? fetchFace!;
  const fallback = new Map<number, PDFFont>();
  const printed = (cp: number) => latin.has(cp) || fallback.has(cp);
  const tried = new Set<Face>();
  const used: Face[] = [];
  let faceBytes = 0;
  // Rounds: a face that cannot be read (one CJK slice's character map defeats fontkit) or lacks
  // a character its range names hands that character to the next face that names it.
  for (;;) {
    const { faces } = facesFor(text, printed, FACES.filter((f) => !tried.has(f)));
    if (!faces.length) break;
    // Offline before the first packet that needed a slice: it cannot be fetched, and its
    // characters print as "?", listed on page 1; the packet itself goes on.
    const files = await Promise.all(faces.map((f) => load(f.file).catch(() => null)));
    faceBytes += files.reduce((n, b) => n + (b?.length ?? 0), 0);
    const bytes = files.map((b) => b && woffToSfnt(b));
    for (const [i, face] of faces.entries()) {
      tried.add(face);
      try {
        void fontkit.create(bytes[i]!).characterSet;
      } catch {
        continue;
      }
      // Arabic whole: fontkit's subsetter damages some of its glyphs (they print blank). The
      // slices of the others are small, and subset cleanly (the browser test renders them).
      const font = await doc.embedFont(bytes[i]!, { subset: face.script !== 'arabic' });
      used.push(face);
      for (const cp of font.getCharacterSet()) if (!printed(cp)) fallback.set(cp, font);
    }
  }
  const { missing } = facesFor(text, printed, []);
  return {
    regular, bold,
    // Fingerprints are hexadecimal: the standard Courier shows them all.
    mono: await doc.embedFont(StandardFonts.Courier),
    fallback, missing, scripts: [...new Set(used.map((f) => f.script))], faceBytes,
  };
}
