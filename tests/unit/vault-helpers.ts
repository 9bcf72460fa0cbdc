// Shared helpers for vault tests: fast KDF settings and a fresh database per test.
import { VaultCore } from '../../src/vault/worker/core';

/** Cheap Argon2id so tests are quick; the defaults are exercised in their own test. */
export const FAST = { ops: 1, mem: 1024 * 1024 };
let counter = 0;

export async function freshVault(passphrase = 'correct horse battery staple'): Promise<VaultCore> {
  const core = new VaultCore(`test-${Date.now()}-${counter++}`);
  await core.create(passphrase, FAST);
  return core;
}

/** What a vault with nothing cut, rolled back or slipped in reports (compare with toEqual: an
 *  empty object inside toMatchObject matches anything). */
export const CLEAN = { missing: {}, rolledBack: {}, unlisted: {}, indexDamaged: false };
