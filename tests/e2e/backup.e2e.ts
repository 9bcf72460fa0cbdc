// Backup, restore, erase and duress in a real browser, through the real screens: export,
// erase (first run again, still offline-capable), import on a fresh profile with the photo
// intact, bad files refused, and the duress passphrase's decoy (and erase) looking normal.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PASSPHRASE, axeViolations, createVault, unlock, waitForServiceWorker } from './harness';
import { dismissNotices, pngWithText, sha256, writeEntry } from './journal-helpers';
import { closeSessions, exportBackup, importBackup, open, settings } from './backup-helpers';

const NEW_PHONE = 'brand new phone passphrase';
const DURESS = 'grocery list tuesday';
let tmp: string | undefined;
afterEach(async () => {
  await closeSessions();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

describe('backup and restore', () => {
  it('exports, erases back to first run (still offline-ready), and restores on a fresh profile with the photo', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
    const a = await open();
    await createVault(a.page);
    await waitForServiceWorker(a.page);
    await dismissNotices(a.page);
    const photo = pngWithText('evidence photo marker');
    await writeEntry(a.page, { what: 'Parked outside my building all night', files: [{ name: 'car.png', mimeType: 'image/png', buffer: photo }] });
    await writeEntry(a.page, { what: 'Sent eleven messages before 7am', words: 'Answer me now' });
    await settings(a.page);
    await a.page.getByText('No backup has been made on this device yet.').waitFor();

    const { path, name } = await exportBackup(a.page, tmp);
    expect(name).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.backup$/);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x4e, 0x42, 0x4b]);
    for (const secret of ['Parked outside', 'Answer me now', 'car.png', 'evidence photo marker']) expect(bytes.includes(secret)).toBe(false);
    await a.page.getByText(/Last backup from this device:/).waitFor();

    // Erase all data: a deliberate confirmation, then the first-run screen.
    await a.page.getByRole('button', { name: 'Erase all data' }).click();
    await a.page.getByRole('button', { name: 'Erase everything now' }).click();
    await a.page.getByRole('alert').filter({ hasText: 'Type ERASE to confirm.' }).waitFor();
    await a.page.getByLabel('To confirm, type ERASE').fill('erase');
    await a.page.getByRole('button', { name: 'Erase everything now' }).click();
    // The word alone is not enough: whoever holds the unlocked phone must also know the passphrase.
    await a.page.getByRole('alert').filter({ hasText: 'Type your passphrase to confirm.' }).waitFor();
    await a.page.getByRole('region', { name: 'Erase all data' }).getByLabel('Your passphrase', { exact: true }).fill('a guess by the ex');
    await a.page.getByRole('button', { name: 'Erase everything now' }).click();
    await a.page.getByRole('alert').filter({ hasText: 'Your passphrase is not right.' }).waitFor();
    expect(await a.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain('store');
    await a.page.getByRole('region', { name: 'Erase all data' }).getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await a.page.getByRole('button', { name: 'Erase everything now' }).click();
    await a.page.getByRole('button', { name: 'I understand, continue' }).waitFor();
    const left = await a.page.evaluate(async () => ({
      dbs: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      local: localStorage.length,
    }));
    expect(left.dbs).not.toContain('store');
    expect(left.caches.every((c) => c.startsWith('workbox-precache'))).toBe(true);
    expect(left.local).toBe(0);
    // The app itself stays installed and working offline.
    await a.context.setOffline(true);
    await a.page.reload();
    await a.page.getByRole('button', { name: 'I understand, continue' }).waitFor();
    // And starts over cleanly, still offline: a new vault with nothing of the old one in it.
    await createVault(a.page, NEW_PHONE);
    await a.page.getByRole('button', { name: 'New entry' }).waitFor();
    expect(await a.page.getByRole('button', { name: /Parked outside my building/ }).count()).toBe(0);

    // A new phone: a fresh profile, its own passphrase, then the backup.
    const b = await open();
    await createVault(b.page, NEW_PHONE);
    await dismissNotices(b.page);
    await writeEntry(b.page, { what: 'Only on the new phone' });
    await importBackup(b.page, path, PASSPHRASE, 'Replace', NEW_PHONE);
    await b.page.getByText(/The file is intact: a backup from .* with \d+ items and \d+ files/).waitFor();
    await b.page.getByRole('button', { name: 'Confirm import' }).click();
    await b.page.getByLabel('Passphrase', { exact: true }).waitFor();
    await unlock(b.page, NEW_PHONE);
    await b.page.getByRole('button', { name: /Sent eleven messages/ }).waitFor();
    expect(await b.page.getByRole('button', { name: /Only on the new phone/ }).count()).toBe(0);
    await b.page.getByRole('button', { name: /Parked outside my building/ }).click();
    await b.page.getByText(sha256(photo)).waitFor();
    await b.page.getByRole('button', { name: 'Open car.png' }).click();
    const img = b.page.getByRole('img', { name: 'Evidence: car.png' });
    await img.waitFor();
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(16);
    // Byte for byte: the original, as the journal hands it out.
    const original = b.page.waitForEvent('download');
    await b.page.getByRole('button', { name: 'Download the original' }).click();
    const restoredPath = join(tmp, 'restored.png');
    await (await original).saveAs(restoredPath);
    expect(readFileSync(restoredPath).equals(photo)).toBe(true);

    // Another new phone, restoring straight from the setup screen.
    const c = await open();
    await createVault(c.page, NEW_PHONE, { restore: true });
    const title = c.page.getByRole('heading', { level: 1, name: 'Restore a backup' });
    await title.waitFor();
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    const panel = c.page.getByRole('group', { name: 'Import backup' });
    await panel.getByLabel('Backup file', { exact: true }).setInputFiles(path);
    await panel.getByLabel('Passphrase of the backup', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Import backup' }).click();
    await c.page.getByRole('button', { name: 'Confirm import' }).click();
    await unlock(c.page, NEW_PHONE);
    await c.page.getByRole('button', { name: /Parked outside my building/ }).waitFor();
    await c.page.getByRole('button', { name: /Sent eleven messages/ }).waitFor();

    expect(a.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(c.errors).toEqual([]);
  });

  it('lets a new device skip the restore it asked for, and start empty', async () => {
    const s = await open();
    await createVault(s.page, PASSPHRASE, { restore: true });
    await s.page.getByRole('heading', { level: 1, name: 'Restore a backup' }).waitFor();
    expect(await axeViolations(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: 'Skip and start with an empty journal' }).click();
    await s.page.getByRole('button', { name: 'New entry' }).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('refuses a foreign, a truncated and a wrongly-unlocked file with clear words, changing nothing', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
    const s = await open();
    await createVault(s.page);
    await dismissNotices(s.page);
    await writeEntry(s.page, { what: 'Kept safe through bad imports' });
    const { path } = await exportBackup(s.page, tmp);
    const foreign = join(tmp, 'holiday.jpg');
    writeFileSync(foreign, pngWithText('just a picture'));
    const truncated = join(tmp, 'cut.backup');
    writeFileSync(truncated, readFileSync(path).subarray(0, 600_000));
    const cases: Array<[string, string, RegExp, string?]> = [
      [foreign, PASSPHRASE, /not a backup from this app\. Nothing was changed\./],
      [path, 'not the passphrase', /does not open this backup\. Nothing was changed\./],
      [truncated, PASSPHRASE, /incomplete: it was cut short.*Nothing was changed\./],
      // Someone holding the unlocked app, with their own file: this app's passphrase is asked too.
      [path, PASSPHRASE, /not the passphrase this app opens with\. Nothing was changed\./, 'the ex guesses'],
    ];
    for (const [file, pass, message, own] of cases) {
      await importBackup(s.page, file, pass, 'Replace', own);
      await s.page.getByRole('alert').filter({ hasText: message }).waitFor();
    }
    await s.page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await s.page.getByRole('button', { name: /Kept safe through bad imports/ }).waitFor();
  });
});

describe('duress passphrase', () => {
  async function turnOn(page: Page, erase: boolean) {
    await settings(page);
    const panel = page.getByRole('group', { name: 'Duress passphrase' });
    await panel.getByText('No duress passphrase is set.').waitFor();
    await panel.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.getByLabel('Duress passphrase', { exact: true }).fill(DURESS);
    await panel.getByLabel('Repeat duress passphrase', { exact: true }).fill(DURESS);
    if (erase) await panel.getByLabel(/^Erase everything, then open the decoy/).check();
    await panel.getByRole('button', { name: 'Turn on duress passphrase' }).click();
    await panel.getByRole('status').filter({ hasText: 'Duress passphrase turned on.' }).waitFor();
  }

  it('opens a decoy that looks like a normal unlock; the real passphrase still opens the real journal', async () => {
    const s = await open();
    const { page } = s;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'He waited outside my work' });
    await turnOn(page, false);
    await page.getByRole('button', { name: 'Lock' }).click();

    await unlock(page, DURESS);
    await page.getByRole('button', { name: /Dentist appointment moved to Thursday/ }).waitFor();
    expect(await page.getByRole('button', { name: /He waited outside my work/ }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    // Inside the decoy, settings look like those of a vault without duress.
    await settings(page);
    await page.getByText('No duress passphrase is set.').waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();

    await unlock(page);
    await page.getByRole('button', { name: /He waited outside my work/ }).waitFor();
    expect(await page.getByRole('button', { name: /Dentist appointment/ }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it("carries an ordinary photo of the person's own into the decoy, shown there as a normal entry's photo", async () => {
    tmp = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
    const s = await open();
    const { page } = s;
    await createVault(page);
    await dismissNotices(page);
    const photo = join(tmp, 'garden.png');
    writeFileSync(photo, pngWithText('tomatoes', [40, 160, 60]));
    await settings(page);
    await page.getByRole('group', { name: 'Duress passphrase' }).getByLabel('Add an ordinary photo (optional)').setInputFiles(photo);
    await turnOn(page, false);
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page, DURESS);
    // The newest decoy note holds it, as any entry with a photo would.
    await page.locator('.entry-row').first().click();
    await page.getByText('garden.png').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('in erase mode, wipes the real journal and shows the decoy as if nothing happened', async () => {
    const s = await open();
    const { page } = s;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Followed me to the station' });
    await turnOn(page, true);
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page, DURESS);
    await page.getByRole('button', { name: /Buy milk, bread and coffee/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: 'That passphrase did not open it.' }).waitFor();
    await unlock(page, DURESS);
    expect(await page.getByRole('button', { name: /Followed me to the station/ }).count()).toBe(0);
  });
});

describe('accessibility', () => {
  it('has no axe violations in the backup, duress and erase settings, light and dark', async () => {
    const s = await open();
    const { page } = s;
    await createVault(page);
    await dismissNotices(page);
    await settings(page);
    await page.getByLabel('Protect this backup with a different passphrase').check();
    await page.getByRole('button', { name: 'Erase all data' }).click();
    await page.getByLabel('To confirm, type ERASE').waitFor();
    const run = () => axeViolations(page, '[aria-labelledby="backup-title"]');
    expect(await run()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await run()).toEqual([]);
  });
});
