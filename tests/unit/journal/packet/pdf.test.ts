// report.pdf written out piece by piece: a valid file (poppler reads it without complaint),
// Cyrillic and Greek kept, an emoji printed with its name, a Thai word (no font) "?" with a note on page 1, page numbers, the fingerprint
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
import { ink, wordBoxes } from '../../../pdf-ink';
import { getLang, setLang } from '../../../../src/i18n';

const fontDir = new URL('../../../../src/features/journal/packet/fonts/', import.meta.url);
const fonts = {
  regular: readFileSync(new URL('ExhibitSans-Regular.ttf', fontDir)), bold: readFileSync(new URL('ExhibitSans-Bold.ttf', fontDir)),
  // The Noto files as the app fetches them, read from their packages.
  loadFace: async (file: string) => readFileSync(new URL(`../../../../node_modules/@fontsource/${/^noto-(sans-)?[a-z]+/.exec(file)![0]}/files/${file}`, import.meta.url)),
  loadEmojiData: async (lang: string) => JSON.parse(readFileSync(new URL(`../../../../node_modules/emojibase-data/${lang}/compact.json`, import.meta.url), 'utf8')) as unknown,
};
// The smallest progressive JPEG (1×1): enough for the PDF, which embeds JPEG bytes as they are.
const JPEG = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

function poppler(name: string): string {
  const found = spawnSync('which', [name], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${name} is missing: install it with "apt-get install poppler-utils" (CI's .ci/run does).`);
  return found.stdout.trim();
}

async function writePdf(names: string, what: string, order = emptyPerson().order, orderName = '', lang: 'en' | 'ar' = 'en') {
  const entries = await entriesOf([
    incident(T0, what, ['call'], { times: 6, evidence: [{ blobId: 'b1', name: 'фото.jpg', type: 'image/jpeg', size: JPEG.length, sha256: 'c'.repeat(64), addedAt: T0 }] }),
    incident(T0 + DAY, 'Ждал у дома', ['in-person']),
  ]);
  const report = buildReport(entries, null, DEFAULT_REPORT_OPTIONS, order);
  const pdf = await startPdf({
    report, person: { ...emptyPerson(), names, order }, verify: { ok: true, count: 2, breaks: [], fingerprint: 'f'.repeat(64), others: [] },
    generatedAt: T0 + 2 * DAY, omitted: [], notices: new Map(), lang, fonts, zone: 'America/New_York', orderName,
  });
  for (const x of report.exhibits) await pdf.exhibit(x, 'originals/Exhibit-01-фото.jpg', new Uint8Array(JPEG));
  return pdf.finish('0123abcd');
}

describe('report.pdf', () => {
  it('keeps Cyrillic and Greek, names an emoji, replaces Thai (no font) with "?" and says so on page 1, and is a valid PDF', async () => {
    const pdftotext = poppler('pdftotext');
    const pdfinfo = poppler('pdfinfo');
    const written = await writePdf('Дмитрий Петров', 'Позвонил 6 раз 🙂 и написал «Γειά σου» สวัสดี');
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
      expect(text).toContain('Позвонил 6 раз 🙂 [slightly smiling face] и написал «Γειά σου» ??????');
      expect(text).toContain('Ждал у дома');
      expect(text).toContain('Exhibit 1: фото.jpg');
      expect(text).toContain('originals/Exhibit-01-фото.jpg');
      const first = execFileSync(pdftotext, ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(first).toContain('print as “?”');
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
      expect(text).not.toContain('print as');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report.pdf page 1', () => {
  it('holds the protection order: court, number, issued, served and how, its dates and terms, under the country\'s name for it', async () => {
    const order = {
      inForce: true, court: 'Kings County Family Court', number: 'O-1234/26', issued: '2026-10-30', served: '2026-11-02',
      servedHow: 'in person by a deputy', from: '2026-11-02', to: '2027-11-01', terms: 'No contact; stay 100 m from home and work.',
    };
    const written = await writePdf('Alex Doe', 'Waited outside work', order, 'Order of protection');
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), new Uint8Array(await written.blob.arrayBuffer()));
      const first = execFileSync(poppler('pdftotext'), ['-f', '1', '-l', '1', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(first).toContain('Protection order (here: “Order of protection”): A protection order is in force Court: Kings County Family Court Order or case number: O-1234/26');
      expect(first).toContain('Issued on: Oct 30, 2026 Served on: Nov 2, 2026 (in person by a deputy) Valid from: Nov 2, 2026 Valid until: Nov 1, 2027');
      expect(first).toContain('What the order forbids (its terms): No contact; stay 100 m from home and work.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report.pdf in every script', () => {
  it('prints emoji with names, Arabic and Hebrew right to left, Chinese, Japanese and Korean, all extractable and drawn', async () => {
    const words = "I'll see you soon ❤️🔪 سأراك قريبا جدا و שלום 我会找到你 また会おう 다시 보자";
    const written = await writePdf('Дмитрий', words);
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    try {
      const file = join(dir, 'r.pdf');
      writeFileSync(file, new Uint8Array(await written.blob.arrayBuffer()));
      if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, readFileSync(file));
      expect(spawnSync(poppler('pdfinfo'), [file], { encoding: 'utf8' }).stderr).toBe('');
      // pdftotext marks right-to-left stretches with embedding controls: left out here.
      const text = execFileSync(poppler('pdftotext'), [file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
      // Reading order: the glyphs stand right to left and pdftotext reads them back in order.
      for (const part of ["I'll see you soon ❤️🔪 [red heart] [kitchen knife]", 'سأراك قريبا جدا', 'שלום', '我会找到你', 'また会おう', '다시 보자']) expect(text).toContain(part);
      expect(text).not.toContain('print as “?”');
      expect(text).not.toMatch(/soon \?|\?\?/);
      // Drawn: each word's box, rendered by pdftoppm, holds ink (a blank, or a font left out, would not).
      const boxes = wordBoxes(file);
      for (const word of ['🔪', 'שלום', 'سأراك', '我会找到你', 'また会おう', '보자']) {
        // -bbox lists a right-to-left word's letters in the order they stand on the page.
        const box = boxes.find((b) => b.word.includes(word) || [...b.word].reverse().join('').includes(word));
        expect(box, word).toBeDefined();
        const share = ink(file, box!);
        expect(share, word).toBeGreaterThan(0.02);
        expect(share, word).toBeLessThan(0.7);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report.pdf in Arabic', () => {
  it('prints its own labels in Arabic as well as the entries, with nothing as "?"', async () => {
    // The report's words come from the app's language, as they do when the person speaks Arabic.
    (globalThis as { document?: unknown }).document ??= { documentElement: {} };
    const before = getLang();
    setLang('ar');
    const written = await writePdf('سارة', 'اتصل بي ست مرات', emptyPerson().order, '', 'ar').finally(() => setLang(before));
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    try {
      const file = join(dir, 'r.pdf');
      writeFileSync(file, new Uint8Array(await written.blob.arrayBuffer()));
      expect(spawnSync(poppler('pdfinfo'), [file], { encoding: 'utf8' }).stderr).toBe('');
      const text = execFileSync(poppler('pdftotext'), [file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
      // The report's own words (page label, signature, name), the person's name and her words.
      for (const part of ['الصفحة', 'التوقيع', 'الاسم', 'سارة', 'اتصل بي ست مرات']) expect(text).toContain(part);
      expect(text).not.toContain('?');
      const boxes = wordBoxes(file);
      const box = boxes.find((b) => b.word.includes('التوقيع') || [...b.word].reverse().join('').includes('التوقيع'));
      expect(box).toBeDefined();
      expect(ink(file, box!)).toBeGreaterThan(0.02);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report.pdf without its Noto fonts', () => {
  it('goes on when a font cannot be fetched (offline before its first use), and says on page 1 what prints as "?"', async () => {
    const entries = await entriesOf([incident(T0, 'Wrote שלום', ['text'])]);
    const report = buildReport(entries, null, DEFAULT_REPORT_OPTIONS);
    const offline = { ...fonts, loadFace: async () => { throw new TypeError('Failed to fetch'); } };
    const pdf = await startPdf({
      report, person: null, verify: { ok: true, count: 1, breaks: [], fingerprint: 'f'.repeat(64), others: [] },
      generatedAt: T0 + DAY, omitted: [], notices: new Map(), lang: 'en', fonts: offline, zone: 'UTC',
    });
    const written = await pdf.finish('0123abcd');
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), new Uint8Array(await written.blob.arrayBuffer()));
      const first = execFileSync(poppler('pdftotext'), ['-f', '1', '-l', '1', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(first).toContain('print as “?” (U+05E9 U+05DC U+05D5 U+05DD)');
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
