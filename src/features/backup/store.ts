// The backup feature's only door to the vault: export to a file, check and import a file,
// the reminder's numbers, the duress passphrase and erasing everything.
import { backup, duress, repository, vault, type CheckedBackup, type DamagedFile, type DecoyFile, type ImportMode, type ImportReport, type OnProgress } from '../../vault';
import { nameDamage, type DamagedEvidence } from '../journal/evidence/damage';
import type { EvidenceRef } from '../journal/model';
import { loadJournal, loadPerson } from '../journal/store';
import { decoyRecords, decoyTexts } from './decoy';
import { entriesSince, keepDecoyTimes } from './model';
import { randomToken } from '../../lib/random-id';

export type { CheckedBackup, ImportMode };

/**
 * The encrypted file under its neutral name; the view hands it over (ui/ShareNow: a phone needs a
 * second tap to share it). Where the browser can, its bytes stay on disk (the vault wrote them
 * there) and are read only as they are shared or downloaded: renaming wraps them, copies nothing.
 */
export async function exportBackup(passphrase: string, backupPassphrase: string | undefined, onProgress: OnProgress): Promise<{ file: File; skipped: DamagedEvidence[] }> {
  let damaged: DamagedFile[] = [];
  const blob = await backup.export({ passphrase, backupPassphrase, onProgress, onSkipped: (files) => (damaged = files) });
  // Left out because they are damaged on this device: named by the entry that holds them.
  const skipped = damaged.length ? nameDamage((await loadJournal()).entries, (await loadPerson()).person, damaged) : [];
  return { file: new File([blob], backup.fileName(), { type: blob.type || 'application/octet-stream' }), skipped };
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

/** The decoy as the person wrote it, kept (encrypted, in the real vault) so it can be edited
 *  later with the same dates: they are chosen once, when a note is first added. */
export interface DecoyDraft { notes: string; times: number[] }
const drafts = repository<DecoyDraft>('decoy-draft');

export async function loadDecoyDraft(): Promise<{ id?: string; draft?: DecoyDraft }> {
  const [first] = await drafts.list();
  return first ? { id: first.id, draft: first.value } : {};
}

export interface DecoyInput {
  /** The notes, in the Notes front's format (an empty line between notes). */
  notes: string;
  /** An ordinary photo for the decoy; only when decoyPhotosSupported (see below). */
  photo?: Blob | null;
}

/** A photo can go into the decoy: the vault seals it under the decoy's key with an id chosen here. */
export const decoyPhotosSupported = true;

/** The decoy photo as an attachment (its id random, like every attachment id) and the evidence that refers to it. */
async function decoyPhoto(photo: Blob): Promise<{ file: DecoyFile; ref: EvidenceRef }> {
  const bytes = new Uint8Array(await photo.arrayBuffer());
  const id = randomToken();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  const name = photo instanceof File ? photo.name : 'photo.jpg';
  const type = photo.type || 'image/jpeg';
  return { file: { id, type, name, bytes }, ref: { blobId: id, name, type, size: bytes.length, sha256, addedAt: 0 } };
}

export async function enableDuress(current: string, passphrase: string, erase: boolean, decoy: DecoyInput, now = Date.now(), random = Math.random): Promise<void> {
  const texts = decoyTexts(decoy.notes);
  if (texts.length === 0) throw Object.assign(new Error('decoy-empty'), { code: 'decoy-empty' });
  if (decoy.photo && !decoyPhotosSupported) throw Object.assign(new Error('decoy-photo'), { code: 'decoy-photo' });
  const saved = await loadDecoyDraft();
  const times = keepDecoyTimes(saved.draft?.times ?? [], texts.length, now, random);
  const photo = decoy.photo ? await decoyPhoto(decoy.photo) : null;
  await duress.enable(current, passphrase, erase, await decoyRecords(texts, times, photo?.ref), photo ? [photo.file] : []);
  await drafts.put({ notes: decoy.notes, times }, saved.id);
}

export const disableDuress = (current: string) => duress.disable(current);

/** Everything goes, once the passphrase is typed again; the shell hears vault.onErased and returns to the first-run screen. */
export const eraseAllData = (passphrase: string) => vault.eraseAll(passphrase);
