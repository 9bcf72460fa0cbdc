// Importing what the phone holds (issue 25), through the UI: a WhatsApp zip with media and an SMS
// + calls backup, the ex's name and number picked; counts and exact words in the journal and the
// CSV; importing again adds nothing; a corrupt file changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { axeViolations, createVault, launch, type Session } from './harness';
import { dismissNotices, pngWithText, journalTool } from './journal-helpers';
import { clickThroughGate } from './gate-helpers';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

// The Android chat, with its photo in the zip as WhatsApp's "Export chat → Attach media" makes it.
const chatZip = Buffer.from(zipSync({
  'WhatsApp Chat with Alex.txt': new Uint8Array(fixture('whatsapp-android-en.txt')),
  'IMG-20220327-WA0001.jpg': new Uint8Array(pngWithText('photo')),
}));

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

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
