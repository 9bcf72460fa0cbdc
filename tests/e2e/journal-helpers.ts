// Helpers for the journal's browser tests: a tiny valid PNG carrying a text marker, and the
// common "write an entry" flow.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 16×16 PNG in one colour, with `text` stored in a tEXt chunk (so it is in the file's bytes). */
export function pngWithText(text: string, rgb: [number, number, number] = [200, 40, 40]): Buffer {
  const size = 16;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface EntryInput {
  what: string;
  when?: string;
  words?: string;
  channels?: string[];
  files?: Array<{ name: string; mimeType: string; buffer: Buffer }>;
  more?: Record<string, string>;
}

/** Dismisses the app's notices (storage, offline ready), shown one at a time, so the next one shows and goes too. */
/** `offlineReady`: also wait for "Ready to work offline." (it comes once the service worker is installed). */
export async function dismissNotices(page: Page, { offlineReady = false } = {}): Promise<void> {
  // The storage notice follows vault creation once the browser answers the persistence request.
  await page.locator('.notices [data-persist] button').click({ timeout: 10_000 }).catch(() => undefined);
  if (offlineReady) await page.locator('.notices .notice:not([data-persist])').waitFor();
  // "OK" or "Later", never "Update now".
  for (let i = 0; i < 3; i++) {
    const next = page.locator('.notices button.secondary').first();
    if (!(await next.isVisible().catch(() => false))) break;
    await next.click({ timeout: 2000 }).catch(() => undefined);
  }
}

/** Writes and saves an entry through the real form; ends on the list, the entry on top. */
export async function writeEntry(page: Page, input: EntryInput): Promise<void> {
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByLabel('What happened', { exact: true }).fill(input.what);
  if (input.when) await page.getByLabel('When', { exact: true }).fill(input.when);
  if (input.words) await page.getByLabel('Their exact words', { exact: true }).fill(input.words);
  for (const channel of input.channels ?? []) await page.getByLabel(channel, { exact: true }).check();
  for (const [label, value] of Object.entries(input.more ?? {})) await page.getByLabel(label, { exact: true }).fill(value);
  if (input.files?.length) {
    await page.getByLabel('Add evidence', { exact: true }).setInputFiles(input.files);
    await page.getByRole('status').filter({ hasText: input.files.length === 1 ? "1 file added." : `${input.files.length} files added.` }).waitFor({ timeout: 60_000 });
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** A minimal JPEG: SOI, an APP1 Exif segment with IFD0 (DateTime, Exif pointer) and an Exif IFD. */
export function jpegWithExif(little: boolean, original: string | null, dateTime = '2020:01:01 00:00:00'): Uint8Array {
  const tiff: number[] = [];
  const u16 = (n: number) => (little ? [n & 255, n >> 8] : [n >> 8, n & 255]);
  const u32 = (n: number) => (little ? [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24] : [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255]);
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0)).concat(0);
  // Layout: header (8) | IFD0 at 8: 2 entries (2 + 24 + 4 = 30) | Exif IFD at 38: 1 entry (18) | strings at 56
  const dateAt = 56;
  const originalAt = 76;
  tiff.push(...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8));
  tiff.push(...u16(2), ...u16(0x0132), ...u16(2), ...u32(20), ...u32(dateAt), ...u16(0x8769), ...u16(4), ...u32(1), ...u32(38), ...u32(0));
  tiff.push(...u16(original ? 1 : 0), ...(original ? [...u16(0x9003), ...u16(2), ...u32(20), ...u32(originalAt)] : []), ...u32(0));
  while (tiff.length < dateAt) tiff.push(0);
  tiff.push(...ascii(dateTime));
  while (tiff.length < originalAt) tiff.push(0);
  if (original) tiff.push(...ascii(original));
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xe1, length >> 8, length & 255, ...body, 0xff, 0xda, 0, 2, 0xff, 0xd9]);
}

/** Patterns, the person, the report and the list's look sit behind the journal's "More" (issue 14). */
export async function journalTool(page: Page, name: 'Export report' | 'Patterns' | 'The person' | 'Protection order' | 'Timeline' | 'List'): Promise<void> {
  const tool = page.getByRole('button', { name, exact: true });
  if (!(await tool.isVisible())) await page.getByRole('button', { name: 'More', exact: true }).click();
  await tool.click();
}
