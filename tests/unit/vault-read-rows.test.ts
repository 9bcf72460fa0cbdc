// Reading every record row in bulk (worker/read-rows.ts): with one cursor, or one per part of the
// ids, each row handed over exactly once in chunks of at most the size asked, whatever its id.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openVaultDb, type Db } from '../../src/vault/worker/db';
import { STORE, type SealedRecord } from '../../src/vault/format';
import { SPLIT_AT, allRows, rowChunks } from '../../src/vault/worker/read-rows';

let counter = 0;
const row = (id: string): SealedRecord => ({ id, v: 3, nonce: new Uint8Array(24), ct: new Uint8Array([id.length]) });

/** A store of row ids spread as random ones are (the URL-safe base64 of a hash of their number,
 *  the same on every run) and the ids at every edge: the split point itself, just below it, the
 *  first and last characters, a v1 vault's fixed ids, an import's staging rows. */
async function store(count: number): Promise<{ db: Db; ids: string[] }> {
  const db = await openVaultDb(`read-rows-${counter++}`);
  const ids = new Set(['V', 'U_', 'Uzzzz', 'V-', '-', '_', 'zzzz', 'settings', '~staged.1', '0']);
  for (let i = 0; ids.size < count; i++) ids.add(createHash('sha256').update(String(i)).digest('base64url').slice(0, 22));
  const tx = db.transaction(STORE.records, 'readwrite');
  for (const id of ids) void tx.store.put(row(id));
  await tx.done;
  return { db, ids: [...ids].sort() };
}

async function drain(reading: ReturnType<typeof rowChunks>): Promise<SealedRecord[][]> {
  const chunks: SealedRecord[][] = [];
  for (let chunk = await reading.next(); chunk; chunk = await reading.next()) chunks.push(chunk);
  return chunks;
}

describe('reading every row', () => {
  it('in parts split at the middle of the id alphabet: each row once, chunks at most the size asked', async () => {
    const { db, ids } = await store(1234);
    const reading = rowChunks(db, 100, true);
    expect(reading.split).toBe(true);
    const chunks = await drain(reading);
    expect(chunks.every((c) => c.length > 0 && c.length <= 100)).toBe(true);
    const got = chunks.flat().map((r) => r.id);
    expect(got).toHaveLength(ids.length);
    expect([...got].sort()).toEqual(ids);
    // Each part's own chunks come in key order, and the parts meet at the split point.
    const below = chunks.filter((c) => c[0]!.id < SPLIT_AT[0]!);
    expect(below.length).toBeGreaterThan(0);
    expect(below.length).toBeLessThan(chunks.length);
    for (const c of chunks) expect(c.every((r) => (r.id < SPLIT_AT[0]!) === (c[0]!.id < SPLIT_AT[0]!))).toBe(true);
    // Random ids fall on both sides about evenly.
    const share = got.filter((id) => id < SPLIT_AT[0]!).length / got.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    db.close();
  });

  it('whole, with one cursor: in key order', async () => {
    const { db, ids } = await store(321);
    const reading = rowChunks(db, 50);
    expect(reading.split).toBe(false);
    const chunks = await drain(reading);
    expect(chunks.map((c) => c.length)).toEqual([50, 50, 50, 50, 50, 50, 21]);
    expect(chunks.flat().map((r) => r.id)).toEqual(ids);
    expect((await allRows(db)).map((r) => r.id)).toEqual(ids);
    db.close();
  });

  it('from an empty store: nothing, at once', async () => {
    const db = await openVaultDb(`read-rows-${counter++}`);
    expect(await rowChunks(db, 10, true).next()).toBeNull();
    expect(await allRows(db)).toEqual([]);
    db.close();
  });
});
