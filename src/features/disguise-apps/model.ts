// The disguise apps' pure logic (unit-tested): a note from what was typed, the decoy's journal
// entries as notes, and the weather app's list of places.

/** A note as the notes app keeps it (record kind "note", in whichever vault is open: the decoy). */
export interface AppNote {
  title: string;
  body: string;
  /** When it was written or last changed (newest first in the list). */
  at: number;
  /** An ordinary photo already in the vault (the decoy's), shown with the note. */
  photo?: { blobId: string; type: string };
}

/** The first line that has text is the title, the rest the body: as a phone's notes app does. */
export function noteFromText(text: string): { title: string; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim());
  if (first < 0) return { title: '', body: '' };
  return { title: lines[first]!.trim(), body: lines.slice(first + 1).join('\n').trim() };
}

/** What the editor shows for a note: its text as typed, title first. */
export const noteText = (note: { title: string; body: string }) => (note.body ? `${note.title}\n${note.body}` : note.title);

/** A journal entry's few fields the notes app reads (the decoy is seeded as journal entries). */
export interface EntryLike {
  what: string;
  occurredAt: number;
  evidence: Array<{ blobId: string; type: string }>;
}

/** The decoy's entries as notes: its text, its time, and its first photo. Entries with no text are left out. */
export function notesFromEntries(entries: EntryLike[]): AppNote[] {
  return entries.flatMap((entry) => {
    const { title, body } = noteFromText(entry.what);
    if (!title) return [];
    const image = entry.evidence.find((e) => e.type.startsWith('image/'));
    return [{ title, body, at: entry.occurredAt, ...(image ? { photo: { blobId: image.blobId, type: image.type } } : {}) }];
  });
}

/** Newest first, as notes apps list them. */
export const newestFirst = <T extends { note: AppNote }>(list: T[]) => [...list].sort((a, b) => b.note.at - a.note.at);

/** A place the weather app keeps (record kind "weather-place"). */
export interface AppPlace { name: string; addedAt: number }

export const MAX_PLACE_NAME = 80;
export const MAX_PLACES = 20;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase();

/** A place name as typed, tidied; '' when there is nothing to add. */
export const cleanPlace = (typed: string) => typed.replace(/\s+/g, ' ').trim().slice(0, MAX_PLACE_NAME);

/** The same place typed again ("lyon" for "Lyon") is the one already listed. */
export const samePlace = (a: string, b: string) => fold(a) === fold(b);
