// Encrypted drafts: whatever is being written survives a quick exit, a lock or a crash.
import { repository } from '../../vault';

interface DraftRecord<T = unknown> { key: string; value: T; savedAt: number }

// Ids are random like every record's; the draft's name lives inside the ciphertext.
const repo = repository<DraftRecord>('draft');

async function find(key: string): Promise<{ id: string; value: DraftRecord } | undefined> {
  return (await repo.list()).find((item) => item.value.key === key);
}

export async function loadDraft<T>(key: string): Promise<{ id: string; value: T } | undefined> {
  const found = await find(key);
  return found && { id: found.id, value: found.value.value as T };
}

export async function saveDraft<T>(key: string, value: T, id?: string): Promise<string> {
  const existing = id ?? (await find(key))?.id;
  return repo.put({ key, value, savedAt: Date.now() }, existing);
}

export async function deleteDraft(key: string): Promise<void> {
  const found = await find(key);
  if (found) await repo.delete(found.id);
}
