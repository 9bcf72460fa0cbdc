// The disguise apps' only door to the vault. Under duress the open vault is the decoy, so what
// the apps write stays in the decoy: the real vault's loader sets every row the decoy key opens
// aside as the decoy's, and replacing the decoy from Settings replaces these rows with it.
import { blobs, repository, vault } from '../../vault';
import { loadJournal } from '../journal/store';
import { newestFirst, notesFromEntries, type AppNote, type AppPlace } from './model';

const notesRepo = repository<AppNote>('note');
/** Set once the decoy's journal entries have been copied in as notes, so a deleted one stays deleted. */
const seededRepo = repository<{ at: number }>('notes-seeded');
const placesRepo = repository<AppPlace>('weather-place');

export interface StoredNote { id: string; note: AppNote }

let seeding: Promise<void> | null = null;
vault.onLock(() => {
  seeding = null;
});

/** The first time, the decoy's own notes (stored as journal entries, with its photo) become notes. */
function seedFromDecoy(): Promise<void> {
  return (seeding ??= (async () => {
    if ((await seededRepo.list()).length > 0) return;
    const { entries } = await loadJournal();
    const notes = notesFromEntries(entries.map((e) => ({ what: e.current.what, occurredAt: e.current.occurredAt, evidence: e.current.evidence })));
    for (const note of notes) await notesRepo.put(note);
    await seededRepo.put({ at: Date.now() });
  })().catch((error: unknown) => {
    seeding = null;
    throw error;
  }));
}

export async function loadNotes(): Promise<StoredNote[]> {
  await seedFromDecoy();
  return newestFirst((await notesRepo.list()).map(({ id, value }) => ({ id, note: value })));
}

/** A new note (no id) or a changed one: its photo stays with it. */
export async function saveNote(note: AppNote, id?: string): Promise<string> {
  return notesRepo.put(note, id);
}

/** The note and its photo: nothing of it is left in the vault. */
export async function deleteNote({ id, note }: StoredNote): Promise<void> {
  await notesRepo.delete(id);
  if (note.photo) await blobs.delete(note.photo.blobId).catch(() => undefined);
}

export const loadPhoto = (blobId: string) => blobs.get(blobId);

export async function loadPlaces(): Promise<Array<{ id: string; place: AppPlace }>> {
  return (await placesRepo.list()).map(({ id, value }) => ({ id, place: value })).sort((a, b) => a.place.addedAt - b.place.addedAt);
}

export const addPlace = (name: string) => placesRepo.put({ name, addedAt: Date.now() });
export const removePlace = (id: string) => placesRepo.delete(id);
