// Settings kept in the vault (everything but the disguise prefs, which must be readable locked).
import { repository, vault } from '../../vault';
import { normaliseAutoLock, type AutoLockOptions } from './model';

interface SettingsRecord { autoLock: AutoLockOptions }

const repo = repository<SettingsRecord>('settings');
const ID = 'settings';

export async function loadAutoLockOptions(): Promise<AutoLockOptions> {
  const record = await repo.get(ID);
  return normaliseAutoLock(record?.autoLock);
}

export async function saveAutoLockOptions(autoLock: AutoLockOptions): Promise<void> {
  const record = await repo.get(ID);
  await repo.put({ ...record, autoLock }, ID);
}

/** A new vault key and everything re-encrypted under it; progress runs from 0 to 1. */
export async function changePassphrase(current: string, next: string, onProgress: (fraction: number) => void): Promise<{ duressTurnedOff: boolean }> {
  return vault.changePassphrase(current, next, (done, total) => onProgress(total ? done / total : 1));
}
