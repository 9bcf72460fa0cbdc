// The journal in a real browser: capture with evidence, lock and unlock, amendments, report
// and CSV exports, search and filters, accessibility, and nothing readable on disk.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
});
