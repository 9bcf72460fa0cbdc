// The export written by the worker into its file on disk (the OPFS copy, here a stand-in):
// the same bytes as the step-by-step export, progress, and the fallbacks (no copy, full storage,
// a photo deleted halfway) that leave nothing behind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VaultCore } from '../../src/vault/worker/core';
import type { CopyHandle, CopyStore } from '../../src/vault/backup/copy';
import type { BackupSessions } from '../../src/vault/backup/sessions';
import { FAST } from './vault-helpers';
import { PASS, addBlob, contents, exportBlob, importBlob, namedVault, pattern, readBlob } from './backup-helpers';

/** An in-memory file behind a sync-handle-like object; `room`: bytes it can hold before storage is full. */
class MemoryCopies implements CopyStore {
  bytes = new Uint8Array(0);
  opened = 0;
  closed = 0;
  discarded = 0;
  present = false;
  /** Runs before each write (a test locks the vault from here). */
  onWrite?: () => void;
  constructor(private readonly room = Infinity, private readonly available = true) {}

  async open(): Promise<CopyHandle | null> {
    if (!this.available) return null;
    this.opened++;
    this.present = true;
    this.bytes = new Uint8Array(0);
    let open = true;
    const check = () => {
      if (!open) throw new DOMException('closed', 'InvalidStateError');
    };
    return {
      write: (part, { at }) => {
        check();
        this.onWrite?.();
        if (at + part.length > this.room) throw new DOMException('full', 'QuotaExceededError');
        const grown = new Uint8Array(Math.max(this.bytes.length, at + part.length));
        grown.set(this.bytes);
        grown.set(part, at);
        this.bytes = grown;
        return part.length;
      },
      truncate: (size) => {
        check();
        this.bytes = this.bytes.slice(0, size);
      },
      flush: () => check(),
      close: () => {
        check();
        open = false;
        this.closed++;
      },
    };
  }

  async discard(): Promise<void> {
    this.discarded++;
    this.present = false;
    this.bytes = new Uint8Array(0);
  }
}

const sessions = (core: VaultCore) => core['backups'] as BackupSessions;

/** From here on every random byte comes from this seed, and the clock stands still. */
function determinism(seed: number): void {
  let x = seed;
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    const view = new Uint8Array(array!.buffer, array!.byteOffset, array!.byteLength);
    for (let i = 0; i < view.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      view[i] = x & 0xff;
    }
    return array;
  });
  vi.spyOn(Date, 'now').mockReturnValue(1_790_000_000_000);
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function seeded() {
  const { core } = await namedVault();
  // More than one step of the export (8 MiB): the copy is written at growing offsets.
  const video = pattern(9 * 1024 * 1024 + 333, 11);
  const videoInfo = await addBlob(core, video, 'video/webm', 'clip.webm');
  await core.put('journal-version', null, { what: 'Waited at the school gate', evidence: [{ blobId: videoInfo.id }] });
  await core.put('letter', null, { title: 'Notice', sent: false });
  return { core, video, videoInfo };
}

describe('export into the OPFS copy', () => {
  it('writes exactly the bytes the step-by-step export hands the page, and they import back', async () => {
    const { core, video, videoInfo } = await seeded();
    const copies = new MemoryCopies();
    sessions(core).copies = copies;

    determinism(7);
    const { id } = await core.exportOpen(PASS, null, FAST);
    const seen: Array<[number, number]> = [];
    const result = await core.exportToFile(id, (done, total) => seen.push([done, total]));
    const written = copies.bytes;
    vi.restoreAllMocks();

    determinism(7);
    const stepwise = new Uint8Array(await (await exportBlob(core)).arrayBuffer());
    vi.restoreAllMocks();

    expect(result).toEqual({ written: true, size: stepwise.length });
    expect(written.length).toBe(stepwise.length);
    expect(Buffer.from(written).equals(Buffer.from(stepwise))).toBe(true);
    expect(copies).toMatchObject({ opened: 1, closed: 1, discarded: 0, present: true });
    // Progress per step, growing, ending at the total.
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    // The session is over.
    await expect(core.exportNext(id)).rejects.toMatchObject({ code: 'not-found' });

    const { core: other } = await namedVault('the new phone');
    await importBlob(other, new Blob([written]), 'replace', PASS, null);
    const kinds = ['journal-version', 'letter', '_blob'];
    expect(contents(other, kinds)).toEqual(contents(core, kinds));
    expect(Buffer.from(await readBlob(other, videoInfo.id)).equals(Buffer.from(video))).toBe(true);
  });

  it('remembers the backup once the copy is complete (for reminders)', async () => {
    const { core } = await seeded();
    sessions(core).copies = new MemoryCopies();
    expect(core.backupStatus()).toEqual({ lastBackupAt: null });
    const before = Date.now();
    const { id } = await core.exportOpen(PASS, null, FAST);
    await core.exportToFile(id);
    expect(core.backupStatus().lastBackupAt).toBeGreaterThanOrEqual(before);
  });

  it('where no copy can be opened, leaves the session as it was for the step-by-step export', async () => {
    const { core, videoInfo } = await seeded();
    sessions(core).copies = new MemoryCopies(Infinity, false);
    const { id } = await core.exportOpen(PASS, null, FAST);
    expect(await core.exportToFile(id)).toEqual({ written: false, restart: false });
    expect(core.backupStatus()).toEqual({ lastBackupAt: null });
    const parts: Uint8Array<ArrayBuffer>[] = [];
    for (;;) {
      const chunk = await core.exportNext(id);
      parts.push(...(chunk.parts as Uint8Array<ArrayBuffer>[]));
      if (chunk.finished) break;
    }
    const { core: other } = await namedVault('the new phone');
    await importBlob(other, new Blob(parts), 'replace', PASS, null);
    expect(other.blobInfo(videoInfo.id)).toEqual(videoInfo);
  });

  it('storage full halfway: the copy goes, the session ends, and a new one still gives a working file', async () => {
    const { core, videoInfo } = await seeded();
    const copies = new MemoryCopies(4 * 1024 * 1024);
    sessions(core).copies = copies;
    const { id } = await core.exportOpen(PASS, null, FAST);
    expect(await core.exportToFile(id)).toEqual({ written: false, restart: true });
    expect(copies).toMatchObject({ opened: 1, closed: 1, discarded: 1, present: false });
    expect(core.backupStatus()).toEqual({ lastBackupAt: null });
    await expect(core.exportNext(id)).rejects.toMatchObject({ code: 'not-found' });
    // What the page does next: a new session, step by step.
    const file = await exportBlob(core);
    const { core: other } = await namedVault('the new phone');
    await importBlob(other, file, 'replace', PASS, null);
    expect(other.blobInfo(videoInfo.id)).toEqual(videoInfo);
  });

  it('a photo deleted halfway fails as before, and no copy is left', async () => {
    const { core, videoInfo } = await seeded();
    const copies = new MemoryCopies();
    sessions(core).copies = copies;
    const { id } = await core.exportOpen(PASS, null, FAST);
    await core.blobDelete(videoInfo.id);
    await expect(core.exportToFile(id)).rejects.toMatchObject({ code: 'changed' });
    expect(copies).toMatchObject({ opened: 1, closed: 1, discarded: 1, present: false });
    expect(core.backupStatus()).toEqual({ lastBackupAt: null });
  });

  it('a lock halfway through never leaves a file that looks finished', async () => {
    const { core } = await seeded();
    const copies = new MemoryCopies();
    sessions(core).copies = copies;
    const { id } = await core.exportOpen(PASS, null, FAST);
    // The lock lands while the next step is being read and sealed.
    copies.onWrite = () => {
      copies.onWrite = undefined;
      setTimeout(() => core.lock(), 0);
    };
    await expect(core.exportToFile(id)).rejects.toMatchObject({ code: 'locked' });
    expect(copies).toMatchObject({ opened: 1, closed: 1, discarded: 1, present: false });
  });
});
