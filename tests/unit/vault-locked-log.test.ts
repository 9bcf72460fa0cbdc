// Logging a contact while locked (issue 24): sealed to the vault's public key with no passphrase,
// unreadable at rest, opened only by a real unlock, and gone once accepted or discarded.
import { describe, expect, it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { LOCKED_ID, STORE, type LockedQueue } from '../../src/vault/format';
import { PASS, namedVault } from './backup-helpers';
import { CLEAN } from './vault-helpers';

const WORDS = 'withheld number at the school gate';

async function rowsText(core: VaultCore): Promise<string> {
  const db = core.rawDb();
  const parts: string[] = [];
  for (const store of [STORE.header, STORE.records, STORE.chunks]) {
    for (const row of await db.getAll(store)) parts.push(Buffer.from(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v))).toString('latin1'));
  }
  return parts.join('\n');
}

describe('log while locked', () => {
  it('seals without a passphrase; only the next real unlock reads it; accepted or discarded, it is gone', async () => {
    const { core, name } = await namedVault();
    core.lock();
    const now = Date.UTC(2026, 11, 5, 2, 44);
    const locked = new VaultCore(name, () => now);
    await locked.logLocked({ occurredAt: now - 30 * 60_000, channels: ['call'], times: 3, what: WORDS });
    await locked.logLocked({ occurredAt: now, channels: ['text'], times: 1, what: '' });
    // Nothing readable: neither the words nor the channel nor the count.
    const stored = await rowsText(locked);
    expect(stored).not.toContain('school gate');
    expect(stored).not.toContain('"call"');
    // Every sealed entry is the same size, whatever it says.
    const queue = (await locked.rawDb().get(STORE.header, LOCKED_ID)) as LockedQueue;
    expect(new Set(queue.items.map((i) => i.box.length)).size).toBe(1);
    // Locked, nothing can be read back.
    await expect(locked.lockedEntries()).rejects.toMatchObject({ code: 'locked' });

    // The unlock that follows reports nothing foreign, damaged or tampered with.
    const report = await locked.unlock(PASS);
    expect(report.integrity).toEqual(CLEAN);
    expect(report.damaged).toBe(0);
    const items = await locked.lockedEntries();
    expect(items.map(({ at, occurredAt, channels, times, what }) => ({ at, occurredAt, channels, times, what }))).toEqual([
      { at: now, occurredAt: now - 30 * 60_000, channels: ['call'], times: 3, what: WORDS },
      { at: now, occurredAt: now, channels: ['text'], times: 1, what: '' },
    ]);
    await locked.dropLocked([items[0]!.id]);
    expect((await locked.lockedEntries()).map((i) => i.channels)).toEqual([['text']]);
    await locked.dropLocked([items[1]!.id]);
    expect(await locked.rawDb().get(STORE.header, LOCKED_ID)).toBeUndefined();
  });

  it('refuses what the page should never send, and a decoy unlock neither shows nor spends the entries', async () => {
    const { core, name } = await namedVault();
    await core.duressEnable(PASS, 'duress words here', false, []);
    core.lock();
    const locked = new VaultCore(name);
    for (const bad of [{ occurredAt: Date.now() + 86_400_000, channels: ['call'], times: 1, what: '' }, { occurredAt: Date.now(), channels: [], times: 1, what: '' },
      { occurredAt: Date.now(), channels: ['call'], times: 0, what: '' }, { occurredAt: Date.now(), channels: ['call'], times: 1, what: 'x'.repeat(201) }]) {
      await expect(locked.logLocked(bad)).rejects.toMatchObject({ code: 'corrupt' });
    }
    await locked.logLocked({ occurredAt: Date.now(), channels: ['call'], times: 1, what: '' });
    const decoy = new VaultCore(name);
    await decoy.unlock('duress words here');
    expect(await decoy.lockedEntries()).toEqual([]);
    decoy.lock();
    const real = new VaultCore(name);
    await real.unlock(PASS);
    expect(await real.lockedEntries()).toHaveLength(1);
  });

  it('a passphrase change (which gives the vault a new key pair) keeps the entries waiting readable', async () => {
    const { core, name } = await namedVault();
    core.lock();
    const locked = new VaultCore(name);
    await locked.logLocked({ occurredAt: Date.now(), channels: ['call'], times: 2, what: WORDS });
    await locked.unlock(PASS);
    const before = ((await locked.rawDb().get(STORE.header, LOCKED_ID)) as LockedQueue).items[0]!.box;
    await locked.changePassphrase(PASS, 'a brand new passphrase for this');
    // Sealed again to the new key pair: not the same bytes, and still only for the real vault.
    expect(((await locked.rawDb().get(STORE.header, LOCKED_ID)) as LockedQueue).items[0]!.box).not.toEqual(before);
    locked.lock();
    const again = new VaultCore(name);
    await again.unlock('a brand new passphrase for this');
    expect((await again.lockedEntries()).map(({ channels, times, what }) => ({ channels, times, what }))).toEqual([{ channels: ['call'], times: 2, what: WORDS }]);
  });
});
