// The backup export streamed into one OPFS file (issue 16): the downloaded file is that copy,
// it imports back, and the copy is gone after Lock, unlock and Erase all. Without OPFS (removed
// before the app loads) and with the OPFS copy not fitting the quota, a folded Blob still
// gives a working file.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { PASSPHRASE, createVault, unlock, waitForServiceWorker } from './harness';
import { dismissNotices, pngWithText, writeEntry } from './journal-helpers';
import { closeSessions, exportBackup, importBackup, open, settings } from './backup-helpers';

const NEW_PHONE = 'brand new phone passphrase';
/** The copy's name in OPFS (src/vault/backup/copy.ts): neutral and fixed. */
const COPY = 'file.tmp';
let tmp: string | undefined;
afterEach(async () => {
  await closeSessions();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

/** Through the Settings screen, as the person does; returns the downloaded file's path. */
const exportTo = async (page: Page, dir: string, name: string) => (await exportBackup(page, dir, name)).path;

/**
 * The files in the origin's OPFS root, with their SHA-256. Read through the getDirectory the
 * page had before an init script removed it (window.__getDirectory), if one did.
 */
async function opfs(page: Page): Promise<Array<{ name: string; size: number; sha256: string }>> {
  return page.evaluate(async () => {
    const get = (window as { __getDirectory?: StorageManager['getDirectory'] }).__getDirectory ?? navigator.storage.getDirectory;
    const dir = (await get.call(navigator.storage)) as FileSystemDirectoryHandle & { entries(): AsyncIterable<[string, FileSystemHandle]> };
    const out: Array<{ name: string; size: number; sha256: string }> = [];
    for await (const [name, handle] of dir.entries()) {
      if (handle.kind !== 'file') continue;
      const file = await (handle as FileSystemFileHandle).getFile();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
      out.push({ name, size: file.size, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') });
    }
    return out;
  });
}

/** The copy goes a moment after the lock (once the worker has ended): wait for the directory to be empty. */
async function waitForNoCopy(page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await opfs(page)).length > 0) {
    if (Date.now() > deadline) throw new Error(`OPFS still holds ${JSON.stringify(await opfs(page))}`);
    await page.waitForTimeout(100);
  }
}

const fileInfo = (path: string) => {
  const bytes = readFileSync(path);
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), magic: [...bytes.subarray(0, 4)] };
};

/** A photo whose bytes do not compress: `size` bytes of noise in a valid PNG. */
const noisyPhoto = (size: number) => pngWithText(randomBytes(size).toString('latin1'));

/** A new phone: a fresh profile restores the file (replace) and shows the entry. */
async function importsBack(path: string, entry: RegExp): Promise<void> {
  const b = await open();
  await createVault(b.page, NEW_PHONE);
  await dismissNotices(b.page);
  await importBackup(b.page, path, PASSPHRASE, 'Replace', NEW_PHONE);
  const panel = b.page.getByRole('group', { name: 'Import backup' });
  const intact = b.page.getByText(/The file is intact: a backup from .* with \d+ items and \d+ files/);
  await intact.or(panel.getByRole('alert')).first().waitFor({ timeout: 30_000 });
  // A refusal says why (and fails here with its words).
  expect(await panel.getByRole('alert').allTextContents()).toEqual([]);
  await intact.waitFor();
  await b.page.getByRole('button', { name: 'Confirm import' }).click();
  await b.page.getByLabel('Passphrase', { exact: true }).waitFor({ timeout: 30_000 });
  await unlock(b.page, NEW_PHONE);
  await b.page.getByRole('button', { name: entry }).waitFor();
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('Passphrase', { exact: true }).waitFor();
}

describe('backup export into the OPFS copy', () => {
  it('hands over the OPFS copy, which imports back; Lock, unlock and Erase all remove it', { timeout: 180_000 }, async () => {
    tmp = mkdtempSync(join(tmpdir(), 'backup-copy-'));
    const { page } = await open();
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Followed me to the station', files: [{ name: 'platform.png', mimeType: 'image/png', buffer: noisyPhoto(1_500_000) }] });
    expect(await opfs(page)).toEqual([]);

    const path = await exportTo(page, tmp, 'first.backup');
    const downloaded = fileInfo(path);
    expect(downloaded.magic).toEqual([0x89, 0x4e, 0x42, 0x4b]);
    expect(downloaded.size).toBeGreaterThan(1_500_000);
    // The file handed over is the copy on disk, byte for byte.
    expect(await opfs(page)).toEqual([{ name: COPY, size: downloaded.size, sha256: downloaded.sha256 }]);

    await lock(page);
    await waitForNoCopy(page);

    // A copy a lock could not remove (the page went away first) goes at the next unlock.
    await page.evaluate(async (name) => {
      const file = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      const out = await file.createWritable();
      await out.write(new Uint8Array(1000));
      await out.close();
    }, COPY);
    expect((await opfs(page)).map((f) => f.name)).toEqual([COPY]);
    await unlock(page);
    await waitForNoCopy(page);

    // A second export replaces the copy; Erase all removes it.
    const second = fileInfo(await exportTo(page, tmp, 'second.backup'));
    expect(await opfs(page)).toEqual([{ name: COPY, size: second.size, sha256: second.sha256 }]);
    expect(second.sha256).not.toBe(downloaded.sha256);
    await page.getByRole('button', { name: 'Erase all data' }).click();
    await page.getByLabel('To confirm, type ERASE').fill('erase');
    await page.getByRole('region', { name: 'Erase all data' }).getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Erase everything now' }).click();
    await page.getByRole('button', { name: 'I understand, continue' }).waitFor();
    expect(await opfs(page)).toEqual([]);

    await importsBack(path, /Followed me to the station/);
  });

  it('without OPFS (removed before the app loads) still exports a working file, as a folded Blob', { timeout: 120_000 }, async () => {
    tmp = mkdtempSync(join(tmpdir(), 'backup-copy-'));
    const a = await open();
    await a.page.addInitScript(() => {
      const w = window as { __getDirectory?: unknown };
      w.__getDirectory = StorageManager.prototype.getDirectory;
      delete (StorageManager.prototype as { getDirectory?: unknown }).getDirectory;
    });
    const { page } = a;
    await createVault(page);
    await dismissNotices(page);
    expect(await page.evaluate(() => typeof navigator.storage.getDirectory)).toBe('undefined');
    await writeEntry(page, { what: 'Called from a hidden number', files: [{ name: 'log.png', mimeType: 'image/png', buffer: noisyPhoto(800_000) }] });
    const path = await exportTo(page, tmp, 'blob.backup');
    expect(fileInfo(path).magic).toEqual([0x89, 0x4e, 0x42, 0x4b]);
    // No copy was written: the page asked for none.
    expect(await opfs(page)).toEqual([]);
    await importsBack(path, /Called from a hidden number/);
  });
});

describe('backup export cut short by Lock', () => {
  it('hands nothing over, and leaves no copy once unlocked again', { timeout: 180_000 }, async () => {
    const { page } = await open();
    await createVault(page);
    await dismissNotices(page);
    // Big enough that the export is still writing when Lock is pressed.
    await writeEntry(page, { what: 'Threats left on the voicemail', files: [{ name: 'call.png', mimeType: 'image/png', buffer: noisyPhoto(24_000_000) }] });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await settings(page);
    const panel = page.getByRole('group', { name: 'Export backup' });
    await panel.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Export backup' }).click();
    // Part of the file is written (the bar has moved), not all of it: the copy is listed and Lock
    // pressed in that same moment, inside the page. From here, a listing that also hashed the
    // half-written copy, then Lock, could let the export finish first on a busy machine.
    const lockButton = await page.getByRole('button', { name: 'Lock' }).elementHandle();
    const during = await page.evaluate(async (button) => {
      const moving = () => {
        const bar = document.querySelector('progress');
        return bar !== null && bar.value > 0 && bar.value < 100;
      };
      for (const deadline = Date.now() + 60_000; !moving(); await new Promise((r) => setTimeout(r, 10))) {
        if (Date.now() > deadline) throw new Error('the export never started writing');
      }
      const get = (window as { __getDirectory?: StorageManager['getDirectory'] }).__getDirectory ?? navigator.storage.getDirectory;
      const dir = (await get.call(navigator.storage)) as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };
      const names: string[] = [];
      for await (const name of dir.keys()) names.push(name);
      const stillMoving = moving();
      (button as HTMLButtonElement).click();
      return { names, stillMoving };
    }, lockButton);
    expect(during).toEqual({ names: [COPY], stillMoving: true });
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    await unlock(page);
    await waitForNoCopy(page);
    expect(downloads).toEqual([]);
    await settings(page);
    await page.getByText('No backup has been made on this device yet.').waitFor();
  });
});

describe('backup export when the OPFS copy does not fit (Chromium quota shrunk over the DevTools protocol)', () => {
  it('falls back to a folded Blob and still gives a working file; with room again the copy is used', { timeout: 180_000 }, async () => {
    tmp = mkdtempSync(join(tmpdir(), 'backup-copy-'));
    const { page, context, baseURL } = await open();
    await createVault(page);
    // The precache is complete before the quota shrinks: the service worker writes nothing later.
    await waitForServiceWorker(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Car parked at the end of the street', files: [{ name: 'car.png', mimeType: 'image/png', buffer: noisyPhoto(3_000_000) }] });
    // The quota shrinks to what the origin uses (read now: before the app opens its database,
    // Chromium leaves IndexedDB out of the figure) plus 1 MB: the vault is stored, a 3 MB copy
    // cannot fit. The vault's own small writes still can.
    const origin = new URL(baseURL).origin;
    const cdp: CDPSession = await context.newCDPSession(page);
    const { usage, usageBreakdown } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number; usageBreakdown: Array<{ storageType: string; usage: number }> };
    expect(usageBreakdown.find((u) => u.storageType === 'indexeddb')!.usage).toBeGreaterThan(3_000_000);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 1_000_000 });
    const path = await exportTo(page, tmp, 'full.backup');
    const saved = fileInfo(path);
    expect(saved.magic).toEqual([0x89, 0x4e, 0x42, 0x4b]);
    expect(saved.size).toBeGreaterThan(3_000_000);
    // The half-written copy is gone: it never reached the person, and gives its room back.
    expect(await opfs(page)).toEqual([]);

    // Room again: the same export goes through the copy (so the quota is what stopped it).
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    const roomy = fileInfo(await exportTo(page, tmp, 'roomy.backup'));
    expect(await opfs(page)).toEqual([{ name: COPY, size: roomy.size, sha256: roomy.sha256 }]);
    await cdp.detach();

    await importsBack(path, /Car parked at the end of the street/);
  });
});
