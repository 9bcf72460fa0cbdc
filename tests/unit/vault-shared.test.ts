// Files shared into the app (issue 25): sealed while locked with no passphrase, nothing readable at
// rest, opened only by a real unlock (byte for byte), kept through a passphrase change, and gone
// once imported or discarded.
import { describe, expect, it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { CHUNK_BYTES, SHARED_PREFIX, STORE } from '../../src/vault/format';
import { PASS, namedVault } from './backup-helpers';
import { CLEAN } from './vault-helpers';

const NEW_PASS = 'lantern meadow copper violin';

async function seal(core: VaultCore, name: string, type: string, bytes: Uint8Array): Promise<void> {
  const session = await core.shareBegin(name, type, bytes.length);
  for (let at = 0; ; at += CHUNK_BYTES) {
    const end = Math.min(at + CHUNK_BYTES, bytes.length);
    // A copy, as the page's transfer is: the worker wipes what it is given.
    await core.shareWrite(session, Uint8Array.prototype.slice.call(bytes, at, end), end >= bytes.length);
    if (end >= bytes.length) return;
  }
}

async function read(core: VaultCore, id: string, chunks: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (let n = 0; n < chunks; n++) parts.push(await core.sharedChunk(id, n));
  return Buffer.concat(parts);
}

async function storedText(core: VaultCore): Promise<string> {
  const rows = await core.rawDb().getAll(STORE.header);
  return rows.map((row) => JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v))).join('\n');
}

describe('files shared into the app', () => {
  it('seals while locked, opens byte for byte after a real unlock, survives a passphrase change, and is deleted when dropped', async () => {
    const { core, name } = await namedVault();
    core.lock();
    const now = Date.UTC(2026, 11, 5, 21, 0);
    const locked = new VaultCore(name, () => now);
    const chat = Buffer.from('27/03/2022, 21:41 - Alex: Why aren\'t you answering\n');
    // Two whole chunks and a bit: the last is padded, the others whole.
    const big = Buffer.alloc(2 * CHUNK_BYTES + 5, 0);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) % 251;
    await seal(locked, 'WhatsApp Chat with Alex.txt', 'text/plain', chat);
    await seal(locked, 'IMG_0001.jpg', 'image/jpeg', big);
    const stored = await storedText(locked);
    for (const plain of ['Why aren', 'Alex', 'WhatsApp Chat', 'IMG_0001', 'text/plain', 'image/jpeg']) expect(stored).not.toContain(plain);
    await expect(locked.sharedFiles()).rejects.toMatchObject({ code: 'locked' });
    // A chunk longer than declared is refused.
    const bad = await locked.shareBegin('x.txt', 'text/plain', 3);
    await expect(locked.shareWrite(bad, new Uint8Array(4), true)).rejects.toMatchObject({ code: 'corrupt' });

    const report = await locked.unlock(PASS);
    expect(report.integrity).toEqual(CLEAN);
    // Both shared at the same moment: by name, for a fixed order.
    const byName = async () => (await locked.sharedFiles()).sort((a, b) => b.name.localeCompare(a.name));
    let files = await byName();
    expect(files.map(({ name, type, size, at, chunks }) => ({ name, type, size, at, chunks }))).toEqual([
      { name: 'WhatsApp Chat with Alex.txt', type: 'text/plain', size: chat.length, at: now, chunks: 1 },
      { name: 'IMG_0001.jpg', type: 'image/jpeg', size: big.length, at: now, chunks: 3 },
    ]);
    expect((await read(locked, files[0]!.id, 1)).toString('latin1')).toBe(chat.toString('latin1'));

    // A new passphrase (and box key pair): the files still open.
    await locked.changePassphrase(PASS, NEW_PASS);
    locked.lock();
    await locked.unlock(NEW_PASS);
    files = await byName();
    expect(files).toHaveLength(2);
    expect((await read(locked, files[1]!.id, 3)).equals(big)).toBe(true);

    await locked.dropShared([files[1]!.id]);
    expect((await locked.sharedFiles()).map((f) => f.name)).toEqual(['WhatsApp Chat with Alex.txt']);
    // Every row of the dropped file is gone, chunks included.
    const keys = (await locked.rawDb().getAllKeys(STORE.header)).map(String).filter((k) => k.startsWith(SHARED_PREFIX));
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => k.startsWith(`${SHARED_PREFIX}${files[0]!.id}`))).toBe(true);
  });
});
