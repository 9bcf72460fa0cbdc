// Damage stays where it is (issue 22), in the built app: through the page's own IndexedDB one
// file's chunk is flipped and another's deleted; the next unlock names both by entry and file,
// and the backup and the court packet still complete, without those two and saying so. A record
// that decrypts but is not a journal version (brought in by a backup) leaves the journal open.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PASSPHRASE, createVault, launch, unlock, type Session } from './harness';
import { dismissNotices, journalTool, sha256, writeEntry } from './journal-helpers';
import { exportBackup, importBackup } from './backup-helpers';
import { openPacket, packetTools } from './packet-helpers';
import { VaultCore } from '../../src/vault/worker/core';
import { clickThroughGate } from './gate-helpers';

let session: Session;
let page: Page;
let dir: string;

// PDFs: no preview is made for them, so each file is exactly one attachment (one chunk row).
const file = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name} ${'x'.repeat(3000)}\n%%EOF\n`) });
const FLIPPED = file('window-photos.pdf');
const DELETED = file('messages-at-night.pdf');
const GOOD = file('followed-home.pdf');

/** The attachment chunk rows' keys, as anyone with the storage can list them. */
const chunkKeys = () => page.evaluate(() => new Promise<string[]>((resolve, reject) => {
  const open = indexedDB.open('store');
  open.onsuccess = () => {
    const r = open.result.transaction('b').objectStore('b').getAllKeys();
    r.onsuccess = () => {
      open.result.close();
      resolve(r.result as string[]);
    };
    r.onerror = () => reject(r.error);
  };
}));

/** The attack: one byte of one chunk flipped, another chunk deleted, straight in IndexedDB. */
const damage = (flip: string, remove: string) => page.evaluate(([flipKey, removeKey]) => new Promise<void>((resolve, reject) => {
  const open = indexedDB.open('store');
  open.onsuccess = () => {
    const tx = open.result.transaction('b', 'readwrite');
    const store = tx.objectStore('b');
    const get = store.get(flipKey!);
    get.onsuccess = () => {
      const row = get.result as { ct: Uint8Array };
      row.ct[200]! ^= 0x04;
      store.put(row);
      store.delete(removeKey!);
    };
    tx.oncomplete = () => {
      open.result.close();
      resolve();
    };
    tx.onerror = () => reject(tx.error);
  };
}), [flip, remove]);

async function addWithFile(what: string, f: ReturnType<typeof file>): Promise<string> {
  const before = new Set(await chunkKeys());
  await writeEntry(page, { what, files: [f] });
  const added = (await chunkKeys()).filter((k) => !before.has(k));
  expect(added).toHaveLength(1);
  return added[0]!;
}

beforeAll(async () => {
  packetTools();
  dir = mkdtempSync(join(tmpdir(), 'daybook-damage-'));
  session = await launch();
  page = session.page;
  await createVault(page);
  await dismissNotices(page);
  const flipped = await addWithFile('Broke the kitchen window', FLIPPED);
  const deleted = await addWithFile('Forty messages after midnight', DELETED);
  await addWithFile('Followed me home from work', GOOD);
  await page.getByRole('button', { name: 'Lock' }).click();
  await damage(flipped, deleted);
  await unlock(page);
}, 120_000);

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a damaged and a missing file', () => {
  it('are named at unlock by entry and file, with the fingerprint recorded at the time', async () => {
    const report = page.getByRole('alert').filter({ hasText: 'Damage found on this device' });
    await report.getByText(`“${FLIPPED.name}”, in the entry of`).waitFor({ timeout: 30_000 });
    const text = (await report.textContent())!;
    expect(text).toContain(`“${FLIPPED.name}”`);
    expect(text).toContain(`“${DELETED.name}”`);
    expect(text).not.toContain(GOOD.name);
    expect(text).toMatch(new RegExp(`${FLIPPED.name}”, in the entry of .+?: damaged on this device\\.`));
    expect(text).toMatch(new RegExp(`${DELETED.name}”, in the entry of .+?: parts of it are missing from this device\\.`));
    expect(text).toContain(sha256(FLIPPED.buffer));
    expect(text).toContain(sha256(DELETED.buffer));
    // The quick count of the index report sees the deleted chunk; no report of damage says nothing was deleted.
    const index = page.getByRole('alert').filter({ hasText: 'Since you last opened it' });
    await index.getByText('1 photo or file has parts missing.').waitFor();
    expect(await page.getByText(/Nothing was deleted/).count()).toBe(0);
    // The journal is whole: every entry is listed.
    for (const what of ['Broke the kitchen window', 'Forty messages after midnight', 'Followed me home from work']) {
      await page.getByRole('button', { name: new RegExp(what) }).waitFor();
    }
  });

  it('the backup completes without them, lists them, and restores everything else', async () => {
    const { path } = await exportBackup(page, dir);
    const panel = page.getByRole('group', { name: 'Export backup' });
    const listed = (await panel.getByText(/damaged on this device were left out/).locator('..').textContent())!;
    expect(listed).toContain(`File damaged on this device: SHA-256 recorded at the time was ${sha256(FLIPPED.buffer)}`);
    expect(listed).toContain(`File damaged on this device: SHA-256 recorded at the time was ${sha256(DELETED.buffer)}`);
    expect(listed).not.toContain(GOOD.name);
    // Restored outside the browser, by the vault's own code: the good file byte for byte, the entries all there.
    const core = new VaultCore(`restore-${Date.now()}`);
    await core.create(PASSPHRASE);
    const { id } = await core.importOpen(new Blob([readFileSync(path)]), PASSPHRASE, PASSPHRASE);
    while (!(await core.importVerify(id)).summary) { /* verifying */ }
    while (!(await core.importApply(id, 'replace')).report) { /* applying */ }
    const blobs = core.records.list('_blob').map((b) => b.value as { id: string; name: string; sha256: string; chunks: number });
    expect(blobs.map((b) => b.name)).toEqual([GOOD.name]);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < blobs[0]!.chunks; i++) parts.push(await core.blobChunk(blobs[0]!.id, i));
    expect(sha256(Buffer.concat(parts))).toBe(sha256(GOOD.buffer));
    expect(core.list('journal-version')).toHaveLength(3);
    core.lock();
  });

  it('the court packet completes without them and lists them; every file in it checks out', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await journalTool(page, 'Export report');
    const button = page.getByRole('button', { name: 'Download court packet' });
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), clickThroughGate(page, () => button.click())]);
    const zipPath = join(dir, 'packet.zip');
    await download.saveAs(zipPath);
    await page.getByRole('status').filter({ hasText: 'without 2 files damaged on this device' }).waitFor();
    const packet = openPacket(zipPath, dir);
    expect(packet.originals).toEqual([expect.stringMatching(new RegExp(`^Exhibit-\\d+-${GOOD.name}$`))]);
    expect(sha256(readFileSync(join(packet.out, 'originals', packet.originals[0]!)))).toBe(sha256(GOOD.buffer));
    const listed = readFileSync(join(packet.out, 'damaged.txt'), 'utf8');
    for (const f of [FLIPPED, DELETED]) {
      expect(listed).toContain(f.name);
      expect(listed).toContain(`File damaged on this device: SHA-256 recorded at the time was ${sha256(f.buffer)}`);
      expect(packet.text).toContain(f.name);
      expect(packet.text).toContain(sha256(f.buffer));
    }
    expect(packet.text).toContain('File damaged on this device');
  });
});

describe('a record that decrypts but is not a journal version', () => {
  it('leaves the journal open, listed by its date and counted in the unlock report', async () => {
    // A backup holding one version without its entry (the "reading 'times'"), made by the vault's own code.
    const recordedAt = Date.UTC(2025, 2, 14, 12, 0);
    const maker = new VaultCore(`maker-${Date.now()}`);
    await maker.create(PASSPHRASE);
    await maker.put('journal-version', null, { chain: 1, seq: 0, entryId: 'lost', version: 1, recordedAt, prev: '0'.repeat(64), hash: 'f'.repeat(64) });
    const { id } = await maker.exportOpen(PASSPHRASE, null);
    const parts: Uint8Array[] = [];
    for (;;) {
      const step = await maker.exportNext(id);
      parts.push(...step.parts);
      if (step.finished) break;
    }
    maker.lock();
    const path = join(dir, 'odd.backup');
    writeFileSync(path, Buffer.concat(parts));
    await importBackup(page, path, PASSPHRASE, 'Merge');
    await page.getByText(/The file is intact: a backup from .* with 1 items and 0 files/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Confirm import' }).click();
    // Applying a backup locks the app: every screen reloads what it shows.
    await page.getByLabel('Passphrase', { exact: true }).waitFor({ timeout: 60_000 });
    await unlock(page);
    await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
    await page.getByRole('button', { name: /Followed me home from work/ }).waitFor();
    const date = await page.evaluate((at) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(at), recordedAt);
    await page.getByText(`An entry that could not be read (${date})`).waitFor();
    const report = page.getByRole('alert').filter({ hasText: 'Damage found on this device' });
    await report.getByText(/^1 journal record\(s\) could not be read\./).waitFor();
    expect(await page.getByText(/Cannot read properties/).count()).toBe(0);
  });
});
