// A disguise's search tries only text that could be a passphrase of this vault: the header's
// floor, from what was created, changed and added, and bounded when read (it is readable).
import { describe, expect, it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { HEADER_ID, STORE, type VaultHeader } from '../../src/vault/format';
import { PASS, namedVault } from './backup-helpers';

async function header(core: VaultCore): Promise<VaultHeader> {
  return (await core.rawDb().get(STORE.header, HEADER_ID)) as VaultHeader;
}

describe('the passphrase floor a locked front reads', () => {
  it('a new vault with a long passphrase: 10 (today’s rule), never its real length', async () => {
    const { core } = await namedVault();
    expect((await core.lockInfo()).minLength).toBe(10);
    expect((await header(core)).minLength).toBe(10);
  });

  it('a shorter duress passphrase lowers it; changing the real one sets it again', async () => {
    const { core } = await namedVault();
    await core.duressEnable(PASS, 'nine char', false, []);
    expect((await core.lockInfo()).minLength).toBe(9);
    await core.changePassphrase(PASS, 'a new long passphrase');
    // The change turns the duress slot off: only the new passphrase counts.
    expect((await core.lockInfo()).minLength).toBe(10);
  });

  it('a header without the field (written by format v1, or before it existed) means 8', async () => {
    const { core } = await namedVault();
    const { minLength: _dropped, ...old } = await header(core);
    await core.rawDb().put(STORE.header, old);
    expect((await core.lockInfo()).minLength).toBe(8);
  });

  it('a forged floor above today’s rule is read as 10, so the owner’s passphrase is still tried', async () => {
    const { core } = await namedVault();
    await core.rawDb().put(STORE.header, { ...(await header(core)), minLength: 400 });
    expect((await core.lockInfo()).minLength).toBe(10);
    await core.rawDb().put(STORE.header, { ...(await header(core)), minLength: -3 });
    expect((await core.lockInfo()).minLength).toBe(1);
  });
});
