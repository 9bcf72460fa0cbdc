// Importing what the phone holds (issue 25), through the UI: a WhatsApp zip with media and an SMS
// + calls backup, the ex's name and number picked; counts and exact words in the journal and the
// CSV; importing again adds nothing; a big read can be cancelled; a corrupt file changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { axeViolations, createVault, launch, unlock, waitForServiceWorker, type Session } from './harness';
import { dismissNotices, pngWithText, journalTool } from './journal-helpers';
import { clickThroughGate } from './gate-helpers';
import { openPacket } from './packet-helpers';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

// The Android chat, with its photo in the zip as WhatsApp's "Export chat → Attach media" makes it.
const chatZip = Buffer.from(zipSync({
  'WhatsApp Chat with Alex.txt': new Uint8Array(fixture('whatsapp-android-en.txt')),
  'IMG-20220327-WA0001.jpg': new Uint8Array(pngWithText('photo')),
}));

let session: Session | undefined;
let dir: string | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const filesIn = (root: string): string[] => readdirSync(root, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? filesIn(join(root, e.name)) : [join(root, e.name)]));

async function openImport(page: Page) {
  const tool = page.getByRole('button', { name: 'Import messages', exact: true });
  if (!(await tool.isVisible())) await page.getByRole('button', { name: 'More', exact: true }).click();
  await tool.click();
  await page.getByRole('heading', { name: 'Import messages', level: 1 }).waitFor();
}

async function importFile(page: Page, name: string, mimeType: string, buffer: Buffer, pick: RegExp[]) {
  await page.getByLabel('Export file').setInputFiles({ name, mimeType, buffer });
  const whose = page.getByRole('group', { name: 'Whose messages' });
  await whose.waitFor();
  for (const who of pick) await whose.getByRole('checkbox', { name: who }).check();
  const button = page.getByRole('button', { name: /^Import \d+ messages?$/ });
  const label = (await button.textContent())!;
  return { button, label };
}

const journalCount = (page: Page) => page.locator('.journal-summary').textContent();

describe('import messages', () => {
  it('imports a WhatsApp zip and an SMS/calls backup, counts them, keeps exact words, adds nothing twice, refuses a bad file', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);

    // WhatsApp zip: five messages from Alex (one burst of four, then one the next morning).
    await openImport(page);
    let step = await importFile(page, 'WhatsApp Chat with Alex.zip', 'application/zip', chatZip, [/^Alex: /]);
    expect(step.label).toBe('Import 5 messages');
    await expect.poll(() => page.getByTestId('import-counts').textContent()).toContain('5 messages, 0 calls in 2 entries');
    await step.button.click();
    await page.getByRole('status').filter({ hasText: 'Imported 5 messages and calls into the journal.' }).waitFor();
    await expect.poll(() => journalCount(page)).toMatch(/^2 entries/);

    // The burst: four contacts, the exact words verbatim, the photo from the zip, its source.
    await page.getByRole('button', { name: /WhatsApp message/ }).last().click();
    const detail = page.locator('.entry-detail');
    await expect.poll(() => detail.textContent()).toContain("I know you're home.");
    const text = (await detail.textContent())!;
    expect(text).toContain('I can see the light on');
    expect(text).toMatch(/Imported .* from WhatsApp Chat with Alex\.zip, lines 2–3, 6–7, about a contact on/);
    expect(text).toContain('IMG-20220327-WA0001.jpg');
    expect(text).toContain('Please stop messaging me'); // her reply, as context
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();

    // SMS backup, then the calls file: Alex's number; Mom's messages never come in.
    await openImport(page);
    step = await importFile(page, 'sms-20220328.xml', 'text/xml', fixture('sms.xml'), [/^Alex \(\+15550100199\)/]);
    expect(step.label).toBe('Import 3 messages');
    await step.button.click();
    await page.getByRole('status').filter({ hasText: 'Imported 3 messages' }).waitFor();
    await openImport(page);
    step = await importFile(page, 'calls-20220328.xml', 'text/xml', fixture('calls.xml'), [/^Alex \(\+15550100199\)/]);
    expect(step.label).toBe('Import 4 messages'); // missed, declined, answered, voicemail: all contacts
    await step.button.click();
    await page.getByRole('status').filter({ hasText: 'Imported 4 messages' }).waitFor();

    // Importing the same export again adds nothing.
    await openImport(page);
    step = await importFile(page, 'WhatsApp Chat with Alex.zip', 'application/zip', chatZip, [/^Alex: /]);
    expect(step.label).toBe('Import 0 messages');
    expect(await step.button.isDisabled()).toBe(true);
    await page.getByText('5 are already in the journal from an earlier import: left out.').waitFor();
    // Fits a 320 px phone with nothing cut off, and passes axe.
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });

    // A big backup (about 60 MB) is read with its progress shown, and Cancel stops it midway: the
    // page answers during the read, no choice of senders appears, and the screen can be used again.
    const big = mkdtempSync(join(tmpdir(), 'import-big-'));
    try {
      const path = join(big, 'sms-big.xml');
      const row = (n: number) => `  <sms protocol="0" address="+1555010${String(n % 9000).padStart(4, '0')}" date="${1648000000000 + n * 60_000}" type="1" body="message number ${n} of a long backup" contact_name="Someone" />\n`;
      writeFileSync(path, `<?xml version="1.0" encoding="UTF-8"?>\n<smses count="400000">\n${Array.from({ length: 400_000 }, (_, n) => row(n)).join('')}</smses>\n`);
      await page.getByLabel('Export file').setInputFiles(path);
      await page.getByRole('status').filter({ hasText: /^Reading… [\d,]+ records so far/ }).waitFor();
      await page.getByRole('status').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('alert').filter({ hasText: 'Cancelled. Nothing was written.' }).waitFor();
      expect(await page.getByRole('group', { name: 'Whose messages' }).count()).toBe(0);
      expect(await page.getByLabel('Export file').isEnabled()).toBe(true);
      // The same file changed on disk while it is read (a sync app, a second download): said plainly.
      await page.getByLabel('Export file').setInputFiles(path);
      await page.getByRole('status').filter({ hasText: /^Reading… [\d,]+ records so far/ }).waitFor();
      truncateSync(path, 1024);
      await page.getByRole('alert').filter({ hasText: 'could not be read to the end' }).waitFor();
      expect(await page.getByRole('group', { name: 'Whose messages' }).count()).toBe(0);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }

    // A corrupt zip and a file that is not an export: a clear message, nothing written.
    await page.getByLabel('Export file').setInputFiles({ name: 'chat.zip', mimeType: 'application/zip', buffer: chatZip.subarray(0, chatZip.length - 40) });
    await page.getByRole('alert').filter({ hasText: 'cut off or damaged' }).waitFor();
    await page.getByLabel('Export file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('milk\neggs\n') });
    await page.getByRole('alert').filter({ hasText: 'not an export Daybook can read' }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();
    const before = await journalCount(page);

    // The CSV: every contact counted, the exact words, each line's source; nobody else's messages.
    await journalTool(page, 'Export report');
    await page.locator('.report-frame[data-ready="true"]').waitFor();
    // The spreadsheet leaves the device: the passphrase gate asks first.
    const [download] = await Promise.all([page.waitForEvent('download'), clickThroughGate(page, () => page.getByRole('button', { name: /Download entries as a spreadsheet/ }).click())]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const rows = csv.slice(1).trimEnd().split('\r\n');
    const header = rows[0]!.split(',');
    const times = header.indexOf('Times');
    expect(header).toContain('Imported from');
    const total = rows.slice(1).reduce((n, r) => n + Number(parseCsvRow(r)[times]), 0);
    expect(total).toBe(5 + 3 + 4);
    expect(csv).toContain("Why aren't you answering");
    expect(csv).toContain('Look where I am');
    expect(csv).toContain('from sms-20220328.xml, records 1–2, 6');
    expect(csv).toContain('from calls-20220328.xml, record 6');
    expect(csv).not.toContain('Love, Mom');
    expect(csv).not.toContain('+15550100111');
    expect(csv).not.toMatch(/Written down/);

    // The packet: the WhatsApp export as an original exhibit; for each phone backup an extract of
    // Alex's records only, stating the backup's SHA-256; nothing of Mom's anywhere in it.
    const packetButton = page.getByRole('button', { name: 'Download court packet' });
    await expect.poll(() => packetButton.isEnabled(), { timeout: 30_000 }).toBe(true);
    const [packetDownload] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), clickThroughGate(page, () => packetButton.click())]);
    dir = mkdtempSync(join(tmpdir(), 'import-packet-'));
    await packetDownload.saveAs(join(dir, 'packet.zip'));
    const packet = openPacket(join(dir, 'packet.zip'), dir);
    expect(packet.originals.some((name) => name.endsWith('WhatsApp Chat with Alex.zip'))).toBe(true);
    expect(packet.checked.some((line) => /^originals\/Exhibit-\d+-WhatsApp Chat with Alex\.zip: OK$/.test(line))).toBe(true);
    expect(packet.originals.some((name) => name.endsWith('.xml'))).toBe(false);
    expect(readdirSync(join(packet.out, 'extracts')).sort()).toEqual(['Extract-calls-20220328.txt', 'Extract-sms-20220328.txt']);
    const extract = readFileSync(join(packet.out, 'extracts', 'Extract-sms-20220328.txt'), 'utf8');
    expect(extract).toContain(`SHA-256 of the original file: ${createHash('sha256').update(fixture('sms.xml')).digest('hex')}`);
    expect(extract).toContain('can be produced');
    expect(extract).toMatch(/--- record 1 ---\r\n<sms protocol="0" address="\+1 555-010-0199"/);
    expect(extract).toContain('--- record 6 ---');
    expect(extract).toContain('Look where I am');
    const everything = [packet.pdf, ...filesIn(packet.out).map((f) => readFileSync(f, 'latin1'))].join('\n');
    expect(everything).not.toContain('Love, Mom');
    expect(everything).not.toContain('+15550100111');
    expect(everything).not.toContain('555 010 0111');
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();
    expect(await journalCount(page)).toBe(before);

    // Removing the WhatsApp import is one action; its entries leave the list, the chain keeps the removal.
    const entriesBefore = Number((before ?? '').match(/^(\d+)/)![1]);
    await openImport(page);
    const batch = page.locator('li', { hasText: 'WhatsApp Chat with Alex.zip' });
    await batch.getByRole('button', { name: 'Remove this import' }).click();
    await batch.getByRole('button', { name: 'Remove all 2 entries of this import' }).click();
    await page.getByText('Removed. The entries are kept').waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();
    await expect.poll(() => journalCount(page)).toMatch(new RegExp(`^${entriesBefore - 2} entries`));
  });
});

describe('share into Daybook', () => {
  it('seals files shared while locked (nothing readable stored), offers them after unlock, imports one and deletes the declined one', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await waitForServiceWorker(page);
    // Every look's manifest is a share target for files and text, posting to the service worker.
    const manifest = await page.evaluate(async () => (await fetch('./manifest-notes.webmanifest')).json()) as { share_target?: { action: string; method: string; enctype: string; params: { files: Array<{ accept: string[] }> } } };
    expect(manifest.share_target).toMatchObject({ action: './share-target', method: 'POST', enctype: 'multipart/form-data' });
    expect(manifest.share_target!.params.files[0]!.accept).toEqual(expect.arrayContaining(['.xml', '.zip', '.txt', 'image/*']));
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();

    // Android posts the share to the manifest's action; the service worker answers with the app's front.
    const xml = fixture('sms.xml').toString('utf8');
    const landed = await page.evaluate(async (body) => {
      const form = new FormData();
      form.append('files', new File([body], 'sms-20220328.xml', { type: 'text/xml' }));
      form.append('text', 'meet me at the corner 7731');
      const response = await fetch('./share-target', { method: 'POST', body: form, redirect: 'manual' });
      return { type: response.type, status: response.status };
    }, xml);
    // A redirect (to the app's front), which a fetch sees as opaque.
    expect(landed).toEqual({ type: 'opaqueredirect', status: 0 });
    // The page the share opens takes the files and the vault seals them (the lock screen stays).
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    await expect.poll(() => sharedRows(page), { timeout: 15_000 }).toBe(2);
    // Nothing readable anywhere: not in IndexedDB (any store, any row), not in a cache.
    expect(await findPlaintext(page, ['I can see the light on', 'Love, Mom', 'meet me at the corner 7731', 'sms-20220328'])).toEqual([]);

    await unlock(page);
    const inbox = page.getByRole('region', { name: /^Shared files waiting/ });
    await inbox.getByRole('heading', { name: 'Shared files waiting: 2' }).waitFor();
    // The shared text is declined: deleted at once.
    await inbox.getByRole('listitem').filter({ hasText: 'shared-text.txt' }).getByRole('button', { name: 'Discard' }).click();
    await page.getByText('Discarded. The shared file is deleted.').waitFor();
    await expect.poll(() => sharedRows(page)).toBe(1);
    // The backup is imported like a chosen file: Alex's number picked, Mom's messages left out.
    await inbox.getByRole('listitem').filter({ hasText: 'sms-20220328.xml' }).getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Shared file: sms-20220328.xml').waitFor();
    const whose = page.getByRole('group', { name: 'Whose messages' });
    await whose.getByRole('checkbox', { name: /^Alex \(\+15550100199\)/ }).check();
    await page.getByRole('button', { name: 'Import 3 messages' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported 3 messages' }).waitFor();
    // Three contacts within ten minutes: one incident.
    await expect.poll(() => journalCount(page)).toMatch(/^1 entry/);
    await expect.poll(() => sharedRows(page)).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: /^Shared files waiting/ }).count()).toBe(0);
    await page.locator('.entry-row').first().click();
    await expect.poll(() => page.locator('.entry-detail').textContent()).toContain('I can see the light on');
    const detail = (await page.locator('.entry-detail').textContent())!;
    expect(detail).toContain('Look where I am');
    expect(detail).toMatch(/from sms-20220328\.xml, records 1–2, 6/);
    expect(detail).not.toContain('Love, Mom');
  });
});

/** Description rows of files shared into the vault ('s.<id>'; chunks are 's.<id>.<n>'). */
function sharedRows(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('store');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const keys = open.result.transaction('h').objectStore('h').getAllKeys();
      keys.onsuccess = () => {
        open.result.close();
        resolve(keys.result.map(String).filter((k) => /^s\.[^.]+$/.test(k)).length);
      };
    };
  }));
}

/** Markers found as text (UTF-8 or UTF-16) in any IndexedDB row of any database, or in any cached response. */
function findPlaintext(page: Page, markers: string[]): Promise<string[]> {
  return page.evaluate(async (needles) => {
    const found: string[] = [];
    const utf16 = (text: string) => Array.from(text, (c) => String.fromCharCode(c.charCodeAt(0), 0)).join('');
    const check = (text: string, where: string) => {
      for (const n of needles) if (text.includes(n) || text.includes(utf16(n))) found.push(`${n} in ${where}`);
    };
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string') check(value, where);
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        check(new TextDecoder().decode(bytes), where);
        check(text, where);
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    };
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name!);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        rows.forEach((row, i) => walk(row, `${name}/${store}/${i}`));
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request))!.arrayBuffer();
        walk(body, `cache ${name} ${request.url}`);
      }
    }
    return found;
  }, markers);
}

/** One CSV row's cells (quotes and doubled quotes). */
function parseCsvRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}
