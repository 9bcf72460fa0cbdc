// Encrypted drafts: whatever is being written survives a quick exit, a lock or a crash.
import { repository, vault } from '../../vault';

interface DraftRecord<T = unknown> { key: string; value: T; savedAt: number }

// Ids are random like every record's; the draft's name lives inside the ciphertext.
const repo = repository<DraftRecord>('draft');

/** The newest draft of a key; older copies (two writes racing a crash) are removed. */
async function find(key: string): Promise<{ id: string; value: DraftRecord } | undefined> {
  // A record of another shape is not a draft of this key: skipped, never deleted.
  const copies = (await repo.list())
    .filter((item) => typeof item.value === 'object' && item.value !== null && item.value.key === key)
    .sort((a, b) => (Number(b.value.savedAt) || 0) - (Number(a.value.savedAt) || 0));
  for (const stale of copies.slice(1)) void repo.delete(stale.id).catch(() => undefined);
  return copies[0];
}

export async function loadDraft<T>(key: string): Promise<{ id: string; value: T } | undefined> {
  const found = await find(key);
  return found && { id: found.id, value: found.value.value as T };
}

export async function hasDraft(key: string): Promise<boolean> {
  return (await find(key)) !== undefined;
}

/** `id`: the draft's record; null when it is known there is none yet (no look-up: a locking vault only writes). */
export async function saveDraft<T>(key: string, value: T, id: string | null | undefined): Promise<string> {
  const existing = id === undefined ? (await find(key))?.id : (id ?? undefined);
  return repo.put({ key, value, savedAt: Date.now() }, existing);
}

export async function deleteDraft(key: string): Promise<void> {
  const found = await find(key);
  if (found) await repo.delete(found.id);
}

/** See useAutosave: the forms' last writes as the vault locks. */
export const onLastWrite = (write: () => unknown): (() => void) => vault.onLastWrite(write);
