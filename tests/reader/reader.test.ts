// The independent reader (tests/reader/reader.ts, written from docs/FORMAT.md) opens the
// checked-in fixtures written by earlier versions: the v1 vault dump with both passphrases, and
// the v1 backup, and computes the same fingerprints from each. Nothing here imports src/.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkIndex, journalFingerprint, openBackup, openVault, readAttachment, ready, recordFingerprint, reviveDump, sha256, type BlobMeta } from './reader';

const fixtureText = readFileSync('tests/fixtures/v1-vault.json', 'utf8');
const fixture = JSON.parse(fixtureText) as { passphrase: string; duress: string; photoSha256: string };
const dump = reviveDump(fixtureText);

beforeAll(ready);

describe('the independent reader', () => {
  it('opens the v1 vault dump: every real row, the photo byte for byte, an intact journal chain', () => {
    const vault = openVault(dump, fixture.passphrase);
    expect(vault).toMatchObject({ version: 1, slot: 0 });
    const kinds = vault.records.map((r) => r.k);
    expect(kinds.filter((k) => k === 'journal-version')).toHaveLength(3);
    // The rows the real key does not open are exactly the decoy's, which the duress passphrase opens.
    const decoy = openVault(dump, fixture.duress);
    expect(decoy.slot).toBe(1);
    expect(vault.unopened.sort()).toEqual(decoy.records.map((r) => r.rowId).sort());
    const [blob] = vault.records.filter((r) => r.k === '_blob');
    expect(sha256(readAttachment(dump, vault, blob!.d as BlobMeta))).toBe(fixture.photoSha256);
    expect(journalFingerprint(vault.records)).toMatchObject({ versions: 3, intact: true });
  });

  it('opens the v1 backup: counts agree, the photo is whole, and it holds the same record as the vault', () => {
    const backup = openBackup(new Uint8Array(readFileSync('tests/fixtures/v1.backup')), fixture.passphrase);
    expect(backup.version).toBe(1);
    expect(backup.meta).toMatchObject({ records: backup.records.length, blobs: backup.blobs.length });
    expect(backup.meta.bytes).toBe(backup.blobs.reduce((n, b) => n + b.meta.size, 0));
    // end.bytes: every chunk's original bytes plus every record item's JSON payload.
    const recordBytes = backup.records.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0);
    expect(backup.end.bytes).toBe(backup.blobs.reduce((n, b) => n + b.bytes.length, 0) + recordBytes);
    expect(backup.blobs.map((b) => sha256(b.bytes))).toEqual([fixture.photoSha256]);
    const vault = openVault(dump, fixture.passphrase);
    expect(journalFingerprint(backup.records).fingerprint).toBe(journalFingerprint(vault.records).fingerprint);
    expect(recordFingerprint(backup.records.concat(backup.blobs.map((b) => ({ id: b.meta.id, k: '_blob', d: b.meta }))))).toBe(recordFingerprint(vault.records));
  });

  it('refuses a wrong passphrase and a backup with one byte changed', () => {
    expect(() => openVault(dump, 'not the passphrase')).toThrow('wrong passphrase');
    const file = new Uint8Array(readFileSync('tests/fixtures/v1.backup'));
    file[file.length - 300]! ^= 1;
    expect(() => openBackup(file, fixture.passphrase)).toThrow();
  });

  const clean = { missing: {}, rolledBack: {}, unlisted: {}, indexDamaged: false };
  const v2Text = readFileSync('tests/fixtures/v2-vault.json', 'utf8');
  const v3Text = readFileSync('tests/fixtures/v3-vault.json', 'utf8');
  const v3Fixture = JSON.parse(v3Text) as { passphrase: string; duress: string; photoSha256: string; records: number };

  it('opens the v2 vault dump (written by the v2 code) and finds its index (no log) clean', () => {
    const vault = openVault(reviveDump(v2Text), fixture.passphrase);
    expect(vault).toMatchObject({ version: 2, slot: 0 });
    expect(checkIndex(vault)).toEqual(clean);
    expect(vault.records.filter((r) => r.k === '_shard')).toHaveLength(32);
  });

  it('opens the v3 vault dump: the index with its log, every record, the photo, the decoy', () => {
    const v3 = reviveDump(v3Text);
    const vault = openVault(v3, v3Fixture.passphrase);
    expect(vault).toMatchObject({ version: 3, slot: 0 });
    expect(checkIndex(vault)).toEqual(clean);
    expect(vault.records.filter((r) => r.k === 'bench-note')).toHaveLength(v3Fixture.records);
    // Some notes are listed in no shard yet, only in the log (written since its last fold).
    const inShards = new Set(vault.records.filter((r) => r.k === '_shard').flatMap((r) => (r.d as { e: Array<[string]> }).e.map(([id]) => id)));
    expect(vault.records.filter((r) => r.k === 'bench-note' && !inShards.has(r.rowId)).length).toBeGreaterThan(0);
    const [blob] = vault.records.filter((r) => r.k === '_blob');
    expect(sha256(readAttachment(v3, vault, blob!.d as BlobMeta))).toBe(v3Fixture.photoSha256);
    const decoy = openVault(v3, v3Fixture.duress);
    expect(vault.unopened.sort()).toEqual(decoy.records.map((r) => r.rowId).sort());
  });

  it('finds what was cut from a v3 dump: a record only the log lists, and a log row', () => {
    const v3 = reviveDump(v3Text);
    const vault = openVault(v3, v3Fixture.passphrase);
    const inShards = new Set(vault.records.filter((r) => r.k === '_shard').flatMap((r) => (r.d as { e: Array<[string]> }).e.map(([id]) => id)));
    const onlyInLog = vault.records.find((r) => r.k === 'bench-note' && !inShards.has(r.rowId))!;
    const cut = openVault({ ...v3, r: v3.r.filter((row) => row.id !== onlyInLog.rowId) }, v3Fixture.passphrase);
    expect(checkIndex(cut)).toEqual({ ...clean, missing: { 'bench-note': 1 } });
    const logRow = vault.records.find((r) => r.k === '_log' && (r.d as { e: unknown[] }).e.length > 0)!;
    const noLog = openVault({ ...v3, r: v3.r.filter((row) => row.id !== logRow.rowId) }, v3Fixture.passphrase);
    expect(checkIndex(noLog).indexDamaged).toBe(true);
  });

  it('imports nothing from src/ (a second implementation, not a copy)', () => {
    for (const name of readdirSync('tests/reader')) {
      const source = readFileSync(join('tests/reader', name), 'utf8');
      for (const [, from] of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        expect(from, `${name} imports ${from}`).not.toMatch(/(^|\/)src(\/|$)|^\.\.\//);
      }
    }
  });
});
