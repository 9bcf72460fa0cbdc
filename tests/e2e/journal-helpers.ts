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

/** Dismisses the app's bottom banners (offline ready, storage) so they cover nothing. */
export async function dismissNotices(page: Page): Promise<void> {
  // The storage notice follows vault creation once the browser answers the persistence request.
  await page.locator('.notices [data-persist] button').click({ timeout: 10_000 }).catch(() => undefined);
  for (const button of await page.locator('.notices button').all()) await button.click({ timeout: 2000 }).catch(() => undefined);
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
    await page.getByRole('status').filter({ hasText: `${input.files.length} file(s) added.` }).waitFor({ timeout: 60_000 });
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}
