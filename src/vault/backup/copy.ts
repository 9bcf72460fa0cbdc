// The export's copy on disk: one file in the origin private file system (OPFS) that the worker
// writes as it encrypts and the page hands over as a disk-backed File, so an export holds a few
// chunks in memory, never the vault (issue 16). Used on both sides: the page reads and removes
// it, the worker writes it.

/**
 * Neutral and fixed: one file, which a new export replaces. It is ciphertext (the backup
 * format), but a second copy of everything, possibly under a weaker backup passphrase, for
 * whoever copies the storage. It stays only because the download or the share sheet reads it
 * lazily after it is handed over: it goes at the next lock or unlock, at the start of the next
 * export, and with Erase all.
 */
export const COPY_NAME = 'file.tmp';

/** What the worker writes through (a FileSystemSyncAccessHandle, or a stand-in in tests). */
export interface CopyHandle {
  write(bytes: Uint8Array, options: { at: number }): number | Promise<number>;
  // Chromium 102–107 made these asynchronous: they are awaited either way.
  truncate(size: number): void | Promise<void>;
  flush(): void | Promise<void>;
  close(): void | Promise<void>;
}

export interface CopyStore {
  /** A fresh, empty copy to write, or null where this browser cannot (the export then folds a Blob). */
  open(): Promise<CopyHandle | null>;
  discard(): Promise<void>;
}

type Root = { getFileHandle(name: string, options?: { create?: boolean }): Promise<FileSystemFileHandle>; removeEntry(name: string): Promise<void> };

/** The origin's private directory, or null where there is none (WebKitGTK has no navigator.storage). */
async function root(): Promise<Root | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (typeof storage?.getDirectory !== 'function') return null;
  // Refused in some private windows (Firefox): no copy, the Blob path instead.
  return (await storage.getDirectory().catch(() => null)) as Root | null;
}

/** Whether this context can read a copy back (the page checks before asking the worker for one). */
export function copyReadable(): boolean {
  return typeof (globalThis.navigator as Navigator | undefined)?.storage?.getDirectory === 'function';
}

export async function discardCopy(): Promise<void> {
  try {
    await (await root())?.removeEntry(COPY_NAME);
  } catch {
    // Not there (the usual case), or still held by a worker being ended: the next unlock removes it.
  }
}

/** The finished copy as a File: its bytes stay on disk until they are read. */
export async function readCopy(): Promise<File | null> {
  try {
    const dir = await root();
    return dir ? await (await dir.getFileHandle(COPY_NAME)).getFile() : null;
  } catch {
    return null;
  }
}

/** Closing an already closed (or broken) handle throws: nothing left to do then. */
export async function closeQuietly(handle: CopyHandle | undefined): Promise<void> {
  try {
    await handle?.close();
  } catch {
    // Already closed.
  }
}

/** The worker's side: OPFS with synchronous access handles (dedicated workers only). */
export const opfsCopies: CopyStore = {
  async open() {
    const dir = await root();
    if (!dir) return null;
    let handle: CopyHandle | undefined;
    try {
      const file = await dir.getFileHandle(COPY_NAME, { create: true });
      const sync = (file as unknown as { createSyncAccessHandle?: () => Promise<CopyHandle> }).createSyncAccessHandle;
      if (typeof sync !== 'function') throw new Error('unsupported');
      handle = await sync.call(file);
      await handle.truncate(0);
      return handle;
    } catch {
      await closeQuietly(handle);
      // No sync handles here, held by another tab's export, or refused: this export folds a
      // Blob instead, and leaves no empty file behind.
      await discardCopy();
      return null;
    }
  },
  discard: discardCopy,
};
