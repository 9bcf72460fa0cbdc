// Checks on a PDF with poppler's own tools: where pdftotext places a word (-bbox), and whether
// pdftoppm's rendering of that box holds ink (glyphs drawn, not a blank or missing font).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WordBox { page: number; word: string; x0: number; y0: number; x1: number; y1: number }

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Every word pdftotext finds, with its page and box in points (bidi controls left out). */
export function wordBoxes(pdf: string): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: WordBox[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0].startsWith('<page')) page++;
    else out.push({ page, word: m[5]!.replace(BIDI_CONTROLS, '').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"'), x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]! });
  }
  return out;
}

/** The share of dark pixels (grey < 128) inside `box` when poppler renders its page at 144 dpi. */
export function ink(pdf: string, box: WordBox): number {
  const dir = mkdtempSync(join(tmpdir(), 'ink-'));
  try {
    const scale = 2; // 144 dpi over 72 points
    execFileSync('pdftoppm', ['-gray', '-r', '144', '-f', String(box.page), '-l', String(box.page), '-singlefile', pdf, join(dir, 'p')]);
    const pgm = readFileSync(join(dir, 'p.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const width = Number(header[1]);
    const start = header[0].length;
    let dark = 0;
    let all = 0;
    for (let y = Math.floor(box.y0 * scale); y < Math.ceil(box.y1 * scale); y++) {
      for (let x = Math.floor(box.x0 * scale); x < Math.ceil(box.x1 * scale); x++) {
        all++;
        if (pgm[start + y * width + x]! < 128) dark++;
      }
    }
    return all ? dark / all : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
