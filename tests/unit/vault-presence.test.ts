// The page-thread check the lock screen waits on: it must agree with the worker's answer and
// never create or change a database while asking.
import { describe, expect, it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { openVaultDb } from '../../src/vault/worker/db';
import { vaultPresent } from '../../src/vault/page/presence';
import { FAST } from './vault-helpers';

const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe('vault presence on the page thread', () => {
  it('says no for a missing database, and does not create one', async () => {
    const name = `absent-${Date.now()}`;
    expect(await vaultPresent(name)).toBe(false);
    expect(await names()).not.toContain(name);
  });

  it('says no for a database with no vault header (set up never finished)', async () => {
    const name = `empty-${Date.now()}`;
    (await openVaultDb(name)).close();
    expect(await vaultPresent(name)).toBe(false);
    expect(await new VaultCore(name).exists()).toBe(false);
  });

  it('says yes once a vault is created, agreeing with the worker, and leaves the database usable', async () => {
    const name = `present-${Date.now()}`;
    const core = new VaultCore(name);
    await core.create('correct horse battery staple', FAST);
    core.lock();
    expect(await vaultPresent(name)).toBe(true);
    // Its connection is closed: deleting the database is not blocked.
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase(name);
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
      del.onblocked = () => reject(new Error('blocked by a connection left open'));
    });
    expect(await vaultPresent(name)).toBe(false);
  });

  it('leaves the decision to the worker where databases cannot be listed', async () => {
    const original = indexedDB.databases;
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      expect(await vaultPresent('anything')).toBeUndefined();
    } finally {
      Object.defineProperty(indexedDB, 'databases', { value: original, configurable: true });
    }
  });
});
