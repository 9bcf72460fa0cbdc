// The lock screen's head start on Argon2id (vault/worker/kdf-warm.ts): the worker readies the
// memory of the vault's key derivation in 2 MiB steps while the passphrase is typed, sized by the
// header within its bounds, and the first request ends it, its block freed, so Argon2id never
// finds a second 64 MiB in its way. Order matters: a wasm heap only grows, so each test reads it
// after the one before.
import { describe, expect, it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { deriveKek, loadSodium } from '../../src/vault/worker/crypto';
import { DEFAULT_KDF, HEADER_ID, STORE, type VaultHeader } from '../../src/vault/format';
import { FAST } from './vault-helpers';

const MiB = 1024 * 1024;
let counter = 0;
const heapBytes = async () => ((await loadSodium()) as unknown as { libsodium: { HEAPU8: Uint8Array } }).libsodium.HEAPU8.length;

/** A core whose background steps are counted, and may act at a given step (a request arriving). */
function countedCore(atStep?: { n: number; then: (core: VaultCore) => void }) {
  const steps = { n: 0 };
  const core: VaultCore = new VaultCore(`warm-${Date.now()}-${counter++}`, Date.now, {
    pause: async () => {
      steps.n++;
      if (atStep && steps.n === atStep.n) atStep.then(core);
    },
  });
  return { core, steps };
}

describe('Argon2id warm-up on the lock screen', () => {
  it('never starts once a request came first', async () => {
    const { core, steps } = countedCore();
    await core.init();
    const before = await heapBytes();
    core.endWarmUp(); // the worker does this for an unlock that arrives before libsodium is ready
    await core.warmKdf();
    expect(steps.n).toBe(0);
    expect(await heapBytes()).toBe(before);
    expect(before).toBeLessThan(DEFAULT_KDF.mem); // so the next test can see a second block
  });

  it('a request between two steps frees the block: Argon2id then fits where it was', async () => {
    const { core, steps } = countedCore({ n: 2, then: (c) => c.endWarmUp() });
    await core.warmKdf();
    expect(steps.n).toBe(2); // stopped at the step the request came in, not run to the end
    // The unlock that came in: Argon2id at the default memory. Had the warm-up kept its block,
    // the heap would have to hold two of them.
    deriveKek(new TextEncoder().encode('a passphrase'), { alg: 'argon2id13', ops: 1, mem: DEFAULT_KDF.mem, salt: new Uint8Array(16) });
    expect(await heapBytes()).toBeGreaterThanOrEqual(DEFAULT_KDF.mem);
    expect(await heapBytes()).toBeLessThan(2 * DEFAULT_KDF.mem);
  });

  it('runs to the end in 2 MiB steps, so a request waits one step at most', async () => {
    const { core, steps } = countedCore();
    await core.warmKdf();
    // 64 MiB and Argon2's slack, touched 2 MiB at a time, with a pause between two steps.
    expect(steps.n).toBe(Math.ceil((DEFAULT_KDF.mem + 64 * 1024) / (2 * MiB)) - 1);
  });

  it("is sized by the vault's header, and a forged size is ignored", async () => {
    const name = `warm-header-${Date.now()}`;
    const owner = new VaultCore(name);
    await owner.create('correct horse battery staple', FAST);
    const db = owner.rawDb();
    const header = (await db.get(STORE.header, HEADER_ID)) as VaultHeader;
    const stepsWith = async (mem: number) => {
      header.slots[0]!.kdf.mem = mem;
      await db.put(STORE.header, header);
      let n = 0;
      await new VaultCore(name, Date.now, { pause: async () => void n++ }).warmKdf();
      return n;
    };
    // A slot asking for 128 MiB (within bounds) is what the next unlock will need.
    expect(await stepsWith(128 * MiB)).toBe(Math.ceil((128 * MiB + 64 * 1024) / (2 * MiB)) - 1);
    // A forged header asking for 4 GiB must not size the block: the default is used instead.
    expect(await stepsWith(4096 * MiB)).toBe(Math.ceil((DEFAULT_KDF.mem + 64 * 1024) / (2 * MiB)) - 1);
  });
});
