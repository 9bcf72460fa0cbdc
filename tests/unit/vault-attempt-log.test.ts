// One throttle for every passphrase check: the open app's "Your passphrase" fields share the lock
// screen's sealed log and wait; the log cannot be deleted, put back or cut without it being
// reported; a log of the older shape opens; a passphrase change rotates the attempt key; and a
// duress passphrase changed inside the decoy is told to the owner.
import { describe, expect, it, vi } from 'vitest';
import sodium from 'libsodium-wrappers-sumo';
import { VaultCore } from '../../src/vault/worker/core';
import { LOG_ID, STORE, type AttemptLog, type VaultHeader } from '../../src/vault/format';
import { PASS, exportBlob, namedVault } from './backup-helpers';

const T0 = Date.UTC(2026, 11, 3, 21, 0);

/** A vault opened under a driven clock. */
async function clocked() {
  const { core, name } = await namedVault();
  core.lock();
  let now = T0;
  const clock = { at: () => now, move: (ms: number) => { now += ms; } };
  const open = new VaultCore(name, clock.at);
  await open.unlock(PASS);
  return { core: open, name, clock };
}

const readRow = (core: VaultCore) => core.rawDb().get(STORE.header, LOG_ID) as Promise<AttemptLog | undefined>;

describe('a passphrase field in the open app', () => {
  it('twelve wrong guesses: five free, then the shared wait, refused without Argon2id, then reported at the next unlock', async () => {
    const { core, name, clock } = await clocked();
    const guesses = Array.from({ length: 12 }, (_, i) => `our old passphrase ${i}`);
    const answers: string[] = [];
    for (const guess of guesses) {
      clock.move(250);
      // Export, erase and the guard's own field: the same log whichever field is typed into.
      const attempt = [() => core.confirm(guess), () => core.eraseAll(guess), () => core.exportOpen(guess, null)][answers.length % 3]!;
      answers.push(await attempt().then(() => 'ok', (e: { code: string }) => e.code));
    }
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('wrong-passphrase'));
    expect(answers.slice(5)).toEqual(Array(7).fill('throttled'));
    // During the wait not even the right passphrase is derived.
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    await expect(core.confirm(PASS)).rejects.toMatchObject({ code: 'throttled' });
    expect(pwhash).not.toHaveBeenCalled();
    pwhash.mockRestore();
    // The lock screen shares the wait.
    core.lock();
    const locked = new VaultCore(name, clock.at);
    expect((await locked.lockInfo()).nextTryAt).toBe(T0 + 5 * 250 + 30_000);
    await expect(locked.unlock(PASS)).rejects.toMatchObject({ code: 'throttled' });
    clock.move(31_000);
    const report = (await locked.unlock(PASS)).attempts;
    expect(report).toMatchObject({ count: 14, inApp: 13, tampered: null });
    expect(report.times.slice(0, 5)).toEqual([1, 2, 3, 4, 5].map((i) => T0 + i * 250));
  });
});

describe('the log is never silently lost', () => {
  it('a deleted log row is reported as tampering at the next unlock', async () => {
    const { core, name, clock } = await clocked();
    core.lock();
    await expect(new VaultCore(name, clock.at).unlock('a guess at it')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await core.rawDb().delete(STORE.header, LOG_ID);
    expect((await new VaultCore(name, clock.at).unlock(PASS)).attempts.tampered).toBe('missing');
  });

  it('an older copy put back, or a try cut out of the middle, is reported', async () => {
    const { core, name, clock } = await clocked();
    core.lock();
    await expect(new VaultCore(name, clock.at).unlock('a guess before')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const old = await readRow(core);
    // That copy is from before this unlock: its epoch is no longer the sealed one.
    await new VaultCore(name, clock.at).unlock(PASS).then((r) => expect(r.attempts).toMatchObject({ count: 1, tampered: null }));
    await core.rawDb().put(STORE.header, old!);
    await new VaultCore(name, clock.at).unlock(PASS).then((r) => expect(r.attempts.tampered).toBe('replaced'));
    for (const guess of ['first guess here', 'second guess here', 'third guess here']) {
      await expect(new VaultCore(name, clock.at).unlock(guess)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    }
    const row = (await readRow(core))!;
    await core.rawDb().put(STORE.header, { ...row, boxes: [row.boxes[0]!, row.boxes[2]!] });
    const report = (await new VaultCore(name, clock.at).unlock(PASS)).attempts;
    expect(report).toMatchObject({ tampered: 'cut', count: 2 });
  });

  it('nothing readable in the row says how many tries were made or when, before the wait', async () => {
    const { core, name, clock } = await clocked();
    core.lock();
    clock.move(1000);
    await expect(new VaultCore(name, clock.at).unlock('one guess only')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const row = JSON.stringify(await readRow(core), (_k, v: unknown) => (v instanceof Uint8Array ? '' : v));
    expect(row).not.toContain(String(T0 + 1000));
    expect(row).not.toMatch(/failures|lastAt/);
  });
});

describe('a log of the older shape', () => {
  it('opens: its wait holds while locked, and its count and sealed times are reported, then it takes the new shape', async () => {
    const { core, name, clock } = await clocked();
    const header = (await core.rawDb().get(STORE.header, 'main')) as VaultHeader;
    // A vault of before issue 22 had no record binding its log.
    await core.write({ deletes: [core.records.find('_attempts')![0]] });
    core.lock();
    // As versions before issue 22 wrote it: the count and the last time in the clear.
    const seal = (at: number) => sodium.crypto_box_seal(new TextEncoder().encode(JSON.stringify({ at })), header.box!.pk);
    const times = [T0 - 4000, T0 - 3000, T0 - 2000, T0 - 1000, T0 - 500, T0];
    await core.rawDb().put(STORE.header, { id: LOG_ID, failures: 6, lastAt: T0, boxes: times.map(seal) } as unknown as AttemptLog);
    const locked = new VaultCore(name, clock.at);
    expect((await locked.lockInfo()).nextTryAt).toBe(T0 + 60_000);
    await expect(locked.unlock(PASS)).rejects.toMatchObject({ code: 'throttled' });
    clock.move(60_000);
    const report = (await locked.unlock(PASS)).attempts;
    // The refused try is one more, at the wait.
    expect(report).toMatchObject({ count: 7, tampered: null, lastAt: T0 });
    expect(report.times.slice(0, 6)).toEqual(times);
    expect(await readRow(locked)).toMatchObject({ v: 2, seq: 0, boxes: [] });
  });
});

describe('a passphrase change', () => {
  it('rotates the attempt key pair, and this session\'s wrong tries are still reported', async () => {
    const { core, name, clock } = await clocked();
    const before = ((await core.rawDb().get(STORE.header, 'main')) as VaultHeader).box!.pk;
    await expect(core.confirm('not it at all')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await core.changePassphrase(PASS, 'a brand new passphrase');
    const after = ((await core.rawDb().get(STORE.header, 'main')) as VaultHeader).box!.pk;
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(false);
    core.lock();
    expect((await new VaultCore(name, clock.at).unlock('a brand new passphrase')).attempts).toMatchObject({ count: 1, inApp: 1, tampered: null });
  });
});

describe('inside the decoy', () => {
  it('"change passphrase" changes only the decoy\'s, and the owner is told at her next real unlock', async () => {
    const { core, name, clock } = await clocked();
    await core.duressEnable(PASS, 'grocery list tuesday', false, [{ kind: 'journal-version', value: { what: 'Dentist' } }]);
    core.lock();
    const decoy = new VaultCore(name, clock.at);
    await decoy.unlock('grocery list tuesday');
    // The real passphrase typed as the "new" one is refused, and counted as a guess.
    await expect(decoy.changePassphrase('grocery list tuesday', PASS)).rejects.toMatchObject({ code: 'same-passphrase' });
    clock.move(5000);
    await decoy.changePassphrase('grocery list tuesday', 'his own choice here');
    decoy.lock();
    await expect(new VaultCore(name, clock.at).unlock('grocery list tuesday')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const real = new VaultCore(name, clock.at);
    const report = (await real.unlock(PASS)).attempts;
    expect(report.duressChanged).toEqual([T0 + 5000]);
    expect(report.count).toBe(2);
    expect(real.duressStatus()).toEqual({ enabled: true, erase: false });
    real.lock();
    // The decoy opens with the new one, as he expects; it is still only the decoy.
    const again = new VaultCore(name, clock.at);
    await again.unlock('his own choice here');
    expect(again.list('journal-version').map((i) => i.value)).toEqual([{ what: 'Dentist' }]);
  });

  it('a guard confirmed there does not apply to the device', async () => {
    const { core, name, clock } = await clocked();
    expect(await core.confirm(PASS)).toEqual({ device: true });
    await core.duressEnable(PASS, 'grocery list tuesday', false, []);
    core.lock();
    const decoy = new VaultCore(name, clock.at);
    await decoy.unlock('grocery list tuesday');
    expect(await decoy.confirm('grocery list tuesday')).toEqual({ device: false });
    await expect(decoy.confirm(PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await exportBlob(decoy, 'grocery list tuesday');
  });
});
