// The backup feature's only door to the vault: export to a file, check and import a file,
// the reminder's numbers, the duress passphrase and erasing everything.
import { backup, duress, vault, type CheckedBackup, type ImportMode, type ImportReport, type OnProgress } from '../../vault';
import { loadJournal } from '../journal/store';
import { decoyRecords } from './decoy';
import { entriesSince } from './model';
import { saveFile } from '../../ui/download';

export type { CheckedBackup, ImportMode };

export async function exportBackup(passphrase: string, backupPassphrase: string | undefined, onProgress: OnProgress): Promise<{ name: string; size: number }> {
  const file = await backup.export({ passphrase, backupPassphrase, onProgress });
  const name = backup.fileName();
  saveFile(file, name);
  return { name, size: file.size };
}

/** `localPassphrase`: this vault's, typed again (null only for a restore into a new, empty vault). */
export function checkBackup(file: Blob, passphrase: string, localPassphrase: string | null, onProgress: OnProgress): Promise<CheckedBackup> {
  return backup.check(file, passphrase, localPassphrase, onProgress);
}

/** Applies a checked backup, then locks: every screen's cached data reloads on unlock. */
export async function applyBackup(checked: CheckedBackup, mode: ImportMode, onProgress: OnProgress): Promise<ImportReport> {
  const report = await checked.apply(mode, onProgress);
  vault.lock();
  return report;
}

export async function backupReminder(): Promise<{ lastBackupAt: number | null; newEntries: number }> {
  const { lastBackupAt } = await backup.status();
  const { entries } = await loadJournal();
  return { lastBackupAt, newEntries: entriesSince(entries.map((e) => e.recordedAt), lastBackupAt) };
}

export const duressStatus = () => duress.status();

export async function enableDuress(current: string, passphrase: string, erase: boolean): Promise<void> {
  await duress.enable(current, passphrase, erase, await decoyRecords());
}

export const disableDuress = (current: string) => duress.disable(current);

/** Everything goes, once the passphrase is typed again; the shell hears vault.onErased and returns to the first-run screen. */
export const eraseAllData = (passphrase: string) => vault.eraseAll(passphrase);
