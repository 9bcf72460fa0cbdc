// Real full storage (Chromium's own quota, shrunk through the DevTools protocol: a full disk
// shows up as an aborted transaction, not a synchronous throw), the storage state in Settings,
// and how attachment chunks are stored (bytes, never Blobs: reading stored Blobs crashed iOS 18.4).
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { createVault, launch, PASSPHRASE, unlock, waitForServiceWorker, type Session } from './harness';
import { dismissNotices, pngWithText, writeEntry } from './journal-helpers';

let session: Session | undefined;
/** The full-storage test's folder: the other phone's backup, and the profile it reopens. */
let root: string | undefined;
const profileDir = () => join(root!, 'profile');
afterEach(async () => {
  await session?.close();
  session = undefined;
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
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
});


const FULL = 'The device is out of storage space. Nothing was changed.';
const OLD_PHONE = 'the old phone passphrase';
const NEXT = 'violet harbour lantern ninety quilt';

interface Full { page: Page; cdp: CDPSession; origin: string }

/**
 * Opens the saved profile again with the origin's quota shrunk to what it uses plus `margin`,
 * before the app loads. Why a fresh browser: Chromium's IndexedDB grants writes from a cached
 * allowance, taken from the quota manager and valid for 30 s (BucketContext::
 * kBucketSpaceCacheTimeLimit), so an override made while the app is open only bites half a
 * minute later (measured: writes far past a 20 KB margin succeed at once, all fail after 35 s).
 * A browser whose IndexedDB has not run yet asks the quota manager at the first write.
 */
async function reopenFull(margin: number, passphrase = PASSPHRASE, locale?: string): Promise<Full> {
  session = await launch({ profileDir: profileDir(), locale });
  const { page, context, baseURL } = session;
  const origin = new URL(baseURL).origin;
  const cdp = await context.newCDPSession(page);
  const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
  await setQuota(cdp, origin, usage + margin);
  await page.goto('./');
  if (locale?.startsWith('es')) {
    await page.getByLabel('Frase de contraseña', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Desbloquear' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Diario' }).waitFor();
  } else {
    await unlock(page, passphrase);
  }
  const now = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { overrideActive: boolean; quota: number };
  expect(now).toMatchObject({ overrideActive: true, quota: usage + margin });
  return { page, cdp, origin };
}

async function closeKeepingProfile(): Promise<void> {
  await session?.close({ keepProfile: true });
  session = undefined;
}

async function settings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Backup, restore and erase' }).waitFor();
}

/** Lock, unlock and read the unlock report: nothing missing, rolled back, slipped in or unreadable. */
async function expectCleanReport(page: Page, passphrase: string, entries: RegExp[]): Promise<void> {
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page, passphrase);
  for (const name of entries) await page.getByRole('button', { name }).waitFor();
  expect(await page.getByText('Since you last opened it').count()).toBe(0);
  expect(await page.getByText(/could not be read/).count()).toBe(0);
}

async function changePassphrase(page: Page, current: string, next: string): Promise<void> {
  await settings(page);
  await page.getByLabel('Current passphrase').fill(current);
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Repeat new passphrase').fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
}

async function importMerge(page: Page, path: string): Promise<void> {
  await settings(page);
  const panel = page.getByRole('group', { name: 'Import backup' });
  await panel.getByLabel('Backup file', { exact: true }).setInputFiles(path);
  await panel.getByLabel('Passphrase of the backup', { exact: true }).fill(OLD_PHONE);
  await panel.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  await panel.getByLabel(/^Merge:/).check();
  await panel.getByRole('button', { name: 'Import backup' }).click();
}

/** A backup from another phone (its own vault and passphrase), with an entry and a photo. */
async function oldPhoneBackup(dir: string): Promise<string> {
  const other = await launch();
  try {
    await createVault(other.page, OLD_PHONE);
    await dismissNotices(other.page);
    await writeEntry(other.page, { what: 'Written on the old phone', files: [{ name: 'old.png', mimeType: 'image/png', buffer: bigPhoto(400_000) }] });
    await settings(other.page);
    const panel = other.page.getByRole('group', { name: 'Export backup' });
    await panel.getByLabel('Your passphrase', { exact: true }).fill(OLD_PHONE);
    const download = other.page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export backup' }).click();
    const path = join(dir, 'old.backup');
    await (await download).saveAs(path);
    return path;
  } finally {
    await other.close();
  }
}

describe('full storage (Chromium quota shrunk over the DevTools protocol)', () => {
  it('a photo, a passphrase change and an import each say so (in English and Spanish), lose nothing, write nothing half, and work once space is back', { timeout: 240_000 }, async () => {
    root = mkdtempSync(join(tmpdir(), 'full-storage-'));
    const backup = await oldPhoneBackup(root);
    session = await launch({ profileDir: profileDir() });
    const first = session.page;
    await createVault(first);
    // The precache is complete before the quota shrinks: the service worker writes nothing later.
    await waitForServiceWorker(first);
    await dismissNotices(first);
    // With the real quota the same kind of save works, and says nothing about space.
    await writeEntry(first, { what: 'Kept safe before the disk filled', files: [{ name: 'a.png', mimeType: 'image/png', buffer: bigPhoto(1_500_000) }] });
    expect(await first.getByText(FULL).count()).toBe(0);
    await settings(first);
    await first.locator('[data-storage-use="known"]').filter({ hasText: /used by this app, .* free for it/ }).waitFor();
    const kept = await chunkRows(first);
    await closeKeepingProfile();
    const ours = [/Kept safe before the disk filled/];

    // (a) An entry with a photo.
    let full = await reopenFull(10_000);
    let { page } = full;
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened', { exact: true }).fill('Written while the disk is full');
    const photo = bigPhoto(3_000_000);
    await page.getByLabel('Add evidence', { exact: true }).setInputFiles([{ name: 'b.png', mimeType: 'image/png', buffer: photo }]);
    // The photo may fail as it is added (the draft keeps the text) or when the entry is saved.
    await page.getByRole('status').filter({ hasText: '1 file added.' }).or(page.getByRole('alert').filter({ hasText: FULL })).first().waitFor({ timeout: 60_000 });
    if (!(await page.getByRole('alert').filter({ hasText: FULL }).count())) await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor({ timeout: 30_000 });
    // Nothing half-written: the chunk rows are exactly those of the photo saved before.
    expect(await chunkRows(page)).toEqual(kept);
    // Space is back: the same draft saves, photo and all.
    await setQuota(full.cdp, full.origin);
    await page.getByLabel('What happened', { exact: true }).fill('Written while the disk is full');
    await page.getByLabel('Add evidence', { exact: true }).setInputFiles([{ name: 'b.png', mimeType: 'image/png', buffer: photo }]);
    await page.getByRole('status').filter({ hasText: '1 file added.' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    ours.push(/Written while the disk is full/);
    await expectCleanReport(page, PASSPHRASE, ours);
    const withPhoto = await chunkRows(page);
    expect(withPhoto.count).toBeGreaterThan(kept.count);
    await closeKeepingProfile();

    // (b) An import (merge) of another phone's backup.
    full = await reopenFull(10_000);
    ({ page } = full);
    await importMerge(page, backup);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor({ timeout: 60_000 });
    expect(await chunkRows(page)).toEqual(withPhoto);
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await expectCleanReport(page, PASSPHRASE, ours);
    expect(await page.getByRole('button', { name: /Written on the old phone/ }).count()).toBe(0);
    await setQuota(full.cdp, full.origin);
    await importMerge(page, backup);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    // The app locks after an import so that everything reloads.
    await page.getByLabel('Passphrase', { exact: true }).waitFor({ timeout: 60_000 });
    await unlock(page, PASSPHRASE);
    ours.push(/Written on the old phone/);
    await expectCleanReport(page, PASSPHRASE, ours);
    await closeKeepingProfile();

    // (c) A passphrase change (every record re-encrypted in one transaction).
    full = await reopenFull(10_000);
    ({ page } = full);
    await changePassphrase(page, PASSPHRASE, NEXT);
    await page.getByRole('alert').filter({ hasText: FULL }).waitFor({ timeout: 30_000 });
    // Nothing changed: the old passphrase still opens everything.
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await expectCleanReport(page, PASSPHRASE, ours);
    await setQuota(full.cdp, full.origin);
    await changePassphrase(page, PASSPHRASE, NEXT);
    await page.getByText('Passphrase changed.').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await expectCleanReport(page, NEXT, ours);
    await closeKeepingProfile();

    // (d) The same message in Spanish, for a photo.
    full = await reopenFull(10_000, NEXT, 'es-ES');
    ({ page } = full);
    const beforeEs = await chunkRows(page);
    await page.getByRole('button', { name: 'Nueva entrada' }).click();
    await page.getByLabel('Qué pasó', { exact: true }).fill('Escrito con el disco lleno');
    await page.getByLabel('Añadir pruebas', { exact: true }).setInputFiles([{ name: 'c.png', mimeType: 'image/png', buffer: photo }]);
    const lleno = page.getByRole('alert').filter({ hasText: 'El dispositivo no tiene espacio. No se cambió nada.' });
    await page.getByRole('status').filter({ hasText: '1 archivo añadido.' }).or(lleno).first().waitFor({ timeout: 60_000 });
    if (!(await lleno.count())) await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await lleno.waitFor({ timeout: 30_000 });
    expect(await chunkRows(page)).toEqual(beforeEs);
    await full.cdp.detach();
  });
});
