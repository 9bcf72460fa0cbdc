// The court packet in the built app: entries with photos, a count of 6, a sent notice with
// proof and a "Log again"; the zip is unpacked, `sha256sum -c` run, the PDF read with
// pdftotext, and verify.html opened from disk with the originals and with an altered copy.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { createVault, launch, waitForServiceWorker, type Session } from './harness';
import { CLIP } from '../clip';
import { dismissNotices, jpegWithExif, pngWithText, sha256, writeEntry, journalTool } from './journal-helpers';
import { flat, openPacket, packetTools } from './packet-helpers';
import { clickThroughGate } from './gate-helpers';
import { ink, wordBoxes } from '../pdf-ink';
import { FACES } from '../../src/features/journal/packet/scriptFaces';
import { EXTRA_CACHE } from '../../src/lib/extra-cache';

let session: Session | undefined;
let dir: string | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const formatIn = (page: Page, ms: number) => page.evaluate((at) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(at), ms);

describe('court packet', () => {
  it('holds the report, the originals, their fingerprints, the table and a page that checks them', async () => {
    packetTools();
    session = await launch();
    const { page } = session;
    await page.clock.install();
    await createVault(page);
    await dismissNotices(page);

    const photos = [
      { name: 'screenshot one.png', mimeType: 'image/png', buffer: pngWithText('first screenshot', [200, 40, 40]) },
      { name: 'screenshot-two.png', mimeType: 'image/png', buffer: pngWithText('second screenshot', [40, 160, 40]) },
      { name: 'doorbell.png', mimeType: 'image/png', buffer: pngWithText('doorbell still', [40, 40, 200]) },
    ];
    const proof = { name: 'sent-email.png', mimeType: 'image/png', buffer: pngWithText('proof of sending', [90, 90, 90]) };
    const day = 86_400_000;
    const local = (ms: number) => page.evaluate((at) => {
      const d = new Date(at);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    }, ms);
    const now = await page.evaluate(() => Date.now());
    // Issue 23: the threat as sent, with emoji, Arabic, Chinese and Hebrew, must print as written.
    const words = { threat: "I'll see you soon ❤️🔪", arabic: 'سأراك قريبا جدا', chinese: '我会一直找到你', hebrew: 'שלום' };
    await writeEntry(page, {
      what: 'Sent two messages from a new account', when: await local(now - 3 * day), channels: ['Text message'], files: photos.slice(0, 2),
      words: `${words.threat} ${words.arabic}. ${words.chinese} ${words.hebrew}`,
      more: { 'Your translation of their words (optional)': 'I will see you very soon. I will keep finding you. Hello.' },
    });
    await writeEntry(page, {
      what: 'Called again and again', when: await local(now - 2 * day), channels: ['Phone call'], files: [photos[2]!],
      more: { 'How many times': '6', 'Until (optional)': '23:59' },
    });

    // Issue 23: the protection order from its own place among the journal's tools: served, how, and its terms.
    await journalTool(page, 'Protection order');
    await page.getByLabel('A protection order is in force').check();
    await page.getByLabel('Court', { exact: true }).fill('Kings County Family Court');
    await page.getByLabel('Issued on').fill('2026-01-05');
    await page.getByLabel('Served on').fill('2026-01-07');
    await page.getByLabel('How it was served').fill('in person by a deputy');
    await page.getByLabel('Valid from').fill('2026-01-07');
    await page.getByLabel('What the order forbids (its terms)').fill('No contact; stay 100 m from home and work.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();

    // The notice: "When you sent it" is when Mark as sent is pressed, not when the screen opened.
    await page.getByRole('navigation').getByRole('button', { name: 'Letters' }).click();
    await page.getByRole('button', { name: 'Short no-contact notice', exact: true }).click();
    await page.getByLabel('To (their name)').fill('Alex');
    await page.getByLabel('Your name', { exact: true }).fill('Jordan');
    const letter = flat((await page.getByTestId('letter-preview').textContent())!);
    expect(letter).toContain('Alex');
    const opened = await page.evaluate(() => Date.now());
    await page.clock.fastForward('02:00');
    await page.getByLabel('Add proof (optional)').setInputFiles(proof);
    const pressed = await page.evaluate(() => Date.now());
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as sent.' }).waitFor();

    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
    const notice = page.getByRole('button', { name: /Short no-contact notice/ });
    const noticeText = (await notice.textContent())!;
    expect(noticeText).toContain(await formatIn(page, pressed));
    expect(noticeText).not.toContain(await formatIn(page, opened));

    // Log again from the list, take it back with Undo; then from the entry's page, and keep it.
    await page.clock.fastForward('00:30');
    await page.getByRole('button', { name: 'Log again: Phone call' }).click();
    await page.getByRole('status').filter({ hasText: 'Recorded one more (Phone call)' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('That entry was taken back.').waitFor();
    await page.getByRole('button', { name: /Called again and again/ }).click();
    await page.getByRole('button', { name: 'Log again', exact: true }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.clock.fastForward('00:09');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).count()).toBe(0); // the offer expires
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    expect(await page.locator('.entry-row').count()).toBe(4);

    // Patterns count the SPARC kinds in contacts: texts, six calls and the one logged again.
    await journalTool(page, 'Patterns');
    await page.getByRole('heading', { name: 'Kinds of behaviour (SPARC)' }).waitFor();
    expect(flat((await page.locator('.patterns').textContent())!)).toContain('Life invasion3 incidents, 8 contacts');
    await page.getByRole('button', { name: 'Back to the journal' }).click();

    // Issue 23: unlocked a while (the clock went on 2.5 minutes above, past KEEP_FONTS_AFTER_MS),
    // the packet's fonts and emoji names were kept offline: every Noto slice a packet may use and
    // the names in the app's language (English here; another language adds English's too). The packet is then made offline and still prints every script (below).
    await waitForServiceWorker(page);
    const kept = () => page.evaluate(async (name) => (await (await caches.open(name)).keys())
      .filter((r) => /\.(woff|json)$/.test(new URL(r.url).pathname)).length, EXTRA_CACHE);
    // Slices under the build's inline limit are data: URLs in the faces' table, never fetched.
    const manifest = JSON.parse(readFileSync(join(process.env.OUT_DIR ?? 'dist', '.vite/manifest.json'), 'utf8')) as Record<string, { src?: string }>;
    const fetchable = FACES.filter((f) => Object.values(manifest).some((c) => c.src?.endsWith(`/files/${f.file}`))).length;
    expect(fetchable).toBeGreaterThan(150);
    await expect.poll(kept, { timeout: 60_000 }).toBe(fetchable + 1);
    await session.context.setOffline(true);

    // The packet.
    await journalTool(page, 'Export report');
    const button = page.getByRole('button', { name: 'Download court packet' });
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
    // The printed report holds the notice's full text and its proof too (issue 13: "every report and packet").
    const printed = flat((await page.locator('.report-frame').textContent())!);
    expect(printed).toContain('No-contact notices: full text and proof');
    expect(printed).toContain(letter.slice(0, 60));
    expect(printed).toContain('Proof: Exhibit 4 (sent-email.png)');
    // Issue 23: the case label on every page and the declaration for a US court.
    await page.getByLabel('Case label on every page').fill('Case 2026-DV-0142');
    await page.getByLabel('Declaration wording (where the packet will be used)').selectOption('us');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), clickThroughGate(page, () => button.click())]);
    expect(download.suggestedFilename()).toMatch(/^documents-\d{4}-\d{2}-\d{2}\.zip$/);
    dir = mkdtempSync(join(tmpdir(), 'packet-'));
    const zipPath = join(dir, 'packet.zip');
    await download.saveAs(zipPath);
    await session.context.setOffline(false);
    // Unpacked, and `sha256sum -c` passes over every file in it.
    const { out, names, checked, originals, pdf, text } = openPacket(zipPath, dir);
    expect(names).toEqual(['README.txt', 'SHA256SUMS', 'incidents.csv', 'integrity-history.txt', 'originals', 'report.pdf', 'verify.html']);
    expect(checked).toHaveLength(4 + 5); // four originals, report, csv, integrity history, readme, verify page

    // Originals, byte for byte, numbered 1..4 in time order.
    expect(originals).toEqual(['Exhibit-01-screenshot one.png', 'Exhibit-02-screenshot-two.png', 'Exhibit-03-doorbell.png', 'Exhibit-04-sent-email.png']);
    const uploaded = [...photos, proof];
    originals.forEach((name, i) => expect(readFileSync(join(out, 'originals', name)).equals(uploaded[i]!.buffer)).toBe(true));

    // The PDF, as text: every script found as written (pdftotext reads the right-to-left words back
    // in order; its bidi marks are left out), the emoji named, nothing replaced by "?". In the
    // order the page draws it (-raw): the emoji's taller line box makes poppler's column guess
    // slot a neighbouring label into that line otherwise.
    const report = join(out, 'report.pdf');
    const raw = execFileSync(packetTools().pdftotext, ['-raw', report, '-'], { encoding: 'utf8' });
    const plain = flat(raw.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''));
    expect(plain).toContain(`${words.threat} [red heart] [kitchen knife]`);
    for (const word of [words.arabic, words.chinese, words.hebrew]) expect(plain).toContain(word);
    expect(plain).not.toMatch(/soon \?|\?\?/);
    // Her translation beside the words as sent, marked as hers.
    expect(plain).toContain('Translation (mine, not their words): I will see you very soon. I will keep finding you. Hello.');
    // pdftoppm draws them: each word's box holds ink.
    const boxes = wordBoxes(report);
    for (const word of ['🔪', words.hebrew, 'سأراك', words.chinese]) {
      const box = boxes.find((b) => b.word.includes(word) || [...b.word].reverse().join('').includes(word));
      expect(box, word).toBeDefined();
      expect(ink(report, box!), word).toBeGreaterThan(0.02);
    }
    // Every printed time names its zone (issue 23); page 1 names the zone by its IANA name.
    const times = [...plain.matchAll(/\d{1,2}:\d{2}(?::\d{2})?\s?[AP]M/g)];
    expect(times.length).toBeGreaterThan(10);
    for (const m of times) expect(plain.slice(m.index, m.index + m[0].length + 16), m[0]).toMatch(/[AP]M( [A-Z]{2,5})? \(UTC([+\u2212]\d{1,2}(:\d{2})?)?\)/);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const pages = pdf.split('\f').filter((p) => p.trim());
    expect(flat(pages[0]!)).toContain(`Times are in the time zone ${zone}`);
    // Page 1 holds the totals and the notice's date; every page the header with the packet id,
    // the first 8 hex digits of SHA-256 over SHA256SUMS's lines before report.pdf's.
    expect(flat(pages[0]!)).toContain('3 incidents, 8 contacts');
    expect(flat(pages[0]!)).toMatch(/No-contact notice sent: \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M/);
    // The order on page 1: when and how it was served, and what it forbids.
    expect(flat(pages[0]!)).toContain('Served on: Jan 7, 2026 (in person by a deputy)');
    expect(flat(pages[0]!)).toContain('What the order forbids (its terms): No contact; stay 100 m from home and work.');
    const sumLines = readFileSync(join(out, 'SHA256SUMS'), 'utf8').split('\n');
    const before = sumLines.findIndex((l) => l.endsWith('  report.pdf'));
    const packetId = sha256(Buffer.from(sumLines.slice(0, before).map((l) => `${l}\n`).join(''))).slice(0, 8);
    pages.forEach((p) => expect(flat(p)).toMatch(new RegExp(`Case 2026-DV-0142 .*Page \\d+ of ${pages.length} · Packet ${packetId}`)));
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toContain(`head -n ${before} SHA256SUMS | sha256sum`);
    // The chosen declaration, word for word (28 U.S.C. § 1746), and the 902(13)/(14) certification for a qualified person.
    expect(text).toContain('I declare under penalty of perjury that the foregoing is true and correct.');
    expect(text).toContain('Executed on (date): ____');
    expect(text).toContain('Rule 902(14), Certified Data Copied from an Electronic Device, Storage Medium, or File');
    expect(text).toContain('Template: have a lawyer check it.');
    // The outside anchor: the fingerprints sent to someone else, or that none was yet (issue 23).
    expect(text).toContain('Fingerprints sent outside (the outside anchor)');
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toContain('Fingerprints sent outside:');
    expect(readFileSync(join(out, 'verify.html'), 'utf8')).toContain('Fingerprints sent outside (the outside anchor)');
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    for (let n = 1; n <= 4; n++) expect(text).toContain(`Exhibit ${n}: ${uploaded[n - 1]!.name}`);
    expect(text).not.toContain('Exhibit 5');
    for (const file of uploaded) expect(text).toContain(sha256(file.buffer));
    expect(text).toContain('3 incidents, 8 contacts'); // 1 + 6 + the Log again
    expect(text).toContain(letter.slice(0, 60));
    expect(text).toContain('Jordan');
    expect(text).toContain('Declaration');
    expect(text).toMatch(/All \d+ saved versions link up/);
    // The integrity history travels with it (issue 22): today's whole-record fingerprint, in the PDF too.
    const history = readFileSync(join(out, 'integrity-history.txt'), 'utf8');
    const recordPrint = /Fingerprint of everything saved when this packet was made: (2-[0-9a-f]{64})/.exec(history)?.[1];
    expect(recordPrint).toBeDefined();
    expect(text).toContain(recordPrint);

    const csv = readFileSync(join(out, 'incidents.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split('\r\n');
    const columns = header!.split(',');
    const timesColumn = columns.indexOf('Times');
    expect(timesColumn).toBeGreaterThan(0);
    expect(rows.map((r) => r.split(',')[timesColumn])).toEqual(['1', '6', '', '1']);
    // ISO 8601 with the offset, for when it happened and when it was written down.
    for (const name of ['When it happened (ISO 8601)', 'When it was written down (ISO 8601)']) {
      const at = columns.indexOf(name);
      expect(at, name).toBeGreaterThan(0);
      for (const r of rows) expect(r.split(',')[at]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }

    // verify.html from disk: the originals match their exhibits, an altered copy matches nothing.
    const altered = join(dir, 'altered.png');
    const copy = Buffer.from(photos[0]!.buffer);
    copy[copy.length - 20] ^= 1;
    writeFileSync(altered, copy);
    for (const withoutSubtle of [false, true]) {
      const checker = await session.context.newPage();
      if (withoutSubtle) await checker.addInitScript(() => Object.defineProperty(window.crypto, 'subtle', { value: undefined }));
      await checker.goto(pathToFileURL(join(out, 'verify.html')).href);
      await checker.getByLabel('Files to check').setInputFiles([...originals.map((n) => join(out, 'originals', n)), altered]);
      await checker.locator('#results[data-done]').waitFor();
      const results = await checker.locator('#results li').allTextContents();
      expect(results).toHaveLength(5);
      originals.forEach((name, i) => expect(results[i]).toContain(`${name}: matches Exhibit ${i + 1}`));
      expect(results[4]).toContain('altered.png: does not match any file in this packet');
      await checker.close();
    }
    expect(session.errors).toEqual([]);
  }, 180_000);

  it('makes one entry per file at each file’s own time, and plays a video from the encrypted store', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    const shot = { name: 'camera.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpegWithExif(false, '2026:01:06 08:42:00')) };
    const clip = { name: 'doorbell.webm', mimeType: 'video/webm', buffer: CLIP }; // a real one: the viewer plays it
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('Phone call', { exact: true }).check(); // a way of contact is enough, no words
    await page.getByLabel('Add evidence', { exact: true }).setInputFiles([shot, clip]);
    await page.getByRole('status').filter({ hasText: '2 files added.' }).waitFor();
    // The JPEG says when it was taken; the clip has only a modified time, which the person corrects.
    await page.getByLabel('One entry per file').check();
    expect(await page.getByLabel('When camera.jpg was made').inputValue()).toBe('2026-01-06T08:42');
    await page.getByText('From the picture’s own data.').waitFor();
    await page.getByLabel('When doorbell.webm was made').fill('2026-01-07T21:15');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const rows = await page.locator('.entry-row').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Jan 7, 2026, 9:15 PM');
    expect(rows[1]).toContain('Jan 6, 2026, 8:42 AM');
    await waitForServiceWorker(page); // then the viewer streams from the vault (issue 16)
    await page.locator('.entry-row').first().click();
    await page.getByRole('button', { name: 'Open doorbell.webm' }).click();
    const video = page.locator('video.viewer-video');
    await video.waitFor();
    expect(await video.getAttribute('src')).toMatch(/\/files\/[A-Za-z0-9_-]{22}$/);
    expect(await video.getAttribute('controls')).not.toBeNull();
    await page.waitForFunction(() => (document.querySelector('video.viewer-video') as HTMLVideoElement).readyState >= 1);
    expect(session.errors).toEqual([]);
  });
});
