// report.pdf written out piece by piece: a valid file (poppler reads it without complaint),
// Cyrillic and Greek kept, an emoji replaced by "?" with a note, page numbers, the fingerprint
// the packet lists equal to the file's, and the PDF's picture copies limited in size.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport, DEFAULT_REPORT_OPTIONS } from '../../../../src/features/journal/report/report';
import { emptyPerson } from '../../../../src/features/journal/person/person';
import { startPdf } from '../../../../src/features/journal/packet/pdfReport';
import { imageSize, printWidth, PRINT_LONG_SIDE } from '../../../../src/features/journal/packet/printImage';
import { DAY, entriesOf, incident, T0 } from '../helpers';

const fontDir = new URL('../../../../src/features/journal/packet/fonts/', import.meta.url);
const fonts = { regular: readFileSync(new URL('ExhibitSans-Regular.ttf', fontDir)), bold: readFileSync(new URL('ExhibitSans-Bold.ttf', fontDir)) };
// The smallest progressive JPEG (1×1): enough for the PDF, which embeds JPEG bytes as they are.
const JPEG = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

function poppler(name: string): string {
  const found = spawnSync('which', [name], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${name} is missing: install it with "apt-get install poppler-utils" (CI's .ci/run does).`);
  return found.stdout.trim();
}

async function writePdf(names: string, what: string) {
  const entries = await entriesOf([
    incident(T0, what, ['call'], { times: 6, evidence: [{ blobId: 'b1', name: 'фото.jpg', type: 'image/jpeg', size: JPEG.length, sha256: 'c'.repeat(64), addedAt: T0 }] }),
    incident(T0 + DAY, 'Ждал у дома', ['in-person']),
  ]);
  const report = buildReport(entries, null, DEFAULT_REPORT_OPTIONS);
  const pdf = await startPdf({
    report, person: { ...emptyPerson(), names }, verify: { ok: true, count: 2, breaks: [], fingerprint: 'f'.repeat(64), others: [] },
    generatedAt: T0 + 2 * DAY, omitted: [], notices: new Map(), lang: 'en', fonts,
  });
  for (const x of report.exhibits) await pdf.exhibit(x, 'originals/Exhibit-01-фото.jpg', new Uint8Array(JPEG));
  return pdf.finish();
}

describe('report.pdf', () => {
  it('keeps Cyrillic and Greek, replaces an emoji with "?" and says so, and is a valid PDF', async () => {
    const pdftotext = poppler('pdftotext');
    const pdfinfo = poppler('pdfinfo');
    const written = await writePdf('Дмитрий Петров', 'Позвонил 6 раз 🙂 и написал «Γειά σου»');
    const bytes = new Uint8Array(await written.blob.arrayBuffer());
    expect(bytes.length).toBe(written.size);
    expect(written.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, bytes);
      const info = spawnSync(pdfinfo, [file], { encoding: 'utf8' });
      // poppler reports a damaged cross-reference table or object on stderr.
      expect(info.stderr).toBe('');
      const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
      expect(pages).toBeGreaterThan(3);
      const text = execFileSync(pdftotext, [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Дмитрий Петров');
      expect(text).toContain('Позвонил 6 раз ? и написал «Γειά σου»');
      expect(text).toContain('Ждал у дома');
      expect(text).toContain('Exhibit 1: фото.jpg');
      expect(text).toContain('originals/Exhibit-01-фото.jpg');
      expect(text).toContain('printed as “?”');
      for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints no replacement note when every character has a glyph', async () => {
    const written = await writePdf('Ана Łukasz Ελένη', 'Called; “Ça va?”');
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), new Uint8Array(await written.blob.arrayBuffer()));
      const text = execFileSync(poppler('pdftotext'), [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Ана Łukasz Ελένη');
      expect(text).not.toContain('printed as');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the PDF copy of a picture', () => {
  it('reads the size from a PNG or JPEG header and asks for a long side of at most 1600 px', () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    new DataView(png.buffer).setUint32(16, 1170);
    new DataView(png.buffer).setUint32(20, 2532);
    expect(imageSize(png)).toEqual({ width: 1170, height: 2532 });
    expect(imageSize(new Uint8Array(JPEG))).toEqual({ width: 1, height: 1 });
    expect(imageSize(new Uint8Array([1, 2, 3, 4]))).toBeNull();
    // A portrait screenshot: the height is the long side.
    expect(printWidth({ width: 1170, height: 2532 })).toBe(Math.round(1170 * (1600 / 2532)));
    expect(printWidth({ width: 4032, height: 3024 })).toBe(PRINT_LONG_SIDE);
    expect(printWidth({ width: 800, height: 600 })).toBe(800);
  });
});
