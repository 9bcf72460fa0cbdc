// The Notes front's notes as stored in the unencrypted prefs: a versioned list, so a note keeps
// its lines whatever they hold, and the old shape (the Settings text as typed) still read as before.
export interface FrontNote { title: string; body: string }

/** The stored shape since issue 21: { v: 2, notes }. Before it, the Settings text itself (v1). */
export const NOTES_VERSION = 2;
export const MAX_NOTES = 50;
/** Characters of all titles and bodies together: prefs are read synchronously on every start. */
export const MAX_NOTES_TEXT = 8000;

/**
 * Notes from the Settings field (and the v1 stored text): an empty line separates notes and a
 * note's first line is its title; text without any empty line is one note per line.
 */
export function parseNotes(text: string): FrontNote[] {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (!clean) return [];
  const blocks = /\n[ \t]*\n/.test(clean) ? clean.split(/\n(?:[ \t]*\n)+/) : clean.split('\n');
  return blocks
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .slice(0, MAX_NOTES)
    .map(([title = '', ...rest]) => ({ title, body: rest.join('\n').trim() }));
}

/** The notes as the Settings field shows them: one block each, an empty line between. */
export const formatNotes = (notes: FrontNote[]) => notes.map((n) => (n.body ? `${n.title}\n${n.body}` : n.title)).join('\n\n');

const size = (notes: FrontNote[]) => notes.reduce((sum, n) => sum + n.title.length + n.body.length, 0);

/** Within the limits: never more notes or text than a start can read at once. */
export const notesFit = (notes: FrontNote[]) => notes.length <= MAX_NOTES && size(notes) <= MAX_NOTES_TEXT;

/** Any stored shape to notes: v1 text, the v2 list, or (in memory) a bare list; anything else, none. */
export function readNotes(raw: unknown): FrontNote[] {
  if (typeof raw === 'string') return parseNotes(raw.slice(0, MAX_NOTES_TEXT));
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? (raw as { notes?: unknown }).notes : null;
  if (!Array.isArray(list)) return [];
  const notes: FrontNote[] = [];
  for (const item of list as Array<Partial<Record<keyof FrontNote, unknown>> | null>) {
    if (!item || typeof item.title !== 'string' || !item.title.trim()) continue;
    const note = { title: item.title, body: typeof item.body === 'string' ? item.body : '' };
    // A list past the limits was not written by this app: keep what fits, in order.
    if (!notesFit([...notes, note])) break;
    notes.push(note);
  }
  return notes;
}

/** What goes into storage. */
export const storedNotes = (notes: FrontNote[]) => ({ v: NOTES_VERSION, notes });
