// Damaged files named the way the person knows them: the vault reports attachment ids, the
// journal knows which entry holds which file (and which preview belongs to which). Pure.
import type { Entry } from '../record/chain';
import type { Person } from '../person/person';

export type DamageProblem = 'missing' | 'damaged' | 'no-record';
export interface DamagedId { id: string; problem: DamageProblem; name?: string; sha256?: string }

export interface DamagedEvidence {
  blobId: string;
  problem: DamageProblem;
  /** The file's name as recorded; for a preview, the name of the file it shows. */
  name: string;
  /** The SHA-256 recorded when the file was added (null when no record says). */
  sha256: string | null;
  /** The entry it is attached to (its time), or null when no entry holds it. */
  entryAt: number | null;
  entryId: string | null;
  /** Only the small preview is damaged; the original is not. */
  preview: boolean;
}

/** Every attachment id the journal points to (originals, previews, the person's photo). */
export function referencedIds(entries: Entry[], person: Person | null): string[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const ref of entry.current.evidence) {
      ids.add(ref.blobId);
      if (ref.thumbId) ids.add(ref.thumbId);
    }
  }
  if (person?.photo) ids.add(person.photo.blobId);
  return [...ids];
}

/** Names each damaged id by its entry and file; ids the journal does not hold keep the vault's name. */
export function nameDamage(entries: Entry[], person: Person | null, damaged: DamagedId[]): DamagedEvidence[] {
  const where = new Map<string, Omit<DamagedEvidence, 'problem'>>();
  for (const entry of entries) {
    for (const ref of entry.current.evidence) {
      const base = { name: ref.name, entryAt: entry.current.occurredAt, entryId: entry.id };
      where.set(ref.blobId, { ...base, blobId: ref.blobId, sha256: ref.sha256, preview: false });
      if (ref.thumbId && !where.has(ref.thumbId)) where.set(ref.thumbId, { ...base, blobId: ref.thumbId, sha256: null, preview: true });
    }
  }
  const photo = person?.photo;
  if (photo && !where.has(photo.blobId)) where.set(photo.blobId, { blobId: photo.blobId, name: '', sha256: photo.sha256, entryAt: null, entryId: null, preview: false });
  return damaged.map((d) => {
    const known = where.get(d.id);
    if (known) return { ...known, problem: d.problem, sha256: known.sha256 ?? (known.preview ? null : d.sha256 ?? null) };
    return { blobId: d.id, problem: d.problem, name: d.name ?? '', sha256: d.sha256 ?? null, entryAt: null, entryId: null, preview: false };
  });
}
