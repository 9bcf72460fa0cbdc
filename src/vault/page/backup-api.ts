// The page's side of backups, duress and erase: drives the worker's sessions, hands the export
// over as the worker's file on disk (the OPFS copy) or else a folded Blob, and clears what
// lives outside the vault on erase.
import type { VaultClient } from './client';
import { clearPrefs } from '../../exit/prefs';
import { backupFileName } from '../backup/format';
import { copyReadable, discardCopy, readCopy } from '../backup/copy';
import type { BackupSummary, ImportStep } from '../backup/import';
import type { ImportMode, ImportReport } from '../backup/stage';
import type { DecoyFile, DecoyRecord } from '../worker/duress';
import type { DamagedFile } from '../worker/filecheck';

export interface BackupProgress { phase: 'export' | 'verify' | 'apply'; done: number; total: number }
export type OnProgress = (progress: BackupProgress) => void;

export interface ExportOptions {
  /** The current passphrase, typed again; it also protects the file unless backupPassphrase is given. */
  passphrase: string;
  backupPassphrase?: string;
  onProgress?: OnProgress;
  /** Files left out because they are damaged on this device (the rest of the backup is whole). */
  onSkipped?: (files: DamagedFile[]) => void;
}

/** A backup file that has been read completely and passed every check; nothing changed yet. */
export interface CheckedBackup {
  summary: BackupSummary;
  apply(mode: ImportMode, onProgress?: OnProgress): Promise<ImportReport>;
  close(): Promise<void>;
}

/** Pieces are folded into a Blob every so often: the browser keeps big Blobs on disk, not in the heap. */
const FOLD_BYTES = 32 * 1024 * 1024;

/** Removals of the OPFS copy run one after another, and an export starts after the last. */
let discarding: Promise<void> = Promise.resolve();

/** Removes the export's OPFS copy (why it is kept until then: backup/copy.ts). */
export function discardExportCopy(): Promise<void> {
  discarding = discarding.then(discardCopy);
  return discarding;
}

export function backupApi(client: VaultClient) {
  // A lock removes the copy once the worker is gone: a worker still writing holds it open.
  client.onLock(() => void client.closed().then(discardExportCopy));

  const open = (passphrase: string, backupPassphrase?: string) => client.callUnlocked('exportOpen', [passphrase, backupPassphrase ?? null]);

  /**
   * The export written by the worker into the OPFS copy, handed over as that disk-backed File;
   * null where it could not be (no OPFS or sync handles, storage full): the caller folds a Blob.
   * A real failure (a photo deleted meanwhile, the vault locked) is thrown as the Blob path would.
   */
  async function toCopy(id: string, onProgress?: OnProgress): Promise<{ file: File | null; restart: boolean }> {
    const progress = (done: number, total: number) => onProgress?.({ phase: 'export', done, total });
    let result;
    try {
      result = await client.callUnlocked('exportToFile', [id], [], progress);
    } catch (error) {
      await client.callUnlocked('exportClose', [id]).catch(() => undefined);
      throw error;
    }
    if (!result.written) return { file: null, restart: result.restart };
    const file = await readCopy();
    // Only the file the worker finished, never a half-written or replaced one.
    if (file?.size === result.size) return { file, restart: false };
    await discardExportCopy();
    return { file: null, restart: true };
  }

  async function exportBackup({ passphrase, backupPassphrase, onProgress, onSkipped }: ExportOptions): Promise<Blob> {
    // The last export's copy goes first, whatever path this one takes.
    await discardExportCopy();
    const opened = await open(passphrase, backupPassphrase);
    let { id } = opened;
    onSkipped?.(opened.skipped);
    if (copyReadable()) {
      const { file, restart } = await toCopy(id, onProgress);
      if (file) return file;
      if (restart) ({ id } = await open(passphrase, backupPassphrase));
    }
    return folded(id, onProgress);
  }

  /** Without the copy: the pieces folded into a Blob every so often (the browser keeps big Blobs out of the heap, mostly). */
  async function folded(id: string, onProgress?: OnProgress): Promise<Blob> {
    const step = () => {
      const call = client.callUnlocked('exportNext', [id]);
      call.catch(() => undefined); // reported when awaited
      return call;
    };
    let folded = new Blob([]);
    let parts: BlobPart[] = [];
    let pending = 0;
    let next = step();
    try {
      for (;;) {
        const chunk = await next;
        // Ask for the next step before folding this one: the worker encrypts while the page copies.
        if (!chunk.finished) next = step();
        for (const part of chunk.parts) {
          parts.push(part as Uint8Array<ArrayBuffer>);
          pending += part.length;
        }
        if (pending >= FOLD_BYTES || chunk.finished) {
          folded = new Blob([folded, ...parts], { type: 'application/octet-stream' });
          parts = [];
          pending = 0;
        }
        onProgress?.({ phase: 'export', done: chunk.done, total: chunk.total });
        if (chunk.finished) return folded;
      }
    } catch (error) {
      await client.callUnlocked('exportClose', [id]).catch(() => undefined);
      throw error;
    }
  }

  async function drive(op: () => Promise<ImportStep>, phase: BackupProgress['phase'], onProgress?: OnProgress): Promise<ImportStep> {
    for (;;) {
      const step = await op();
      onProgress?.({ phase, done: step.done, total: step.total });
      if (step.summary && phase === 'verify') return step;
      if (step.report) return step;
    }
  }

  /**
   * `passphrase`: the backup's. `localPassphrase`: this vault's, typed again; only a vault that
   * holds nothing yet (a restore on a new phone) may pass null.
   */
  async function check(file: Blob, passphrase: string, localPassphrase: string | null, onProgress?: OnProgress): Promise<CheckedBackup> {
    const { id } = await client.callUnlocked('importOpen', [file, passphrase, localPassphrase]);
    const close = () => client.callUnlocked('importClose', [id]).catch(() => undefined);
    try {
      const { summary } = await drive(() => client.callUnlocked('importVerify', [id]), 'verify', onProgress);
      return {
        summary: summary!,
        async apply(mode, progress) {
          return (await drive(() => client.callUnlocked('importApply', [id, mode]), 'apply', progress)).report!;
        },
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  }

  return {
    /** A neutral name for the file: nothing about the app or the person. */
    fileName: (now?: Date) => backupFileName(now),
    export: exportBackup,
    /** Reads and verifies the whole file; only the returned apply() changes the vault. */
    check,
    status: () => client.callUnlocked('backupStatus', []),
  };
}

export function duressApi(client: VaultClient) {
  return {
    status: () => client.callUnlocked('duressStatus', []),
    /** `decoy`: the records the decoy vault starts with (a few ordinary notes). */
    /** `files`: ordinary photos for the decoy, with ids the page chose (its records may refer to them). */
    enable: (current: string, passphrase: string, erase: boolean, decoy: DecoyRecord[], files: DecoyFile[] = []) =>
      client.callUnlocked('duressEnable', [current, passphrase, erase, decoy, files], files.map((f) => f.bytes.buffer as ArrayBuffer)),
    disable: (current: string) => client.callUnlocked('duressDisable', [current]),
  };
}

/** Everything the origin keeps besides the vault, except the app's own precache (so it still works offline). */
export async function clearOutsideVault(): Promise<void> {
  clearPrefs();
  await discardExportCopy();
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage blocked: nothing was kept there either.
  }
  if (!('caches' in self)) return;
  try {
    for (const name of await caches.keys()) if (!name.startsWith('workbox-precache')) await caches.delete(name);
  } catch {
    // Cache Storage unavailable: nothing to clear.
  }
}
