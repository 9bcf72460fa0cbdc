// The journal keeps the person aware of what it holds: its entry count and last save in view,
// saves made while the device clock was behind flagged (list, entry, report), and the
// fingerprint to send to someone trusted, dated and counted, and "Check the records" honest about
// what a device cannot know: storage put back to an earlier copy (issue 22).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSPHRASE, createVault, launch, unlock, type Session } from './harness';
import { dismissNotices, pngWithText, writeEntry, journalTool } from './journal-helpers';
import { checkIndex, journalFingerprint, openVault, ready, recordFingerprint, reviveDump } from '../reader/reader';

/** Every row of the vault's database, bytes as { $b64 } (what someone copying the storage gets). */
const dumpStorage = (page: Page) => page.evaluate(() => new Promise<string>((resolve, reject) => {
  const open = indexedDB.open('store');
  open.onsuccess = () => {
    const tx = open.result.transaction(['h', 'r', 'b'], 'readonly');
    const out: Record<string, unknown[]> = {};
    for (const name of ['h', 'r', 'b']) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => void (out[name] = request.result);
    }
    tx.oncomplete = () => {
      open.result.close();
      resolve(JSON.stringify(out, (_k, v) => (v instanceof Uint8Array ? { $b64: btoa(Array.from(v, (c) => String.fromCharCode(c)).join('')) } : v)));
    };
    tx.onerror = () => reject(tx.error);
  };
}));

/** Puts the whole database back as a dump had it: every store emptied, then the old rows. */
const restoreStorage = (page: Page, dump: string) => page.evaluate((text) => new Promise<void>((resolve, reject) => {
  const data = JSON.parse(text, (_k, v) => (v && typeof v === 'object' && '$b64' in v ? Uint8Array.from(atob(v.$b64), (c) => c.charCodeAt(0)) : v)) as Record<string, unknown[]>;
  const open = indexedDB.open('store');
  open.onsuccess = () => {
    const tx = open.result.transaction(['h', 'r', 'b'], 'readwrite');
    for (const name of ['h', 'r', 'b']) {
      tx.objectStore(name).clear();
      for (const row of data[name]!) tx.objectStore(name).put(row);
    }
    tx.oncomplete = () => {
      open.result.close();
      resolve();
    };
    tx.onerror = () => reject(tx.error);
  };
}), dump);

async function checkRecords(page: Page) {
  await page.getByRole('button', { name: 'Check the records' }).click();
  const status = page.locator('section[aria-labelledby="j-verify"] > [role="status"]');
  await status.locator('[data-fingerprint="2"]').waitFor();
  return status;
}

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
    await writeEntry(page, { what: 'Message on the doorstep', files: [{ name: 'doorstep.png', mimeType: 'image/png', buffer: pngWithText('left on the step') }] });
    await writeEntry(page, { what: 'Drove past twice' });

    const status = await checkRecords(page);
    // Nothing shared yet: said so, and no claim about a rollback it cannot see.
    await status.getByText('No changes found in the 2 saved versions on this device. You have not shared a fingerprint yet, so there is no earlier day to check against.').waitFor();
    const fingerprint = (await status.locator('[data-fingerprint="2"]').textContent())!.trim();
    const journalOnly = (await status.locator('[data-fingerprint="1"]').textContent())!.trim();
    expect(fingerprint).toMatch(/^2-[0-9a-f]{64}$/);
    expect(journalOnly).toMatch(/^[0-9a-f]{64}$/);
    await page.getByText('put back to an earlier copy').first().waitFor();
    const text = (await page.locator('#j-share-text').textContent())!;
    expect(text).toMatch(/^Record check Nov 30, 2026, 9:15\sAM: 2 entries, 2 saved versions, fingerprint 2-[0-9a-f]{64}$/);
    expect(text.endsWith(fingerprint)).toBe(true);
    expect(text).not.toMatch(/daybook|journal/i);

    await page.getByRole('button', { name: 'Copy fingerprint' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await checkRecords(page);
    await status.getByText(/^No changes found since Nov 30, 2026, 9:15\sAM, the date of the fingerprint you last shared/).waitFor();

    // The independent reader (tests/reader, from docs/FORMAT.md) opens the storage as it is and
    // computes the same two fingerprints, the photo and its preview included.
    await ready();
    const vault = openVault(reviveDump(await dumpStorage(page)), PASSPHRASE);
    expect(vault.records.filter((r) => r.k === '_blob')).toHaveLength(2);
    expect(journalFingerprint(vault.records)).toEqual({ fingerprint: journalOnly, versions: 2, intact: true });
    expect(recordFingerprint(vault.records)).toBe(fingerprint);
    // And checks the vault's sealed index (format v3, with its log) as the app does: clean.
    expect(checkIndex(vault)).toEqual({ missing: {}, rolledBack: {}, unlisted: {}, indexDamaged: false });
  });

  it('after the whole storage is put back to an earlier copy, never says nothing changed, and says it cannot see it', async () => {
    session = await launch();
    const { page, context, baseURL } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await createVault(page);
    await dismissNotices(page);
    await page.clock.setFixedTime(new Date(2026, 10, 28, 8, 0));
    await writeEntry(page, { what: 'Rang the bell at night' });
    await page.getByRole('button', { name: 'Copy fingerprint' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    // The ex copies the storage here, and later puts it back.
    const copy = await dumpStorage(page);
    await page.clock.setFixedTime(new Date(2026, 10, 30, 18, 30));
    await writeEntry(page, { what: 'Threatened me at the bus stop' });
    await page.getByRole('button', { name: 'Copy fingerprint' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const sent = (await page.evaluate(() => navigator.clipboard.readText())).split(' ').at(-1)!;
    await page.getByRole('button', { name: 'Lock' }).click();
    await restoreStorage(page, copy);
    await unlock(page);
    await page.getByRole('button', { name: /Rang the bell at night/ }).waitFor();
    expect(await page.getByRole('button', { name: /Threatened me at the bus stop/ }).count()).toBe(0);

    const status = await checkRecords(page);
    await status.getByText('A whole-storage rollback cannot be seen here', { exact: false }).waitFor();
    // It counts from the share the copy holds, the earlier one, and claims nothing beyond it.
    await status.getByText(/^No changes found since Nov 28, 2026, 8:00\sAM/).waitFor();
    expect(await page.locator('section[aria-labelledby="j-verify"]').innerText()).not.toMatch(/nothing has been changed|nothing was changed/i);
    // The fingerprint she sent on the 30th is the proof: this device does not know it.
    await page.getByLabel('Fingerprint', { exact: true }).fill(sent);
    await page.getByRole('button', { name: 'Check this fingerprint' }).click();
    await page.getByRole('status').filter({ hasText: /^This fingerprint is not known on this device/ }).waitFor();
    expect(session.errors).toEqual([]);
  });
});
