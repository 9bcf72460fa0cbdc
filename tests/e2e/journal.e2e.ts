// The journal in a real browser: capture with evidence, lock and unlock, amendments, report
// and CSV exports, search and filters, accessibility, and nothing readable on disk.
import { afterEach, describe, expect, it } from 'vitest';
import { createVault, unlock, launch, type Session } from './harness';
import { dismissNotices, pngWithText, sha256, writeEntry } from './journal-helpers';

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
    await page.getByText('All 2 saved versions check out: nothing has been changed or removed.').waitFor();
  });

  it('refuses an empty entry with a clear message and saves nothing', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Write a few words about what happened.' }).waitFor();
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
    await page.getByText('Filter by how or date').click();
    await page.getByLabel('How', { exact: true }).selectOption({ label: 'Phone call' });
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Called from a withheld number')]);
    await page.getByLabel('How', { exact: true }).selectOption({ label: 'Any way' });
    await page.getByLabel('From', { exact: true }).fill('2026-01-03');
    await page.getByLabel('To', { exact: true }).fill('2026-02-10');
    await expect.poll(() => count.textContent()).toBe('Showing 2 of 3 entries');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => count.textContent()).toBe('Showing 3 of 3 entries');

    // The timeline groups by month; arrow keys move between entries.
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.getByRole('heading', { name: 'March 2026' }).waitFor();
    await rows.getByRole('button').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Called from a withheld number');
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Flowers left on the doormat');
  });
});
