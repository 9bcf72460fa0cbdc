// The vault's public API for the app and features: passphrase lifecycle, typed
// repositories per record kind, and the attachment store. No keys or ciphertext cross it.
import { VaultClient } from './client';
import { onQuickExit } from '../../exit/hooks';
import { CHUNK_BYTES, type BlobInfo } from '../format';
import { VaultError } from '../errors';
import type { KdfSettings, LockInfo, UnlockReport } from '../worker/types';
import type { LockedEntry } from '../worker/locked-log';
import { backupApi, clearOutsideVault, discardExportCopy, duressApi } from './backup-api';
import { vaultPresent } from './presence';
import { streamLender } from './lender';

export { VaultError, type VaultErrorCode } from '../errors';
export { passphraseLength } from '../format';
export type { BlobInfo, KdfSettings, LockInfo, UnlockReport };
export type { IntegrityReport, KindCounts } from '../worker/integrity';
export type { AttemptsReport, LogTamper } from '../worker/attempt-report';
export type { BackupProgress, CheckedBackup, ExportOptions, OnProgress } from './backup-api';
export type { BackupSummary } from '../backup/import';
export type { ImportMode, ImportReport } from '../backup/stage';
export type { BackupStatus } from '../backup/sessions';
export type { DecoyFile, DecoyRecord, DuressStatus } from '../worker/duress';
export type { DamagedFile, FileCheck, FileProblem } from '../worker/filecheck';
export type { LockedEntry, LockedItem } from '../worker/locked-log';
export type { SharedInfo } from '../worker/shared-files';
export { MAX_LOCKED_WORDS } from '../format';

const client = new VaultClient();
const lender = streamLender(client);
/** Chunks (1 MiB each) held on this thread at most while an attachment is read. */
const FOLD_CHUNKS = 4;
const erasedListeners = new Set<() => void>();
// Leaving in a hurry locks first: the worker finishes the last write, then it and every key in it are gone.
onQuickExit((pageGone) => client.lock(!pageGone));

export interface Repository<T> {
  put(value: T, id?: string): Promise<string>;
  get(id: string): Promise<T | undefined>;
  /** Every record of the kind (after unlock, waits for older records still loading). */
  list(): Promise<Array<{ id: string; value: T }>>;
  /**
   * At most `count` records, the newest saved first, at once even while older ones load after an
   * unlock. `complete`: every record is loaded (else list() gives the whole kind once it is).
   */
  newest(count: number): Promise<{ items: Array<{ id: string; value: T }>; complete: boolean }>;
  delete(id: string): Promise<void>;
  /** Adds new records and removes others in one transaction: all of it is written, or none. */
  writeMany(values: T[], deletes?: string[]): Promise<string[]>;
}

export function repository<T>(kind: string): Repository<T> {
  if (kind.startsWith('_')) throw new Error('reserved kind');
  return {
    put: (value, id) => client.callUnlocked('put', [kind, id ?? null, value]),
    get: async (id) => (await client.callUnlocked('get', [kind, id])) as T | undefined,
    list: async () => (await client.callUnlocked('listAll', [kind])) as Array<{ id: string; value: T }>,
    newest: async (count) => (await client.callUnlocked('listNewest', [kind, count])) as { items: Array<{ id: string; value: T }>; complete: boolean },
    delete: (id) => client.callUnlocked('delete', [kind, id]),
    writeMany: (values, deletes = []) => client.callUnlocked('writeMany', [kind, values, deletes]),
  };
}

export const blobs = {
  /** Encrypts a file chunk by chunk; the SHA-256 of the original bytes comes back in the info. */
  /**
   * `id`: one from newId(), for a caller that must note an attachment's id before any of it is
   * stored (an import, so that a tab killed midway leaves nothing behind it cannot find).
   * `hold`: its record is written only by commit(), with others in one transaction (an import's
   * pictures: one strict write per batch, not two per picture).
   */
  async put(file: Blob, name: string, onProgress?: (fraction: number) => void, chosenId?: string, hold = false): Promise<BlobInfo> {
    const type = file.type || 'application/octet-stream';
    const id = await client.callUnlocked('blobBegin', chosenId === undefined && !hold ? [type, name] : [type, name, chosenId, hold]);
    try {
      for (let offset = 0; ; offset += CHUNK_BYTES) {
        const end = Math.min(offset + CHUNK_BYTES, file.size);
        const bytes = new Uint8Array(await file.slice(offset, end).arrayBuffer());
        const last = end >= file.size;
        const info = await client.callUnlocked('blobWrite', [id, bytes, last], [bytes.buffer]);
        onProgress?.(file.size ? end / file.size : 1);
        if (last && info) return info;
      }
    } catch (error) {
      await client.callUnlocked('blobAbort', [id]).catch(() => undefined);
      throw error;
    }
  },
  commit: (ids: string[]) => client.callUnlocked('blobCommit', [ids]),
  /**
   * Small files, many at once (an import's pictures and previews): their bytes move to the worker
   * (transferred, not copied) in one call, and every chunk and record is stored in one
   * transaction: all of them or none. Each is held whole meanwhile, so keep a batch to a few MB;
   * a large file goes through put(), a slice at a time. `id`: as for put().
   */
  async putMany(files: Array<{ file: Blob; name: string; id?: string }>): Promise<BlobInfo[]> {
    const items = await Promise.all(files.map(async ({ file, name, id }) => ({
      type: file.type || 'application/octet-stream', name, bytes: new Uint8Array(await file.arrayBuffer()), ...(id === undefined ? {} : { id }),
    })));
    return client.callUnlocked('blobPutMany', [items], items.map((i) => i.bytes.buffer));
  },
  /** A fresh attachment id (16 random bytes, as the vault makes them), for put(). */
  newId(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  },
  info: (id: string) => client.callUnlocked('blobInfo', [id]),
  /** Every attachment's public info (no keys). */
  list: () => client.callUnlocked('blobList', []),
  /** Decrypts on demand into a Blob (chunks move, they are not copied), folding a few chunks at a
   *  time into it: the browser keeps a big Blob out of the JS heap, so a 100 MB video never sits
   *  there whole (holding every chunk until the end did, issue 16). */
  async get(id: string): Promise<Blob> {
    const info = await client.callUnlocked('blobInfo', [id]);
    if (!info) throw new VaultError('not-found');
    let folded = new Blob([], { type: info.type });
    let parts: BlobPart[] = [];
    for (let i = 0; i < info.chunks; i++) {
      parts.push((await client.callUnlocked('blobChunk', [id, i])) as Uint8Array<ArrayBuffer>);
      if (parts.length === FOLD_CHUNKS || i === info.chunks - 1) {
        folded = new Blob([folded, ...parts], { type: info.type });
        parts = [];
      }
    }
    return folded;
  },
  /**
   * An address a <video> or <audio> plays the attachment from, read a chunk at a time as it plays
   * and seeks (through the service worker; see stream/). null where no service worker can: then
   * get() it whole. It stops working when the vault locks, or after forget().
   */
  stream: (id: string) => lender.lend(id),
  forget: (url: string) => lender.forget(url),
  /** Removes an attachment, or what was stored of one cut off before it was whole. */
  delete: (id: string) => client.callUnlocked('blobDelete', [id]),
};

export const vault = {
  warmUp: () => client.warmUp(),
  /** The person has started typing on the lock screen or at setup: the worker readies Argon2id's memory meanwhile. */
  prepareUnlock: (): void => void client.call('warmKdf', []).catch(() => undefined),
  /** Read on this thread when the browser allows (fast); else asked of the worker. */
  async exists(): Promise<boolean> {
    return (await vaultPresent()) ?? client.call('exists', []);
  },
  async create(passphrase: string, params?: KdfSettings): Promise<void> {
    await client.call('create', [passphrase, params]);
    client.markUnlocked();
  },
  async unlock(passphrase: string): Promise<UnlockReport> {
    const report = await client.call('unlock', [passphrase]);
    client.markUnlocked();
    // A backup copy left by a lock that could not remove it (the page went away) goes now.
    void discardExportCopy();
    return report;
  },
  /** `now`: the page is going away, so the last writes cannot finish: terminate at once. */
  lock: (options?: { now?: boolean }) => client.lock(!options?.now),
  isUnlocked: () => client.isUnlocked(),
  /** Resolves once unlock's background load has opened and checked every record. */
  loaded: () => client.callUnlocked('loaded', []),
  /** What an unlock marked `pending` found, once every record is checked (findings, failed tries). */
  unlockReport: () => client.callUnlocked('unlockReport', []),
  onLock: (listener: () => void) => client.onLock(listener),
  /** `write` runs as the vault locks (Quick exit, Lock, auto-lock) and must start its write at once. */
  onLastWrite: (write: () => unknown) => client.onLastWrite(write),
  /**
   * A new vault key and everything re-encrypted under it (one transaction: an interruption leaves
   * the old passphrase working). `duressTurnedOff`: the duress passphrase must be set again.
   */
  changePassphrase: (current: string, next: string, onProgress?: (done: number, total: number) => void) =>
    client.callUnlocked('changePassphrase', [current, next], [], onProgress),
  kdfParams: () => client.call('kdfParams', []),
  /** Readable while locked: when the next try is allowed after many wrong ones (0: now). */
  lockInfo: () => client.call('lockInfo', []),
  /**
   * Every attachment's chunks, checked since unlock in the background (waits until it is done).
   * `referenced`: the attachment ids the caller's records point to, so those whose metadata row is
   * gone are reported too.
   */
  checkFiles: (referenced: string[] = []) => client.callUnlocked('fileCheck', [referenced]),
  /**
   * The passphrase typed again before something leaves or a guard weakens (throttled and
   * counted as every check is). `device` false (inside the decoy): a setting kept on the device
   * must not change; keep it in the vault's own settings instead.
   */
  confirm: (passphrase: string): Promise<{ device: boolean }> => client.callUnlocked('confirm', [passphrase]),
  /** The person has seen the unlock report: list the vault as it is now, so it is not repeated. */
  acceptIntegrity: () => client.callUnlocked('acceptIntegrity', []),
  /**
   * "Erase all data", after the passphrase is typed again: the database (records, attachments,
   * keys), prefs, local and session storage and every cache but the app's precache; then locks
   * and tells onErased listeners (the shell returns to first run). The installed app keeps
   * working offline. A wrong passphrase changes nothing.
   */
  async eraseAll(passphrase: string): Promise<void> {
    await client.callUnlocked('eraseAll', [passphrase]);
    await clearOutsideVault();
    client.lock(false); // erased: no last write may recreate anything
    for (const listener of erasedListeners) listener();
  },
  /** "Log a contact" on the lock screen: sealed to the vault's public key, no passphrase (issue 24). */
  logLocked: (entry: LockedEntry) => client.call('logLocked', [entry]),
  /** After a real unlock: the contacts logged while locked, to accept into the journal or discard. */
  lockedEntries: () => client.callUnlocked('lockedEntries', []),
  dropLocked: (ids: string[]) => client.callUnlocked('dropLocked', [ids]),
  onErased(listener: () => void): () => void {
    erasedListeners.add(listener);
    return () => erasedListeners.delete(listener);
  },
};

/**
 * Files shared into the app from another one (the manifest's share_target, issue 25). seal()
 * works while locked and needs no passphrase: each chunk is encrypted as it arrives and the file's
 * key is sealed to the vault's public key, so nothing readable is ever stored. After a real
 * unlock: list(), read() (a File again), drop() (imported or declined).
 */
export const shared = {
  async seal(file: Blob, name: string): Promise<void> {
    const session = await client.call('shareBegin', [name, file.type, file.size]);
    try {
      for (let offset = 0; ; offset += CHUNK_BYTES) {
        const end = Math.min(offset + CHUNK_BYTES, file.size);
        const bytes = new Uint8Array(await file.slice(offset, end).arrayBuffer());
        const last = end >= file.size;
        await client.call('shareWrite', [session, bytes, last], [bytes.buffer]);
        if (last) return;
      }
    } catch (error) {
      await client.call('shareAbort', [session]).catch(() => undefined);
      throw error;
    }
  },
  list: () => client.callUnlocked('sharedFiles', []),
  async read(id: string): Promise<File> {
    const info = (await client.callUnlocked('sharedFiles', [])).find((f) => f.id === id);
    if (!info) throw new VaultError('not-found');
    const parts: BlobPart[] = [];
    for (let n = 0; n < info.chunks; n++) parts.push((await client.callUnlocked('sharedChunk', [id, n])) as Uint8Array<ArrayBuffer>);
    return new File(parts, info.name, { type: info.type, lastModified: info.at });
  },
  drop: (ids: string[]) => client.callUnlocked('dropShared', [ids]),
};

/** Encrypted backup files: export (streamed), check (reads everything, changes nothing), apply. */
export const backup = backupApi(client);

/** The optional duress passphrase and its decoy. */
export const duress = duressApi(client);
