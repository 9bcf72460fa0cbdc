// Settings kept in the vault (everything but the disguise prefs, which must be readable locked),
// and the passphrase check that guards both.
import { repository, vault } from '../../vault';
import { readPrefs, writePrefs, type DisguiseId, type Prefs } from '../../exit';
import { normaliseAutoLock, type AutoLockOptions } from './model';

/** Device settings chosen inside a decoy session: shown there, never applied to the device. */
export interface ShownGuards { disguise?: DisguiseId; exitUrl?: string }
interface SettingsRecord { autoLock: AutoLockOptions; shown?: ShownGuards }

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

/** The passphrase typed again before a guard weakens (see ui/PassphraseGate.tsx). */
export const confirmPassphrase = (passphrase: string) => vault.confirm(passphrase);

export async function loadShownGuards(): Promise<ShownGuards> {
  return (await repo.get(ID))?.shown ?? {};
}

/** Inside the decoy: the choice is kept in the decoy's own settings, so its screen reads it back. */
export async function saveShownGuards(change: ShownGuards): Promise<void> {
  const record = await repo.get(ID);
  await repo.put({ autoLock: normaliseAutoLock(record?.autoLock), ...record, shown: { ...record?.shown, ...change } }, ID);
}

/**
 * A guarded choice once the passphrase was given: on the device (a destination kept is then a
 * confirmed one), or inside the decoy (`device` false) in the decoy's own settings only. Answers
 * the prefs as that session's screens show them.
 */
export async function keepGuarded(device: boolean, change: ShownGuards): Promise<Prefs> {
  if (device) return writePrefs(change.exitUrl !== undefined ? { ...change, exitConfirmed: change.exitUrl } : change);
  await saveShownGuards(change);
  return { ...readPrefs(), ...(await loadShownGuards()) };
}

/** A new vault key and everything re-encrypted under it; progress runs from 0 to 1. */
export async function changePassphrase(current: string, next: string, onProgress: (fraction: number) => void): Promise<{ duressTurnedOff: boolean }> {
  return vault.changePassphrase(current, next, (done, total) => onProgress(total ? done / total : 1));
}
