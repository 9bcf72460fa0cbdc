// The journal's only door to the vault: versions (append-only, chained), the person profile
// and evidence blobs. Decrypted data is cached here and dropped the moment the vault locks.
import { blobs, repository, vault } from '../../vault';
import { deviceZone } from '../../lib/zone';
import { turnTaker } from '../../lib/macrotask';
import { buildEntries, chainHead, makeVersion, sortBySeq, verifyChain, type Entry, type VersionRecord, type VerifyResult } from './record/chain';
import type { LockedItem } from '../../vault';
import { CHANNELS, emptyEntry, normaliseEntry, validateEntry, type EntryData, type EvidenceRef, type FieldError } from './model';
import { makeThumbnail } from './evidence/thumbnail';
import { emptyPerson, readPerson, type Person } from './person/person';
import { nameDamage, referencedIds, type DamagedEvidence } from './evidence/damage';
import { readEntryData, readVersion, unreadableAt, type UnreadableRecord } from './read';

const versionsRepo = repository<VersionRecord>('journal-version');

export interface Journal {
  entries: Entry[];
  /** Time of the first no-contact notice, or null. */
  noticeAt: number | null;
  /** The newest version in the chain (its hash is the journal's fingerprint). */
  last: VersionRecord | undefined;
  /** Records that decrypted but are not journal versions: kept in the vault, left out of views. */
  unreadable: UnreadableRecord[];
  /**
   * Only the newest versions, while the vault still loads older ones after an unlock: a view that
   * needs every entry (search's whole answer, counts, patterns, the report) says so and waits.
   */
  partial?: boolean;
}

/** Versions the first paint after an unlock shows: a screen's worth, and more. */
export const FIRST_VERSIONS = 100;

let records: VersionRecord[] | null = null;
let unreadable: UnreadableRecord[] = [];
// The vault id of each version, so a just-made "Log again" can be taken back (issue 13).
const vaultIds = new WeakMap<VersionRecord, string>();
let snapshot: Journal | null = null;
// Saves run one after another: each link needs the hash of the one before.
let queue: Promise<unknown> = Promise.resolve();
const listeners = new Set<() => void>();

vault.onLock(() => {
  records = null;
  unreadable = [];
  snapshot = null;
  queue = Promise.resolve();
});

/** Every readable version; one of the wrong shape is set aside (never deleted) rather than
 *  breaking every screen that reads the journal. */
async function allRecords(): Promise<VersionRecord[]> {
  if (records) return records;
  const readable: VersionRecord[] = [];
  const setAside: UnreadableRecord[] = [];
  for (const item of await versionsRepo.list()) {
    const version = readVersion(item.value);
    if (!version) {
      setAside.push({ id: item.id, at: unreadableAt(item.value) });
      continue;
    }
    vaultIds.set(version, item.id);
    readable.push(version);
  }
  unreadable = setAside.sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
  records = sortBySeq(readable);
  return records;
}

function noticeTime(entries: Entry[]): number | null {
  let earliest: number | null = null;
  for (const e of entries) {
    if (e.current.kind === 'notice' && (earliest === null || e.current.occurredAt < earliest)) earliest = e.current.occurredAt;
  }
  return earliest;
}

export async function loadJournal(): Promise<Journal> {
  if (snapshot) return snapshot;
  const all = await allRecords();
  const entries = buildEntries(all);
  snapshot = { entries, noticeAt: noticeTime(entries), last: chainHead(all), unreadable };
  return snapshot;
}

/**
 * The journal at once: whole when it is loaded, else built from the newest FIRST_VERSIONS versions
 * (by save order) while the vault opens the older ones (`partial`; loadJournal() waits for them).
 */
export async function firstJournal(): Promise<Journal> {
  if (snapshot) return snapshot;
  const { items, complete } = await versionsRepo.newest(FIRST_VERSIONS);
  if (complete || snapshot) return loadJournal();
  const readable = items.map((item) => readVersion(item.value)).filter((v): v is VersionRecord => v !== null);
  const entries = buildEntries(readable);
  return { entries, noticeAt: noticeTime(entries), last: undefined, unreadable: [], partial: true };
}

/** Called after every change so open views refresh. */
export function onJournalChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export class InvalidEntry extends Error {
  constructor(readonly errors: FieldError[]) {
    super('invalid-entry');
  }
}

function countVersions(all: VersionRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of all) counts.set(r.entryId, Math.max(counts.get(r.entryId) ?? 0, r.version));
  return counts;
}

function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Appends versions in order, all in one vault transaction: an import killed midway writes none of them. */
export function appendMany(items: Array<{ entryId?: string; data: EntryData }>, now = Date.now): Promise<VersionRecord[]> {
  return enqueue(async () => {
    const all = await allRecords();
    const made: VersionRecord[] = [];
    let last = chainHead(all);
    let versionCounts: Map<string, number> | undefined;
    const counts = () => (versionCounts ??= countVersions(all));
    // Asked once per call: each Intl.DateTimeFormat costs about 0.3 ms (3 s of a 10,000-message import).
    let zoneNow: string | undefined;
    // An import's 10,000 versions, hashed one after another, were one 0.8 s task on machine B
    // (bench `import`, importLongTasksMs): a turn is given up every 40 ms, for Quick exit.
    const turn = turnTaker();
    for (const item of items) {
      await turn();
      const data = normaliseEntry(item.data);
      const errors = validateEntry(data, now());
      if (errors.length) throw new InvalidEntry(errors);
      const entryId = item.entryId ?? crypto.randomUUID();
      const previous = counts().get(entryId) ?? 0;
      if (item.entryId && previous === 0) throw new Error('not-found');
      // Issue 23: a new entry keeps the zone it was written in (an import, the zone its file was
      // read in). An amendment keeps what the entry had: a zone added later would be a guess.
      if (previous === 0 && !data.zone) data.zone = data.imported?.zone ?? (zoneNow ??= deviceZone());
      last = await makeVersion(last, entryId, previous + 1, data, now());
      counts().set(entryId, previous + 1);
      made.push(last);
    }
    const ids = made.length === 1 ? [await versionsRepo.put(made[0]!)] : await versionsRepo.writeMany(made);
    made.forEach((r, i) => vaultIds.set(r, ids[i]!));
    records = [...all, ...made];
    snapshot = null;
    for (const listener of listeners) listener();
    return made;
  });
}

/**
 * Removes an imported batch in one action (issue 25): each of its entries gets one more version
 * saying when it was removed, all in one transaction. The chain keeps every version, so the
 * removal itself is in the journal's history and the fingerprint still verifies.
 */
export async function withdrawBatch(batch: string, at = Date.now()): Promise<number> {
  const all = await allRecords();
  const current = new Map<string, VersionRecord>();
  for (const r of all) if ((current.get(r.entryId)?.version ?? 0) < r.version) current.set(r.entryId, r);
  const items: Array<{ entryId: string; data: EntryData }> = [];
  for (const [entryId, r] of current) {
    const data = readEntryData(r.data);
    if (data?.imported?.batch === batch && data.imported.removed === undefined) items.push({ entryId, data: { ...data, imported: { ...data.imported, removed: at } } });
  }
  if (items.length) await appendMany(items);
  return items.length;
}

/** Saves a new entry (no id) or an amendment to an existing one. Returns the entry id. */
export async function saveEntry(data: EntryData, entryId?: string): Promise<string> {
  const [made] = await appendMany([{ entryId, data }]);
  return made!.entryId;
}

/** How long "Undo" is offered after "Log again". */
export const UNDO_MS = 8_000;

/**
 * "Log again": one more contact, the same ways of contact (and SPARC choice), a count of 1.
 * `occurredAt` earlier than now makes a late entry: one first version holding both times, never an amendment.
 */
export async function logAgain(source: EntryData, occurredAt = Date.now()): Promise<string> {
  return saveEntry({ ...emptyEntry(occurredAt), channels: [...source.channels], ...(source.sparc ? { sparc: [...source.sparc] } : {}) });
}

/**
 * Takes back a "Log again" within UNDO_MS, and only while it is the chain's newest link and
 * has never been amended: removing it then leaves a chain that still verifies, and nothing
 * older can be cut out this way.
 */
export function undoLogAgain(entryId: string, now = Date.now): Promise<boolean> {
  return enqueue(async () => {
    const all = await allRecords();
    const last = chainHead(all);
    const id = last && vaultIds.get(last);
    if (!last || !id || last.entryId !== entryId || last.version !== 1 || now() - last.recordedAt > UNDO_MS) return false;
    await versionsRepo.delete(id);
    records = all.filter((r) => r !== last);
    snapshot = null;
    for (const listener of listeners) listener();
    return true;
  });
}

// ---- contacts logged while locked (issue 24) ----

export type { LockedItem };

/** What the lock screen sealed and this unlock opened, oldest first: to accept or discard, one by one. */
export function lockedWaiting(): Promise<LockedItem[]> {
  return vault.lockedEntries();
}

/**
 * Accepts one into the journal: its first version is written with the time it was logged as its
 * "recorded at" (in the hash chain), then it leaves the waiting list.
 */
export async function acceptLocked(item: LockedItem): Promise<string> {
  const data: EntryData = {
    ...emptyEntry(item.occurredAt), channels: CHANNELS.filter((c) => item.channels.includes(c)),
    times: item.times, what: item.what, loggedWhileLocked: true,
  };
  const [made] = await appendMany([{ data }], () => item.at);
  await vault.dropLocked([item.id]);
  return made!.entryId;
}

/** Discards one: nothing of it reaches the journal. */
export function discardLocked(item: LockedItem): Promise<void> {
  return vault.dropLocked([item.id]);
}

export async function getEntry(id: string): Promise<Entry | undefined> {
  return (await loadJournal()).entries.find((e) => e.id === id);
}

export async function verifyJournal(): Promise<VerifyResult> {
  return verifyChain(await allRecords());
}

/** Every readable version, in save order (a fingerprint shared earlier is looked up in them). */
export function journalVersions(): Promise<VersionRecord[]> {
  return allRecords();
}

// ---- evidence ----

/** Stores the original bytes untouched (SHA-256 recorded by the vault) plus a preview. */
/** `ids`: the attachment ids to use (blobs.newId), noted by the caller before anything is stored (an import). */
/** `hold`: stored, but its records written only by commitEvidence (many in one transaction). */
export async function addEvidence(file: File, onProgress?: (fraction: number) => void, ids?: { blob: string; thumb: string }, hold = false): Promise<EvidenceRef> {
  const info = await blobs.put(file, file.name, onProgress, ids?.blob, hold);
  let thumbId: string | undefined;
  const thumb = await makeThumbnail(file).catch(() => null);
  if (thumb) thumbId = (await blobs.put(thumb, 'preview.jpg', undefined, ids?.thumb, hold).catch(() => undefined))?.id;
  return { blobId: info.id, name: info.name, type: info.type, size: info.size, sha256: info.sha256, addedAt: info.addedAt, thumbId };
}

/** Writes the records of evidence added with `hold`, in one transaction. */
export function commitEvidence(refs: EvidenceRef[]): Promise<void> {
  return blobs.commit(refs.flatMap((r) => (r.thumbId ? [r.blobId, r.thumbId] : [r.blobId])));
}

export function evidenceBlob(blobId: string): Promise<Blob> {
  return blobs.get(blobId);
}

/**
 * Where to show or play a piece of evidence from, and how to let it go. `play` (video, audio):
 * streamed from the vault as the player reads and seeks, so a long video is never decrypted whole
 * (issue 16); otherwise, or where no service worker can stream, a decrypted copy in a blob: URL.
 */
export async function evidenceUrl(blobId: string, play = false): Promise<{ url: string; release(): void }> {
  const streamed = play ? await blobs.stream(blobId) : null;
  if (streamed) return { url: streamed, release: () => blobs.forget(streamed) };
  const url = URL.createObjectURL(await blobs.get(blobId));
  return { url, release: () => URL.revokeObjectURL(url) };
}

/** Removes evidence that no saved version refers to (a discarded draft's uploads). */
export async function discardEvidence(refs: EvidenceRef[]): Promise<void> {
  const used = new Set<string>();
  for (const r of await allRecords()) for (const e of readEntryData(r.data)?.evidence ?? []) used.add(e.blobId);
  for (const ref of refs) {
    if (used.has(ref.blobId)) continue;
    await blobs.delete(ref.blobId);
    if (ref.thumbId) await blobs.delete(ref.thumbId);
  }
}

export async function evidenceInfo(blobId: string) {
  return blobs.info(blobId);
}

/**
 * Damaged and unreadable: every attachment the journal points to as the vault's file check found
 * it (waits for the check that unlock started), named by entry and file, and the records that
 * decrypted but are not journal versions. Nothing is changed or deleted.
 */
export async function checkDamage(): Promise<{ files: DamagedEvidence[]; unreadable: UnreadableRecord[] }> {
  const journal = await loadJournal();
  const { person } = await loadPerson();
  const check = await vault.checkFiles(referencedIds(journal.entries, person));
  return { files: nameDamage(journal.entries, person, check.damaged), unreadable: journal.unreadable };
}

// ---- the person profile ----

const personRepo = repository<Person>('journal-person');

export async function loadPerson(): Promise<{ id?: string; person: Person }> {
  const [found] = await personRepo.list();
  return found ? { id: found.id, person: readPerson(found.value) } : { person: emptyPerson() };
}

export async function savePerson(person: Person, id?: string): Promise<string> {
  return personRepo.put({ ...person, updatedAt: Date.now() }, id);
}

/** The passphrase typed again before the record leaves (packet, report, CSV): checked in the vault. */
export const confirmPassphrase = (passphrase: string) => vault.confirm(passphrase);
