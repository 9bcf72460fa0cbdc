// The journal in a real browser: capture with evidence, lock and unlock, amendments, report
// and CSV exports, search and filters, accessibility, and nothing readable on disk.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, createVault, unlock, launch, waitForServiceWorker, type Session } from './harness';
import { paddedClip } from '../clip';
import { dismissNotices, pngWithText, sha256, writeEntry, journalTool } from './journal-helpers';
import { clickThroughGate } from './gate-helpers';


/** More texts than the vault opens at unlock (its EAGER_ROWS): one a day, each its own entry. */
const YEARS_TEXTS = 260;
function yearsOfTexts(count: number): string {
  const texts = Array.from({ length: count }, (_, i) => {
    const at = Date.UTC(2021, 0, 1, 20) + i * 86_400_000;
    const body = `Text number ${i}${i === 0 ? ': parked by the river' : ''}`;
    return `  <sms protocol="0" address="+15550100199" date="${at}" type="1" subject="null" body="${body}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${at}" sub_id="1" readable_date="" contact_name="Alex" />`;
  });
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${count}" type="full">\n${texts.join('\n')}\n</smses>\n`;
}

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('journal', () => {
  it('saves an entry with evidence, keeps it through lock and unlock, and shows it', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    const photo = pngWithText('plain photo');
    await writeEntry(page, {
      what: 'Waited outside the gym for an hour', when: '2026-01-05T18:30', words: 'You cannot hide from me',
      channels: ['Showed up in person', 'Threats'], files: [{ name: 'car.png', mimeType: 'image/png', buffer: photo }],
    });
    // The entry page: app-set "recorded at", the evidence's SHA-256 of the original bytes.
    await page.getByRole('button', { name: /Waited outside the gym/ }).click();
    await page.getByText('Recorded at:').waitFor();
    await page.getByText(sha256(photo)).waitFor();

    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    const row = page.getByRole('button', { name: /Waited outside the gym/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Showed up in person, Threats');
    await row.click();
    await page.getByText('You cannot hide from me').waitFor();
    await page.getByRole('button', { name: 'Open car.png' }).click();
    const img = page.getByRole('img', { name: 'Evidence: car.png' });
    await img.waitFor();
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(16);
    expect(await img.getAttribute('src')).toMatch(/^blob:/);
    expect(session.errors).toEqual([]);
  });

  it('saves a quick entry with only "what happened"; an edit keeps the original as an amendment', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'New entry' }).click();
    // Fast capture: the cursor is already in "What happened"; type and save.
    await page.keyboard.type('Blocked number called 4 times');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.getByRole('button', { name: /Blocked number called 4 times/ }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('What happened', { exact: true }).fill('Blocked number called 5 times, then texted');
    await page.getByLabel('Text message', { exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'History (2 versions)' }).waitFor();
    const history = page.getByRole('region', { name: 'History (2 versions)' });
    expect(await history.textContent()).toContain('Blocked number called 4 times');
    expect(await history.textContent()).toMatch(/Changed afterwards: How did they contact you or reach you\?, What happened/);
    await page.getByText('Blocked number called 5 times, then texted').first().waitFor();

    await page.getByRole('button', { name: 'Back to the journal' }).click();
    const row = page.getByRole('button', { name: /Blocked number called 5 times/ });
    expect(await row.textContent()).toContain('Amended');
    await page.getByRole('button', { name: 'Check the records' }).click();
    await page.getByText('No changes found in the 2 saved versions on this device. You have not shared a fingerprint yet, so there is no earlier day to check against.').waitFor();
    await page.getByText(/^A whole-storage rollback cannot be seen here/).waitFor();
  });

  it('refuses an empty entry with a clear message and saves nothing', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Write a few words about what happened, or tick how they contacted you.' }).waitFor();
    expect(await page.getByLabel('What happened', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Finish later' }).click();
    await page.getByText('No entries yet.', { exact: false }).waitFor();
  });

  it('searches and filters by channel and date range', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Flowers left on the doormat', when: '2026-01-03T09:00', channels: ['Gifts or items left'] });
    await writeEntry(page, { what: 'Called from a withheld number', when: '2026-02-10T21:15', channels: ['Phone call'] });
    await writeEntry(page, { what: 'Texted: está fuera', when: '2026-03-01T08:00', channels: ['Text message', 'Threats'] });
    const count = page.getByText(/^Showing \d+ of 3 entries$/);
    const rows = page.getByRole('list', { name: 'Entries, newest first' }).getByRole('listitem');
    await expect.poll(() => rows.allTextContents()).toHaveLength(3);
    expect((await rows.first().textContent())).toContain('Texted'); // newest first

    await page.getByLabel('Search', { exact: true }).fill('ESTA fuera');
    await expect.poll(() => count.textContent()).toBe('Showing 1 of 3 entries');
    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByLabel('How', { exact: true }).selectOption({ label: 'Phone call' });
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Called from a withheld number')]);
    await page.getByLabel('How', { exact: true }).selectOption({ label: 'Any way' });
    await page.getByLabel('From', { exact: true }).fill('2026-01-03');
    await page.getByLabel('To', { exact: true }).fill('2026-02-10');
    await expect.poll(() => count.textContent()).toBe('Showing 2 of 3 entries');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => count.textContent()).toBe('Showing 3 of 3 entries');

    // The timeline groups by month; arrow keys move between entries.
    await journalTool(page, 'Timeline');
    await page.getByRole('heading', { name: 'March 2026' }).waitFor();
    await rows.getByRole('button').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Called from a withheld number');
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Flowers left on the doormat');

    // Years of messages (issue 27): more versions than unlock opens at once, so after a lock the
    // newest are painted first and the rest load in the background. Search still finds the oldest.
    const tool = page.getByRole('button', { name: 'Import messages', exact: true });
    if (!(await tool.isVisible())) await page.getByRole('button', { name: 'More', exact: true }).click();
    await tool.click();
    await page.getByLabel('Export file').setInputFiles({ name: 'sms-years.xml', mimeType: 'text/xml', buffer: Buffer.from(yearsOfTexts(YEARS_TEXTS)) });
    await page.getByRole('group', { name: 'Whose messages' }).getByRole('checkbox', { name: /^Alex/ }).check();
    await page.getByRole('button', { name: `Import ${YEARS_TEXTS} messages` }).click();
    await page.getByRole('status').filter({ hasText: `Imported ${YEARS_TEXTS} messages` }).waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    await page.locator('.entry-row').first().waitFor();
    await page.getByLabel('Search', { exact: true }).fill('parked by the river');
    // The count (and so the answer) is given only once every entry is in: never a partial one.
    await expect.poll(() => page.locator('.list-head').textContent(), { timeout: 30_000 }).toBe(`Showing 1 of ${YEARS_TEXTS + 3} entries`);
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('Alex')]);
    await rows.getByRole('button').click();
    await page.getByText('Text number 0: parked by the river').waitFor();
  });

  it('exports a report and a CSV with what was chosen, amendments, exhibits and the fingerprint', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await journalTool(page, 'The person');
    await page.getByLabel('Name and nicknames').fill('Alex Doe\n"Lex"');
    await page.getByLabel('Vehicle').fill('Grey hatchback, plate 7ABC123');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();

    const photo = pngWithText('exhibit photo', [20, 90, 200]);
    await writeEntry(page, {
      what: 'Parked opposite 12 Elm Street all evening', when: '2026-01-05T19:00', channels: ['Followed or watched me'],
      files: [{ name: 'IMG_2041.png', mimeType: 'image/png', buffer: photo }],
      more: { 'Where': '12 Elm Street', 'How it affected me': 'I could not sleep' },
    });
    await writeEntry(page, { what: '=SUM(1,2) typed as a test', when: '2026-01-07T08:15', words: 'He said "open the door, now"', channels: ['Text message'] });
    await page.getByRole('button', { name: /Parked opposite/ }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('What happened', { exact: true }).fill('Parked opposite 12 Elm Street from 7 to 11 pm');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'History (2 versions)' }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).click();

    await journalTool(page, 'Export report');
    await page.getByRole('heading', { name: 'Report', level: 1 }).waitFor();
    await page.locator('.report-frame[data-ready="true"]').waitFor();
    await page.getByLabel('How it affected me').check();
    await page.getByLabel('Words to hide everywhere').fill('12 Elm Street');
    const doc = page.locator('.report-doc');
    await expect.poll(() => doc.textContent()).not.toContain('12 Elm Street');

    // The printable view: only the document is on paper.
    await page.evaluate(() => {
      const w = window as unknown as { printed: boolean };
      w.printed = false;
      window.print = () => { w.printed = true; };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByLabel('Words to hide everywhere').isVisible()).toBe(false);
    expect(await doc.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const [htmlDownload] = await Promise.all([page.waitForEvent('download'), clickThroughGate(page, () => page.getByRole('button', { name: 'Download as a web page' }).click())]);
    expect(htmlDownload.suggestedFilename()).toMatch(/^document-\d{4}-\d{2}-\d{2}\.html$/);
    const html = readFileSync((await htmlDownload.path())!, 'utf8');
    const first = html.indexOf('Parked opposite […] from 7 to 11 pm');
    expect(first).toBeGreaterThan(0);
    expect(html.indexOf('=SUM(1,2) typed as a test')).toBeGreaterThan(first); // oldest first
    expect(html).toContain('Earlier versions (1)');
    expect(html).toContain('Parked opposite […] all evening'); // the amendment's earlier text
    expect(html).toContain('Exhibit 1');
    expect(html).toMatch(new RegExp(`SHA-256 fingerprint: <span[^>]*>${sha256(photo)}<`));
    expect(html).toMatch(/Fingerprint of the whole journal: <span[^>]*>[0-9a-f]{64}</);
    expect(html).toContain('All 3 saved versions link up: no change found in them on this device. A whole-storage rollback cannot be seen here.');
    expect(html).toContain('Alex Doe');
    expect(html).toMatch(/<img src="data:image\/jpeg;base64,/);
    expect(html).not.toContain('blob:');
    expect(html).not.toContain('I could not sleep');
    expect(html).not.toContain('12 Elm Street');
    expect(html).toContain('Left out of this copy by the author: How it affected me.');

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), clickThroughGate(page, () => page.getByRole('button', { name: /Download entries as a spreadsheet/ }).click())]);
    expect(csvDownload.suggestedFilename()).toMatch(/^table-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Number,When,Recorded at,When it happened \(ISO 8601\),When it was written down \(ISO 8601\),Kind,After notice,How did they contact you or reach you\?,Times,What happened,/);
    expect(lines[0]).not.toContain('How it affected me');
    expect(lines[1]).toMatch(/^1,2026-01-05 19:00:00,/);
    expect(lines[1]).toContain(`#1 IMG_2041.png sha256:${sha256(photo)}`);
    expect(lines[2]).toContain(`"'=SUM(1,2) typed as a test"`);
    expect(lines[2]).toContain('"He said ""open the door, now"""');
    expect(csv).not.toContain('12 Elm Street');
  });

  it('adds a 20 MB recording, recording the SHA-256 of the original bytes', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await waitForServiceWorker(page); // then it plays from the vault, streamed (issue 16)
    const audio = paddedClip(20 * 1024 * 1024, 208); // a playable WebM, padded to 20 MB
    await writeEntry(page, { what: 'Voicemail left at 2 am', files: [{ name: 'voicemail.webm', mimeType: 'audio/webm', buffer: audio }] });
    await page.getByRole('button', { name: /Voicemail left at 2 am/ }).click();
    await page.getByText(sha256(audio)).waitFor();
    await page.getByText('20 MB').waitFor();
    await page.getByRole('button', { name: 'Open voicemail.webm' }).click();
    const player = page.getByLabel('Evidence: voicemail.webm');
    await player.waitFor();
    expect(await player.getAttribute('src')).toMatch(/\/files\/[A-Za-z0-9_-]{22}$/);
    await page.waitForFunction(() => ((document.querySelector('audio.viewer-audio') as HTMLAudioElement | null)?.readyState ?? 0) >= 1);
    // The original comes back byte for byte, under a neutral name.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the original' }).click()]);
    expect(saved.suggestedFilename()).toMatch(/^file-1-\d{4}-\d{2}-\d{2}\.webm$/);
    expect(sha256(readFileSync((await saved.path())!))).toBe(sha256(audio));
  });

  it('shows patterns as a chart with a table alternative', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Called', when: '2026-01-05T09:00', channels: ['Phone call'] });
    await writeEntry(page, { what: 'Called and texted', when: '2026-01-06T09:00', channels: ['Phone call', 'Text message'], more: { 'Where': 'Bus stop' } });
    await writeEntry(page, { what: 'At work', when: '2026-01-20T17:00', channels: ['At work or school'] });
    await journalTool(page, 'Patterns');
    await page.getByRole('heading', { name: 'Patterns', level: 1 }).waitFor();
    expect(await page.getByRole('img', { name: /Bar chart of 3 weeks/ }).count()).toBe(1);
    await page.getByText('Show the figures as a table').click();
    const table = page.getByRole('table', { name: 'Contacts per week, by how they happened' });
    const rows = await table.getByRole('row').allTextContents();
    expect(rows).toHaveLength(4); // header + 3 weeks (one empty)
    expect(rows[1]).toMatch(/^Jan 5, 2026\s*2\s*2\s*0\s*2\s*1\s*0$/); // 2 incidents, 2 contacts (once each)
    expect(rows[2]).toMatch(/^Jan 12, 2026\s*0/);
    await page.getByText('first time: At work or school').waitFor();
    await page.getByText('first time at: Bus stop').waitFor();
    await page.getByText(/No no-contact notice has been recorded yet \(3 incidents so far\)/).waitFor();
  });

  it('leaves nothing readable on disk: markers in every field and in a photo are not found in the profile', async () => {
    session = await launch({ persistent: true });
    const { page, profileDir } = session;
    await createVault(page);
    await dismissNotices(page);
    const M = {
      what: 'Qv7WhatJx', words: 'Kp3WordsZr', where: 'Lm8WhereTq', witness: 'Hx2WitnessNb', witnessContact: 'Ry6ReachPw',
      weapon: 'Tz4WeaponGv', officer: 'Bc9OfficerYd', badge: 'Ws5BadgeQk', reportNo: 'Fj1CaseNoXm', other: 'Gd7OtherRptVc',
      impact: 'Np3ImpactLs', photo: 'Zu8PhotoBytesHe', amend: 'Ya2AmendKo', person: 'Oe6PersonMi', draft: 'Ic4DraftUa',
      file: 'Sb9FileNameWt',
    };
    await writeEntry(page, {
      what: M.what, words: M.words, channels: ['Threats'],
      files: [{ name: `${M.file}.png`, mimeType: 'image/png', buffer: pngWithText(M.photo) }],
      more: {
        'Where': M.where, 'Witness 1: name': M.witness, 'Witness 1: how to reach them': M.witnessContact,
        'Weapon or vehicle involved': M.weapon, 'Officer’s name': M.officer, 'Badge number': M.badge,
        'Report or case number': M.reportNo, 'Other reports made': M.other, 'How it affected me': M.impact,
      },
    });
    await page.getByRole('button', { name: new RegExp(M.what) }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('What happened', { exact: true }).fill(`${M.what} ${M.amend}`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'History (2 versions)' }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    await journalTool(page, 'The person');
    await page.getByLabel('Name and nicknames').fill(M.person);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();
    // An unsaved draft, autosaved (encrypted) while typing.
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened', { exact: true }).fill(M.draft);
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Finish later' }).click();
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    await session.close({ keepProfile: true });
    session = undefined;
    try {
      const hits = scanForMarkers(profileDir, Object.values(M));
      expect(hits).toEqual([]);
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  it('has no axe violations on the journal screens', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Sent 30 messages overnight', when: '2026-01-05T02:00', channels: ['Text message'], files: [{ name: 'shot.png', mimeType: 'image/png', buffer: pngWithText('a') }] });
    await writeEntry(page, { what: 'Waited by my car', when: '2026-01-12T18:00', channels: ['Followed or watched me'] });
    expect(await axeViolations(page), 'list').toEqual([]);
    await journalTool(page, 'Timeline');
    expect(await axeViolations(page), 'timeline').toEqual([]);
    await page.getByRole('button', { name: /Sent 30 messages/ }).click();
    await page.getByRole('button', { name: 'Open shot.png' }).click();
    await page.getByRole('img', { name: 'Evidence: shot.png' }).waitFor();
    expect(await axeViolations(page), 'detail').toEqual([]);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    expect(await axeViolations(page), 'form').toEqual([]);
    await page.getByRole('button', { name: 'Finish later' }).click();
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    await journalTool(page, 'Patterns');
    await page.getByText('Show the figures as a table').click();
    expect(await axeViolations(page), 'patterns').toEqual([]);
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    await journalTool(page, 'The person');
    expect(await axeViolations(page), 'person').toEqual([]);
    // Issue 13: a protection order from Jan 10 flags the later incident on its page and in Patterns.
    await page.getByLabel('A protection order is in force').check();
    await page.getByLabel('Valid from').fill('2026-01-10');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();
    // Issue 23: the order's own place in the tools edits the same record: what was saved above is there.
    await journalTool(page, 'Protection order');
    expect(await page.getByLabel('Valid from').inputValue()).toBe('2026-01-10');
    expect(await page.getByLabel('A protection order is in force').isChecked()).toBe(true);
    expect(await axeViolations(page), 'order').toEqual([]);
    await page.getByRole('button', { name: 'Back to the journal' }).first().click();
    // In the list too: the row of the incident after Jan 10 carries the flag, the earlier one not.
    const flagged = page.getByRole('button', { name: /During protection order/ });
    await flagged.first().waitFor();
    const flaggedRows = await flagged.allTextContents();
    expect(flaggedRows.filter((text) => text.includes('Waited by my car'))).toHaveLength(1);
    expect(flaggedRows.filter((text) => text.includes('Sent 30 messages'))).toEqual([]);
    await page.getByRole('button', { name: /Waited by my car/ }).click();
    await page.getByText('During protection order', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    await journalTool(page, 'Patterns');
    await page.getByRole('heading', { name: 'During the protection order' }).waitFor();
    expect((await page.locator('.patterns').textContent())!.replace(/\s+/g, ' ')).toContain('1 incident, 1 contact (Jan 10, 2026 – …)');
    expect(await axeViolations(page), 'patterns with kinds and the order').toEqual([]);
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    await journalTool(page, 'Export report');
    await page.locator('.report-frame[data-ready="true"]').waitFor();
    expect(await axeViolations(page), 'report').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'report, dark').toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

/** Every file under the profile, searched for each marker as UTF-8 bytes and as UTF-16LE. */
function scanForMarkers(dir: string, markers: string[]): string[] {
  const needles = markers.flatMap((m) => [{ m, enc: 'utf8', bytes: Buffer.from(m, 'utf8') }, { m, enc: 'utf16le', bytes: Buffer.from(m, 'utf16le') }]);
  const hits: string[] = [];
  let files = 0;
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files++;
        const bytes = readFileSync(full);
        for (const n of needles) if (bytes.includes(n.bytes)) hits.push(`${n.m} (${n.enc}) in ${full.slice(dir.length)}`);
      }
    }
  };
  walk(dir);
  expect(files).toBeGreaterThan(10); // the profile (and its IndexedDB) really was there
  return hits;
}

