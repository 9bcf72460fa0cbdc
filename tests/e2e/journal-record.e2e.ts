// The journal keeps the person aware of what it holds: its entry count and last save in view,
// saves made while the device clock was behind flagged (list, entry, report), and the
// fingerprint to send to someone trusted, dated and counted.
import { afterEach, describe, expect, it } from 'vitest';
import { createVault, launch, type Session } from './harness';
import { dismissNotices, writeEntry, journalTool } from './journal-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('what the journal holds', () => {
  it('shows its count and last save, and flags an entry saved with the clock set back, in the app and the report', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    const summary = page.locator('.journal-summary');
    expect(await summary.count()).toBe(0); // nothing saved yet

    // The device clock, driven: 30 Nov 2026 14:02, then set back two hours.
    await page.clock.setFixedTime(new Date(2026, 10, 30, 14, 2));
    await writeEntry(page, { what: 'Waited at the station', when: '2026-11-30T13:00' });
    await expect.poll(() => summary.textContent()).toMatch(/^1 entry · last saved Nov 30, 2026, 2:02\sPM$/);
    await page.clock.setFixedTime(new Date(2026, 10, 30, 12, 2));
    await writeEntry(page, { what: 'Called from a new number', when: '2026-11-30T11:30' });
    await expect.poll(() => summary.textContent()).toMatch(/^2 entries · last saved Nov 30, 2026, 12:02\sPM$/);

    const behind = page.getByRole('button', { name: /Called from a new number/ });
    const ahead = page.getByRole('button', { name: /Waited at the station/ });
    expect(await behind.textContent()).toContain('Clock was behind');
    expect(await ahead.textContent()).not.toContain('Clock was behind');
    await behind.click();
    await page.getByText('Saved while the device clock was behind').waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).click();

    await journalTool(page, 'Export report');
    await page.locator('.report-frame[data-ready="true"]').waitFor();
    const reported = page.locator('.report-doc article').filter({ hasText: 'Called from a new number' });
    expect(await reported.textContent()).toContain('saved while the device clock was behind (version 1)');
    const other = page.locator('.report-doc article').filter({ hasText: 'Waited at the station' });
    expect(await other.textContent()).not.toContain('clock was behind');
  });

  it('offers the fingerprint, dated and counted, to copy for someone trusted', async () => {
    session = await launch();
    const { page, context, baseURL } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await createVault(page);
    await dismissNotices(page);
    expect(await page.getByRole('heading', { name: 'Send the fingerprint to someone you trust' }).count()).toBe(0); // nothing to send yet
    await page.clock.setFixedTime(new Date(2026, 10, 30, 9, 15));
    await writeEntry(page, { what: 'Message on the doorstep' });
    await writeEntry(page, { what: 'Drove past twice' });

    await page.getByRole('button', { name: 'Check the records' }).click();
    const checked = page.locator('section[aria-labelledby="j-verify"] .mono');
    await checked.waitFor();
    const fingerprint = (await checked.textContent())!.trim();
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    await page.getByText('put back to an earlier copy').waitFor();
    const text = (await page.locator('#j-share-text').textContent())!;
    expect(text).toMatch(/^Record check Nov 30, 2026, 9:15\sAM: 2 entries, 2 saved versions, fingerprint [0-9a-f]{64}$/);
    expect(text.endsWith(fingerprint)).toBe(true);
    expect(text).not.toMatch(/daybook|journal/i);

    await page.getByRole('button', { name: 'Copy fingerprint' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });
});
