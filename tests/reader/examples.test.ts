// The worked examples of docs/FORMAT.md, computed again from the checked-in fixtures by the
// independent reader: the spec's numbers are real bytes, and stay so. Change one there, change it here.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { canonical, journalFingerprint, openBackup, openVault, ready, recordFingerprint, reviveDump, sha256, versionHash } from './reader';

const text = readFileSync('tests/fixtures/v1-vault.json', 'utf8');
const fixture = JSON.parse(text) as { passphrase: string };
const file = new Uint8Array(readFileSync('tests/fixtures/v1.backup'));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);

beforeAll(ready);

describe('docs/FORMAT.md worked examples, from tests/fixtures', () => {
  it('§1.5 (point 1): a chunk\'s AD names its index in decimal, its row id in six digits', () => {
    expect(hex(utf8('daybook/v2/b/f106cX8-IJrSRO903vn12Q/1/end'))).toBe('646179626f6f6b2f76322f622f663130366358382d494a7253524f393033766e3132512f312f656e64');
  });

  it('§2 (points 2, 3, 4, 6, 7): the v1 backup, byte by byte', () => {
    expect(hex(file.subarray(0, 16))).toBe('894e424b0d0a1a0a00010000000000e5');
    const header = JSON.parse(Buffer.from(file.subarray(16, 16 + 229)).toString()) as { id: string };
    expect(header.id).toBe('ghZkfBsHjXznxLRwAt3QBQ');
    const id = new Uint8Array(Buffer.from(header.id, 'base64url'));
    expect(hex(id)).toBe('8216647c1b078d7ce7c4b47002ddd005');
    expect(hex(Buffer.concat([file.subarray(0, 10), id, utf8('key')]))).toBe('894e424b0d0a1a0a00018216647c1b078d7ce7c4b47002ddd0056b6579');
    expect(hex(Buffer.concat([file.subarray(0, 10), id, Uint8Array.of(0, 0, 0, 2, 2)]))).toBe('894e424b0d0a1a0a00018216647c1b078d7ce7c4b47002ddd0050000000202');
    expect(hex(file.subarray(245, 261))).toBe('87e15650f1f9e8295c3a3895d42ccf44');
    expect(hex(file.subarray(261, 266))).toBe('0010001001');
    const b = openBackup(file, fixture.passphrase);
    expect(b).toMatchObject({ version: 1, frames: 2, mac: 'becf9b5bd47b31acfacc61ae35a8b3caec40e7984ba708787887f6e092fbe7f9', types: [1, 2, 6, 6, 4, 4, 4, 4, 4, 4, 5] });
    expect(b.meta).toEqual({ createdAt: 1796128028240, records: 6, blobs: 1, bytes: 1148576 });
    expect(b.end).toEqual({ records: 6, blobs: 1, chunks: 2, bytes: 1150830 });
    expect(b.records.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0)).toBe(2254);
    expect(file.length).toBe(2097804);
  });

  it('§1.1 (point 5): the passphrase is NFC-normalised before its UTF-8 bytes are stretched', () => {
    expect(hex(utf8('cafe\u0301'))).toBe('63616665cc81');
    expect(hex(utf8('cafe\u0301'.normalize('NFC')))).toBe('636166c3a9');
  });

  it('§1.3 (point 8): the real vault\'s _decoy record', () => {
    const vault = openVault(reviveDump(text), fixture.passphrase);
    expect(vault.records.find((r) => r.k === '_decoy')?.d).toEqual({ key: 'cPBmP1Mgg6xTPWH3iStZMhHB7xIxrEXo5T_o-xNnth0', erase: false });
  });

  it('§4 (point 9): the journal chain and both fingerprints', () => {
    const vault = openVault(reviveDump(text), fixture.passphrase);
    const versions = vault.records.filter((r) => r.k === 'journal-version').map((r) => r.d as Parameters<typeof versionHash>[0]).sort((a, b) => a.seq - b.seq);
    const first = versions[0]!;
    const body = canonical({ chain: first.chain, seq: first.seq, entryId: first.entryId, version: first.version, recordedAt: first.recordedAt, prev: first.prev, data: first.data });
    expect(body.startsWith('{"chain":1,"data":{"channels":["call"],"children":"unknown","evidence":[],"exactWords":"Pick up.",')).toBe(true);
    expect(body.endsWith('},"entryId":"entry-0","prev":"0000000000000000000000000000000000000000000000000000000000000000","recordedAt":1793610060000,"seq":0,"version":1}')).toBe(true);
    expect(sha256(body)).toBe('c30c5488c6973c5d83a263eded44ca65c3ff0acc1bb6aa275b2e253f62c466e7');
    expect(versions.map((v) => v.hash)).toEqual([
      'c30c5488c6973c5d83a263eded44ca65c3ff0acc1bb6aa275b2e253f62c466e7',
      'e1706681c6c30d24e97cdcf535c80ac6c47801e44505038f2a36cecf5d51f9ed',
      'c80fa18a4b504c6c7a20af335da41ee73a8518a7a28bd6d9e2271226f2e8c8fa',
    ]);
    expect(journalFingerprint(vault.records).fingerprint).toBe('c80fa18a4b504c6c7a20af335da41ee73a8518a7a28bd6d9e2271226f2e8c8fa');
    const plan = vault.records.find((r) => r.k === 'plan')!.d;
    expect(sha256(canonical(plan))).toBe('86707fd460a45c61b7f92b374670080adfdd5ac23664a7606428b55559769919');
    expect(canonical({ v: 2, journal: 'c80fa18a4b504c6c7a20af335da41ee73a8518a7a28bd6d9e2271226f2e8c8fa', letters: [], plan: ['86707fd460a45c61b7f92b374670080adfdd5ac23664a7606428b55559769919'], person: [], attachments: ['d4ff550f6a374a6308864d7038fce15c42f810c980b32e445583d861726bb345'] }))
      .toBe('{"attachments":["d4ff550f6a374a6308864d7038fce15c42f810c980b32e445583d861726bb345"],"journal":"c80fa18a4b504c6c7a20af335da41ee73a8518a7a28bd6d9e2271226f2e8c8fa","letters":[],"person":[],"plan":["86707fd460a45c61b7f92b374670080adfdd5ac23664a7606428b55559769919"],"v":2}');
    expect(recordFingerprint(vault.records)).toBe('2-5eaf9510cc385b1a02cac80805ece82c0ef477714738827c6a08e483f47e254c');
  });
});
