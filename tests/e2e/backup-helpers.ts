// The backup browser tests' shared steps: sessions closed after each test, and export and
// import through the Settings screen as the person does them.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PASSPHRASE, launch, type Session } from './harness';

let sessions: Session[] = [];

/** A browser for this test; closeSessions (in afterEach) closes it. */
export async function open(options?: Parameters<typeof launch>[0]): Promise<Session> {
  const s = await launch(options);
  sessions.push(s);
  return s;
}

export async function closeSessions(): Promise<void> {
  for (const s of sessions) await s.close();
  sessions = [];
}

export async function settings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Backup, restore and erase' }).waitFor();
}

/** Exports with this vault's passphrase into `dir` (under `name`, or the name the app gave it). */
export async function exportBackup(page: Page, dir: string, name?: string): Promise<{ path: string; name: string }> {
  await settings(page);
  const panel = page.getByRole('group', { name: 'Export backup' });
  await panel.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Export backup' }).click();
  // A refusal ends the wait at once, with its words.
  const alert = panel.getByRole('alert').first().waitFor({ timeout: 60_000 }).then(() => null, () => new Promise<never>(() => undefined));
  const file = await Promise.race([download, alert]);
  if (!file) throw new Error(`export refused: ${await panel.getByRole('alert').allTextContents()}`);
  const path = join(dir, name ?? file.suggestedFilename());
  await file.saveAs(path);
  await panel.getByRole('status').filter({ hasText: 'Backup saved as' }).waitFor();
  return { path, name: file.suggestedFilename() };
}

/** Fills and sends the import form. `own`: this vault's passphrase, which import asks for again (merge and replace change the record). */
export async function importBackup(page: Page, path: string, passphrase: string, mode: 'Merge' | 'Replace', own = PASSPHRASE): Promise<void> {
  await settings(page);
  const panel = page.getByRole('group', { name: 'Import backup' });
  await panel.getByLabel('Backup file', { exact: true }).setInputFiles(path);
  await panel.getByLabel('Passphrase of the backup', { exact: true }).fill(passphrase);
  await panel.getByLabel('Your passphrase', { exact: true }).fill(own);
  await panel.getByLabel(new RegExp(`^${mode}:`)).check();
  await panel.getByRole('button', { name: 'Import backup' }).click();
}
