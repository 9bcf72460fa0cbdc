// Reading stored journal records: whatever decrypted (an older version, a damaged or forged
// field) becomes a complete entry the views can rely on, or is set aside as unreadable. Stored
// versions are hash-chained and never rewritten, so this shapes a copy for the views only.
import { CHANNELS, SPARC, emptyEntry, type EntryData, type EvidenceRef, type ImportedFrom, type VersionRecord, type Witness } from './model';
import { isZone } from '../../lib/zone';

/** A stored version that decrypted but is not a journal version: kept, shown, never deleted. */
export interface UnreadableRecord {
  /** The vault id of the record. */
  id: string;
  /** When it happened or was written, if the record still says. */
  at: number | null;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const SHA256_HEX = /^[0-9a-f]{64}$/;

function readEvidence(raw: unknown): EvidenceRef[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e): EvidenceRef[] => {
    // Without an id or a valid fingerprint there is nothing to show, check or hand over.
    if (!isObject(e) || typeof e.blobId !== 'string' || !e.blobId || typeof e.sha256 !== 'string' || !SHA256_HEX.test(e.sha256)) return [];
    const ref: EvidenceRef = {
      blobId: e.blobId, name: str(e.name) || 'file', type: str(e.type) || 'application/octet-stream',
      size: finite(e.size) ?? 0, sha256: e.sha256, addedAt: finite(e.addedAt) ?? 0,
    };
    if (typeof e.thumbId === 'string' && e.thumbId) ref.thumbId = e.thumbId;
    if (finite(e.takenAt) !== null) ref.takenAt = e.takenAt as number;
    if (e.takenFrom === 'exif' || e.takenFrom === 'modified') ref.takenFrom = e.takenFrom;
    return [ref];
  });
}

/** An imported entry's source (issue 25); records saved before it, or a broken one, have none. */
function readImported(raw: unknown): ImportedFrom | undefined {
  if (!isObject(raw) || typeof raw.batch !== 'string' || !raw.batch || typeof raw.sha256 !== 'string' || !SHA256_HEX.test(raw.sha256)) return undefined;
  const nums = Array.isArray(raw.positions) ? raw.positions.filter((n): n is number => Number.isInteger(n) && (n as number) > 0) : [];
  const out: ImportedFrom = {
    batch: raw.batch, file: str(raw.file), sha256: raw.sha256, unit: raw.unit === 'line' ? 'line' : 'record', positions: nums,
    keys: Array.isArray(raw.keys) ? raw.keys.filter((k): k is string => typeof k === 'string') : [],
  };
  if (typeof raw.zone === 'string' && raw.zone) out.zone = raw.zone;
  if (finite(raw.removed) !== null) out.removed = raw.removed as number;
  return out;
}

/**
 * A complete EntryData from stored data, every field of the right type (missing ones as a new
 * entry has them: records saved before a field existed read this way too). null when even the
 * kind or the time is not there: such a record cannot be placed in the journal.
 */
export function readEntryData(raw: unknown): EntryData | null {
  if (!isObject(raw)) return null;
  const occurredAt = finite(raw.occurredAt);
  if (occurredAt === null || (raw.kind !== 'incident' && raw.kind !== 'notice')) return null;
  const base = emptyEntry(occurredAt);
  const police = isObject(raw.police) ? raw.police : {};
  const channels = Array.isArray(raw.channels) ? raw.channels : [];
  const witnesses = Array.isArray(raw.witnesses) ? raw.witnesses.filter(isObject).map((w): Witness => ({ name: str(w.name), contact: str(w.contact) })) : [];
  const data: EntryData = {
    ...base, kind: raw.kind, occurredAt,
    channels: CHANNELS.filter((c) => channels.includes(c)),
    what: str(raw.what), exactWords: str(raw.exactWords), where: str(raw.where), witnesses,
    children: raw.children === 'yes' || raw.children === 'no' ? raw.children : 'unknown',
    weaponOrVehicle: str(raw.weaponOrVehicle),
    police: { contacted: police.contacted === true, officer: str(police.officer), badge: str(police.badge), reportNumber: str(police.reportNumber) },
    otherReports: str(raw.otherReports), impact: str(raw.impact), evidence: readEvidence(raw.evidence),
    times: Number.isInteger(raw.times) && (raw.times as number) >= 1 ? (raw.times as number) : 1,
  };
  if (isObject(raw.notice)) data.notice = { channel: str(raw.notice.channel), letterId: str(raw.notice.letterId), title: str(raw.notice.title) };
  const until = finite(raw.until);
  if (until !== null && until >= occurredAt) data.until = until;
  if (raw.loggedWhileLocked === true) data.loggedWhileLocked = true;
  if (isZone(raw.zone)) data.zone = raw.zone;
  if (typeof raw.wordsTranslation === 'string' && raw.wordsTranslation) data.wordsTranslation = raw.wordsTranslation;
  const imported = readImported(raw.imported);
  if (imported) data.imported = imported;
  if (Array.isArray(raw.sparc)) data.sparc = SPARC.filter((k) => (raw.sparc as unknown[]).includes(k));
  return data;
}

/** A stored version whose chain fields are all there; its data as stored (it is hashed as is). */
export function readVersion(raw: unknown): VersionRecord | null {
  if (!isObject(raw)) return null;
  const { chain, seq, entryId, version, recordedAt, prev, hash, data } = raw;
  if (typeof chain !== 'number' || !Number.isInteger(seq) || (seq as number) < 0 || typeof entryId !== 'string' || !entryId
    || !Number.isInteger(version) || (version as number) < 1 || finite(recordedAt) === null
    || typeof prev !== 'string' || typeof hash !== 'string' || !readEntryData(data)) return null;
  return raw as unknown as VersionRecord;
}

/** What date an unreadable record still gives: when it happened, else when it was written. */
export function unreadableAt(raw: unknown): number | null {
  if (!isObject(raw)) return null;
  const data = isObject(raw.data) ? raw.data : {};
  return finite(data.occurredAt) ?? finite(raw.recordedAt);
}
