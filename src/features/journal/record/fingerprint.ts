// The record's fingerprint. Version 2 ("2-" and 64 hex digits) covers the journal chain's head,
// every letter, the plan, the person profile and every attachment's SHA-256; version 1 (64 hex
// digits, the journal chain's head alone) is what was shared before, and is still recognised.
// Both are specified in docs/FORMAT.md §4, and recomputed by the independent reader in tests/reader.
import { canonicalJson, GENESIS, sha256Hex, type VersionRecord } from './chain';

export const FINGERPRINT_V2 = '2-';
/** The record kinds the version 2 fingerprint covers, besides the journal chain. */
export const COVERED_KINDS = { letters: 'letter', plan: 'plan', person: 'journal-person' } as const;

/** What a version 2 fingerprint is computed from: each list sorted, so storage order never matters. */
export interface FingerprintParts {
  /** The version 1 fingerprint: the hash of the newest version of the journal's own chain (64 zeros when empty). */
  journal: string;
  /** SHA-256 of each letter record's canonical JSON. */
  letters: string[];
  plan: string[];
  person: string[];
  /** The SHA-256 of every attachment's original bytes, as recorded when it was added. */
  attachments: string[];
}

/** SHA-256 (hex) of a record's canonical JSON. */
export const recordDigest = (value: unknown): Promise<string> => sha256Hex(canonicalJson(value));

export function sortParts(parts: FingerprintParts): FingerprintParts {
  const sorted = (list: string[]) => [...list].sort();
  return { journal: parts.journal, letters: sorted(parts.letters), plan: sorted(parts.plan), person: sorted(parts.person), attachments: sorted(parts.attachments) };
}

/** "2-" + SHA-256 of canonicalJson({ v: 2, journal, letters, plan, person, attachments }). */
export async function fingerprintV2(parts: FingerprintParts): Promise<string> {
  return FINGERPRINT_V2 + await sha256Hex(canonicalJson({ v: 2, ...sortParts(parts) }));
}

/** Which version a pasted fingerprint is, or null for text that is neither. */
export function fingerprintVersion(text: string): 1 | 2 | null {
  const value = text.trim().toLowerCase();
  if (/^2-[0-9a-f]{64}$/.test(value)) return 2;
  return /^[0-9a-f]{64}$/.test(value) ? 1 : null;
}

/**
 * Where a version 1 fingerprint (a journal chain head shared earlier) stands in the journal now:
 * the version it names, if it is still there. A chain that verifies and still holds it means
 * nothing saved up to that version was changed or removed since.
 */
export function findJournalFingerprint(records: VersionRecord[], fingerprint: string): VersionRecord | undefined {
  const value = fingerprint.trim().toLowerCase();
  if (value === GENESIS) return undefined;
  return records.find((r) => r.hash === value);
}
