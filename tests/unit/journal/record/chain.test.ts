// The hash chain: deterministic serialisation, linking, and verify catching each kind of tamper.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  buildEntries, canonicalJson, chainHead, hashVersion, sha256Hex, verifyChain, GENESIS, type VersionRecord,
} from '../../../../src/features/journal/record/chain';
import { chainOf, DAY, incident, T0 } from '../helpers';

async function sample(): Promise<VersionRecord[]> {
  return chainOf([
    { id: 'a', data: incident(T0, 'first') },
    { id: 'b', data: incident(T0 + DAY, 'second', ['text']) },
    { id: 'a', data: incident(T0, 'first, corrected', ['call', 'threats']) },
    { id: 'c', data: incident(T0 + 2 * DAY, 'third') },
  ]);
}

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined, so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ x: 'é"\n', y: null, z: true })).toBe('{"x":"é\\"\\n","y":null,"z":true}');
  });
  it('refuses values JSON cannot represent faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });
  it('hashes with SHA-256 like any other tool', async () => {
    expect(await sha256Hex('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});

describe('chaining', () => {
  it('links each version to the one before, from the genesis value, in save order', async () => {
    const chain = await sample();
    expect(chain.map((r) => r.seq)).toEqual([0, 1, 2, 3]);
    expect(chain[0]!.prev).toBe(GENESIS);
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.prev).toBe(chain[i - 1]!.hash);
    expect(chain.map((r) => `${r.entryId}${r.version}`)).toEqual(['a1', 'b1', 'a2', 'c1']);
    expect(await hashVersion(chain[2]!)).toBe(chain[2]!.hash);
  });

  it('verifies an untouched chain and gives the newest hash as fingerprint', async () => {
    const chain = await sample();
    const result = await verifyChain([...chain].reverse()); // storage order does not matter
    expect(result).toEqual({ ok: true, count: 4, fingerprint: chain[3]!.hash, breaks: [], others: [] });
    expect(await verifyChain([])).toEqual({ ok: true, count: 0, fingerprint: GENESIS, breaks: [], others: [] });
  });
});

describe('verify detects tampering', () => {
  it('an edited field (hash no longer matches)', async () => {
    const chain = await sample();
    chain[1] = { ...chain[1]!, data: { ...chain[1]!.data, what: 'rewritten' } };
    const result = await verifyChain(chain);
    expect(result.ok).toBe(false);
    expect(result.breaks).toEqual([{ seq: 1, entryId: 'b', version: 1, reason: 'hash' }]);
  });

  it('an edited "recorded at" time', async () => {
    const chain = await sample();
    chain[0] = { ...chain[0]!, recordedAt: chain[0]!.recordedAt - DAY };
    expect((await verifyChain(chain)).breaks.map((b) => b.reason)).toEqual(['hash']);
  });

  it('an edit whose hash was recomputed (the next link breaks)', async () => {
    const chain = await sample();
    const forged = { ...chain[1]!, data: { ...chain[1]!.data, what: 'rewritten' } };
    chain[1] = { ...forged, hash: await hashVersion(forged) };
    expect((await verifyChain(chain)).breaks).toEqual([{ seq: 2, entryId: 'a', version: 2, reason: 'link' }]);
  });

  it('a removed amendment (a gap in the sequence and in the versions)', async () => {
    const chain = await sample();
    const result = await verifyChain(chain.filter((r) => r.seq !== 2));
    expect(result.breaks).toEqual([{ seq: 3, entryId: 'c', version: 1, reason: 'gap' }]);
  });

  it('a removed first version of an entry (its amendment has no original)', async () => {
    const chain = await sample();
    const result = await verifyChain(chain.filter((r) => r.seq !== 0));
    expect(result.breaks.map((b) => `${b.seq}:${b.reason}`)).toEqual(['1:gap', '2:version']);
  });

  it('a duplicated version', async () => {
    const chain = await sample();
    const result = await verifyChain([...chain, { ...chain[1]! }]);
    expect(result.breaks.map((b) => `${b.seq}:${b.reason}`)).toContain('1:duplicate');
  });
});

describe('entries and amendments', () => {
  it('groups versions per entry, keeps earlier versions, newest incident first', async () => {
    const entries = buildEntries(await sample());
    expect(entries.map((e) => e.id)).toEqual(['c', 'b', 'a']);
    const a = entries.find((e) => e.id === 'a')!;
    expect(a.versions.map((v) => v.data.what)).toEqual(['first', 'first, corrected']);
    expect(a.current.what).toBe('first, corrected');
    // "Recorded at" stays the first save's time, whatever the amendments.
    expect(a.recordedAt).toBe(a.versions[0]!.recordedAt);
    expect(a.versions[1]!.recordedAt).toBeGreaterThan(a.recordedAt);
  });
});

describe('a journal merged from another vault keeps its own chain', () => {
  it('verifies each chain on its own (never interleaved), and new saves follow this journal\'s chain', async () => {
    const mine = await sample();
    const other = await chainOf([
      { id: 'x', data: incident(T0 - 30 * DAY, 'on the old phone') },
      { id: 'y', data: incident(T0 - 29 * DAY, 'old phone, again') },
    ]);
    // Written earlier, on another device: its seqs (0, 1) collide with ours.
    const merged = [...mine, ...other.map((r) => ({ ...r }))];
    const result = await verifyChain(merged);
    expect(result.ok).toBe(true);
    expect(result.count).toBe(mine.length);
    expect(result.fingerprint).toBe(mine.at(-1)!.hash);
    expect(result.others).toEqual([{ ok: true, count: 2, fingerprint: other.at(-1)!.hash, breaks: [] }]);
    expect(chainHead(merged)).toEqual(mine.at(-1));
    expect(buildEntries(merged)).toHaveLength(5);
    // Tampering inside the merged chain is still caught, and reported as that chain's.
    const forged = merged.map((r) => (r.hash === other[1]!.hash ? { ...r, data: { ...r.data, what: 'changed' } } : r));
    const broken = await verifyChain(forged);
    expect(broken.ok).toBe(false);
    expect(broken.breaks).toEqual([]);
    expect(broken.others[0]!.breaks.map((b) => b.reason)).toEqual(['hash']);
  });

  it('a removed middle version still shows as a break, not as a second clean chain', async () => {
    const mine = await sample();
    const cut = mine.filter((r) => r.seq !== 1);
    const result = await verifyChain(cut);
    expect(result.ok).toBe(false);
    expect([...result.breaks, ...result.others.flatMap((o) => o.breaks)].map((b) => b.reason)).toContain('gap');
  });
});
