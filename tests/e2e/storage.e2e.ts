// Real full storage (Chromium's own quota, shrunk through the DevTools protocol: a full disk
// shows up as an aborted transaction, not a synchronous throw), the storage state in Settings,
// and how attachment chunks are stored (bytes, never Blobs: reading stored Blobs crashed iOS 18.4).
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { CDPSession, Page } from 'playwright-core';
import { createVault, launch, PASSPHRASE, unlock, type Session } from './harness';
import { dismissNotices, pngWithText, writeEntry } from './journal-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The raw chunk rows of the vault's database (test only): how many, and what their bytes are. */
async function chunkRows(page: Page): Promise<{ count: number; kinds: string[] }> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, no) => {
      const r = indexedDB.open('store');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const rows = await new Promise<Array<{ ct: unknown; nonce: unknown }>>((ok) => {
      const r = db.transaction('b').objectStore('b').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    const kind = (v: unknown) => (v instanceof Blob ? 'Blob' : v instanceof Uint8Array ? 'Uint8Array' : v instanceof ArrayBuffer ? 'ArrayBuffer' : typeof v);
    return { count: rows.length, kinds: [...new Set(rows.flatMap((row) => [kind(row.ct), kind(row.nonce)]))] };
  });
}

/** A photo whose bytes do not compress: `size` bytes of noise in a valid PNG. */
const bigPhoto = (size: number) => pngWithText(randomBytes(size).toString('latin1'));

async function setQuota(cdp: CDPSession, origin: string, quotaSize?: number): Promise<void> {
  // Without quotaSize the origin gets its real quota back.
  await cdp.send('Storage.overrideQuotaForOrigin', quotaSize === undefined ? { origin } : { origin, quotaSize });
}

describe('storage', () => {
  it('stores attachment chunks as bytes, not Blobs', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    const before = await chunkRows(page);
    await writeEntry(page, { what: 'Photo of the car', files: [{ name: 'car.png', mimeType: 'image/png', buffer: bigPhoto(1_500_000) }] });
    const after = await chunkRows(page);
    expect(after.count).toBeGreaterThan(before.count);
    expect(after.kinds).toEqual(['Uint8Array']);
  });

  // KNOWN FAILURE (issue 16), kept visible: with the origin's quota overridden to 1.2 MB
  // (Storage.getUsageAndQuota: overrideActive true), Chromium 156 still let the vault store a
  // 3 MB photo (usage rose to 4.2 MB) and the entry saved; yet a plain IndexedDB write from the
  // page under the same override fails with QuotaExceededError. Reloading (a new worker and
  // database connection under the override) changes nothing. Whether the vault's worker
  // escapes the override or Chromium's usage count lags is not yet known. it.fails turns red
  // the day the message appears, so this marker cannot outlive the problem.
  it.fails('full storage: a clear message, nothing lost or half-written, and it works again once space is free', { retry: 0 }, async () => {
    session = await launch();
    const { page, context, baseURL } = session;
    const origin = new URL(baseURL).origin;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Kept safe before the disk filled', files: [{ name: 'a.png', mimeType: 'image/png', buffer: bigPhoto(50_000) }] });
    const kept = await chunkRows(page);

    // Settings shows what is used and free (Chromium has navigator.storage).
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.locator('[data-storage-use="known"]').filter({ hasText: /used by this app, .* free for it/ }).waitFor();

    const cdp = await context.newCDPSession(page);
    // The browser's own count (navigator.storage.estimate() keeps reporting the real quota).
    const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
    await setQuota(cdp, origin, usage + 20_000);
    // In case a database connection keeps the quota it opened with: the vault starts afresh.
    await page.reload();
    await unlock(page, PASSPHRASE);

    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened', { exact: true }).fill('Written while the disk is full');
    await page.getByLabel('Add evidence', { exact: true }).setInputFiles([{ name: 'b.png', mimeType: 'image/png', buffer: bigPhoto(3_000_000) }]);
    // The photo may fail as it is added (the draft keeps it) or when the entry is saved.
    await page.getByRole('status').filter({ hasText: '1 file(s) added.' }).or(page.getByRole('alert')).first().waitFor({ timeout: 60_000 });
    if (!(await page.getByRole('alert').count())) await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The device is out of storage space.' }).waitFor({ timeout: 10_000 });
    // Nothing half-written: the chunks are exactly those of the photo saved before.
    expect((await chunkRows(page)).count).toBe(kept.count);

    // Space is back: the same entry saves, photo and all.
    await setQuota(cdp, origin);
    await page.getByLabel('Add evidence', { exact: true }).setInputFiles([{ name: 'b.png', mimeType: 'image/png', buffer: bigPhoto(3_000_000) }]);
    await page.getByRole('status').filter({ hasText: '1 file(s) added.' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // After a reload both entries are there, nothing lost.
    await page.reload();
    await unlock(page, PASSPHRASE);
    await page.getByRole('button', { name: /Kept safe before the disk filled/ }).waitFor();
    await page.getByRole('button', { name: /Written while the disk is full/ }).waitFor();
    expect((await chunkRows(page)).count).toBeGreaterThan(kept.count);
    await cdp.detach();
  });
});
