// The vault itself: key hierarchy, sealed records under a sealed index (written by write.ts), and
// chunked blobs over IndexedDB. Runs inside the vault worker (and in Node for tests); the vault key never leaves it.
// Passphrase changes live in rekey.ts, the v1 upgrade in upgrade.ts, duress in duress.ts, backup
// sessions in backup/sessions.ts; they work through the internal accessors below, which the
// worker does not expose (its operation list is rpc.ts's OPS).
import { loadSodium, randomBytes, randomId, sameBytes, wipe, KEY_BYTES } from './crypto';
import { openVaultDb, deleteVaultDb, DB_NAME, type Db } from './db';
import {
  DEFAULT_KDF, FORMAT_VERSION, HEADER_ID, STORE, BLOB_KIND, publicBlobInfo,
  type BlobInfo, type StoredBlobInfo, type VaultHeader,
} from '../format';
import { VaultError } from '../errors';
import { BlobWriter, readBlobChunk, deleteBlobChunks } from './blobs';
import { checkHeader, fillerSlot, newKdf, openSlots, sealSlot, deriveFor, REAL_SLOT, type SlotMatch } from './keyslots';
import { blobsMissingChunks, loadRecords, type Mode } from './load';
import { RecordIndex, type StoredItem } from './records';
import { cleanReport, type IntegrityReport } from './integrity';
import { nextTryAt, readLog, recordFailure, takeReport, keepForRealUnlock, newBox, type AttemptsReport } from './attempts';
import { BackupSessions } from '../backup/sessions';
import { changeVaultKey } from './rekey';
import { upgradeVault } from './upgrade';
import { writeRecords, type WriteSet } from './write';
import * as duress from './duress';
import { FileChecker, type FileCheck } from './filecheck';

export interface KdfSettings { ops: number; mem: number }
export interface UnlockReport {
  /** Rows no key of this vault opens (damaged or altered): kept, never deleted. */
  damaged: number;
  /** What the sealed index found missing, rolled back or slipped in, by kind. */
  integrity: IntegrityReport;
  /** Failed tries since the last real unlock. */
  attempts: AttemptsReport;
  /** Attachments with chunks missing (counted at once; fileCheck() then checks every chunk's tag). */
  brokenFiles: number;
  /** The vault was in the v1 format and has just been upgraded. */
  upgraded: boolean;
}
export interface LockInfo { nextTryAt: number }
export type Progress = (done: number, total: number) => void;
export type { Mode, StoredItem, WriteSet };

const quietReport = (): UnlockReport => ({ damaged: 0, integrity: cleanReport(), attempts: { count: 0, lastAt: null }, brokenFiles: 0, upgraded: false });

export class VaultCore {
  private db: Db | null = null;
  private key: Uint8Array | null = null;
  private writers = new Map<string, BlobWriter>();
  private backups = new BackupSessions(this);
  /** The record index: decrypted cache, row ids, decoy state, sealed index. */
  readonly records = new RecordIndex();
  /** Every attachment's chunks, checked in the background after each unlock or reload. */
  readonly files = new FileChecker();
  /** Which slot opened the vault: the passphrase's, or the duress passphrase's. */
  private openedAs: Mode = 'real';
  /** Writes run one at a time (each seals the index as the one before left it). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dbName = DB_NAME, private readonly now: () => number = Date.now) {}

  async init(): Promise<void> {
    await Promise.all([loadSodium(), this.openDatabase()]);
  }

  private opening: Promise<void> | null = null;

  /** The database alone (no crypto): enough to tell whether a vault exists. One connection,
   *  even when init() and exists() ask at the same time. */
  private openDatabase(): Promise<void> {
    if (this.db) return Promise.resolve();
    // Another tab erasing or upgrading: let go at once (and lock: our keys are for a vault that is going away).
    this.opening ??= openVaultDb(this.dbName, () => {
      this.db?.close();
      this.db = null;
      this.lock();
    }).then((db) => {
      this.db = db;
    }).finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  // ---- internal accessors (for rekey, upgrade, duress and backup; not exposed by the worker) ----

  database(): Db {
    if (!this.db) throw new VaultError('internal', 'not-initialised');
    return this.db;
  }

  vaultKey(): Uint8Array {
    if (!this.key) throw new VaultError('locked');
    return this.key;
  }

  get mode(): Mode {
    return this.openedAs;
  }

  async readHeader(): Promise<VaultHeader> {
    return checkHeader((await this.database().get(STORE.header, HEADER_ID)) as VaultHeader | undefined);
  }

  /** Checks a passphrase re-typed to confirm a sensitive action; returns the matching slot. */
  async confirmPassphrase(passphrase: string): Promise<SlotMatch> {
    const match = openSlots(await this.readHeader(), passphrase);
    if (!match || !sameBytes(match.key, this.vaultKey())) {
      if (match) wipe(match.kek);
      wipe(match?.key);
      throw new VaultError('wrong-passphrase');
    }
    return match;
  }

  /** Replaces the vault in memory after an import, a duress erase or an upgrade. */
  async reload(header?: VaultHeader): Promise<UnlockReport> {
    header ??= await this.readHeader();
    const loaded = await loadRecords(this.database(), this.vaultKey(), { mode: this.openedAs, expectIndex: this.openedAs === 'real' && header.v >= 2 });
    this.records.adopt(loaded);
    // The decoy's files are not the person's: nothing to report under duress.
    if (this.openedAs === 'real') this.files.start(this.database(), this.vaultKey(), loaded.cache.entries());
    else this.files.stop();
    return { ...quietReport(), damaged: loaded.damaged, integrity: loaded.report, brokenFiles: await blobsMissingChunks(this.database(), loaded.cache) };
  }

  async swapDatabase(): Promise<Db> {
    this.db?.close();
    this.db = null;
    await deleteVaultDb(this.dbName);
    await this.init();
    return this.database();
  }

  adoptKey(key: Uint8Array, mode: Mode): void {
    if (this.key !== key) wipe(this.key);
    this.key = key;
    this.openedAs = mode;
  }

  /** Runs a write after every earlier one (a passphrase change, an import's commit, a save). */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => undefined).then(work);
    this.queue = run;
    return run;
  }

  /** The one write path, queued behind earlier writes (see writeNow). */
  write(set: WriteSet): Promise<string[]> {
    return this.serial(() => this.writeNow(set));
  }

  /** Only from inside serial(): see write.ts. */
  writeNow(set: WriteSet): Promise<string[]> {
    return writeRecords(this, set);
  }

  // ---- lifecycle ----

  async exists(): Promise<boolean> {
    // No libsodium needed: the lock screen can show while the wasm is still compiling.
    await this.openDatabase();
    return (await this.database().get(STORE.header, HEADER_ID)) !== undefined;
  }

  /** Readable while locked: when the next try is allowed (after many wrong ones). */
  async lockInfo(): Promise<LockInfo> {
    await this.openDatabase();
    return { nextTryAt: nextTryAt(await readLog(this.database())) };
  }

  async create(passphrase: string, params: KdfSettings = DEFAULT_KDF): Promise<void> {
    await this.init();
    if (await this.exists()) throw new VaultError('exists');
    const key = randomBytes(KEY_BYTES);
    const kdf = newKdf(params);
    const kek = deriveFor(passphrase, kdf);
    const header: VaultHeader = { id: HEADER_ID, v: FORMAT_VERSION, slots: [sealSlot(kek, key, kdf, 0), fillerSlot(kdf)], box: newBox(key, FORMAT_VERSION) };
    wipe(kek);
    this.records.clear();
    this.adoptKey(key, 'real');
    // The header and an empty sealed index, together: a vault never exists without its index.
    await this.write({ header });
  }

  async unlock(passphrase: string): Promise<UnlockReport> {
    await this.init();
    const header = await this.readHeader();
    const db = this.database();
    const waitUntil = nextTryAt(await readLog(db));
    if (waitUntil > this.now()) throw new VaultError('throttled', String(waitUntil));
    const match = openSlots(header, passphrase);
    if (!match) {
      await recordFailure(db, header, this.now()).catch(() => undefined);
      throw new VaultError('wrong-passphrase');
    }
    this.adoptKey(match.key, match.index === REAL_SLOT ? 'real' : 'decoy');
    try {
      let report = await this.reload(header);
      if (this.openedAs === 'decoy') {
        await keepForRealUnlock(db);
        // A duress passphrase set to "erase": do it now, then carry on as if nothing happened.
        if (duress.eraseRequested(this.records)) await duress.eraseForDuress(this, header, match);
        return quietReport();
      }
      let current = header;
      if (header.v < FORMAT_VERSION) {
        await upgradeVault(this, header);
        current = await this.readHeader();
        report = { ...(await this.reload(current)), upgraded: true };
      }
      return { ...report, attempts: await takeReport(db, current, this.vaultKey()) };
    } finally {
      wipe(match.kek);
    }
  }

  lock(): void {
    wipe(this.key);
    this.key = null;
    this.openedAs = 'real';
    this.records.clear();
    this.files.stop();
    for (const writer of this.writers.values()) writer.discard();
    this.writers.clear();
    this.backups.closeAll();
  }

  isUnlocked(): boolean {
    return this.key !== null;
  }

  /**
   * A new vault key and salt, and every record re-encrypted under it, in one transaction (see
   * rekey.ts): an old copy of the header with the old passphrase opens nothing written after.
   */
  changePassphrase(current: string, next: string, params?: KdfSettings, progress?: Progress): Promise<{ duressTurnedOff: boolean }> {
    return this.serial(() => changeVaultKey(this, current, next, params, progress));
  }

  async kdfParams(): Promise<KdfSettings> {
    await this.init();
    const { ops, mem } = (await this.readHeader()).slots[REAL_SLOT]!.kdf;
    return { ops, mem };
  }

  /** Lists every record as it is now: the person has seen what the unlock report said. */
  async acceptIntegrity(): Promise<void> {
    this.vaultKey();
    this.records.accept();
    await this.write({});
  }

  /**
   * Every attachment's chunks (count and tags), as checked since unlock: waits for the check
   * that unlock started. `referenced`: the attachment ids the page's records point to, so a
   * metadata row that is gone is reported too.
   */
  fileCheck(referenced: string[] = []): Promise<FileCheck> {
    this.vaultKey();
    return this.files.result(Array.isArray(referenced) ? referenced : [], (id) => this.records.get(BLOB_KIND, id) !== undefined);
  }

  // ---- records (features' kinds only: internal kinds are refused here, not only on the page) ----

  private features(kind: string): void {
    this.vaultKey();
    if (typeof kind !== 'string' || !kind || kind.startsWith('_')) throw new VaultError('unsupported', 'reserved kind');
  }

  async put(kind: string, id: string | null, data: unknown): Promise<string> {
    this.features(kind);
    const existing = id === null ? undefined : this.records.envelope(id);
    if (existing && existing.k !== kind) throw new VaultError('not-found');
    return (await this.write({ puts: [{ kind, id, data }] }))[0]!;
  }

  get(kind: string, id: string): unknown {
    this.features(kind);
    return this.records.get(kind, id);
  }

  list(kind: string): StoredItem[] {
    this.features(kind);
    return this.records.list(kind);
  }

  async delete(kind: string, id: string): Promise<void> {
    this.features(kind);
    if (this.records.envelope(id)?.k !== kind) return;
    await this.write({ deletes: [id] });
  }

  // ---- blobs (attachments) ----

  blobBegin(type: string, name: string): string {
    this.vaultKey();
    const writer = new BlobWriter(this.database(), randomId(), type, name);
    this.writers.set(writer.blobId, writer);
    return writer.blobId;
  }

  async blobWrite(blobId: string, bytes: Uint8Array, last: boolean): Promise<BlobInfo | null> {
    const writer = this.writers.get(blobId);
    if (!writer) throw new VaultError('not-found');
    try {
      const info = await writer.writeOrAbort(bytes, last, (stored) => this.write({ puts: [{ kind: BLOB_KIND, id: blobId, data: stored }] }));
      if (last) this.writers.delete(blobId);
      return info && publicBlobInfo(info);
    } catch (error) {
      this.writers.delete(blobId);
      throw error;
    }
  }

  async blobAbort(blobId: string): Promise<void> {
    const writer = this.writers.get(blobId);
    this.writers.delete(blobId);
    await writer?.abort();
  }

  /** The public info: the attachment's own key stays in the worker. */
  blobInfo(blobId: string): BlobInfo | undefined {
    const stored = this.storedBlob(blobId);
    return stored && publicBlobInfo(stored);
  }

  private storedBlob(blobId: string): StoredBlobInfo | undefined {
    this.vaultKey();
    return this.records.get(BLOB_KIND, blobId) as StoredBlobInfo | undefined;
  }

  async blobChunk(blobId: string, index: number): Promise<Uint8Array> {
    const info = this.storedBlob(blobId);
    if (!info) throw new VaultError('not-found');
    return readBlobChunk(this.database(), this.vaultKey(), info, index);
  }

  async blobDelete(blobId: string): Promise<void> {
    const info = this.storedBlob(blobId);
    if (!info) return;
    await this.write({ deletes: [blobId] });
    await deleteBlobChunks(this.database(), info).catch(() => undefined); // unreachable without their record
  }

  // ---- backup (streamed, page-driven: see backup/sessions.ts) ----

  exportOpen(passphrase: string, backupPassphrase: string | null, kdf?: KdfSettings) {
    return this.backups.exportOpen(passphrase, backupPassphrase, kdf);
  }
  exportNext(id: string) { return this.backups.exportNext(id); }
  /** The whole export into the OPFS copy (backup/copy.ts), reporting progress per step. */
  exportToFile(id: string, progress?: Progress) { return this.backups.exportToFile(id, progress); }
  exportClose(id: string) { return this.backups.exportClose(id); }
  /** `localPassphrase`: this vault's, asked again unless the vault holds nothing yet (a restore on a new phone). */
  importOpen(file: Blob, passphrase: string, localPassphrase: string | null, maxBytes?: number) { return this.backups.importOpen(file, passphrase, localPassphrase, maxBytes); }
  importVerify(id: string) { return this.backups.importVerify(id); }
  importApply(id: string, mode: 'replace' | 'merge') { return this.backups.importApply(id, mode); }
  importClose(id: string) { return this.backups.importClose(id); }
  backupStatus() { return this.backups.status(); }

  // ---- duress passphrase (see duress.ts) ----

  duressStatus(): duress.DuressStatus {
    this.vaultKey();
    return duress.status(this);
  }
  duressEnable(current: string, duressPassphrase: string, erase: boolean, decoy: duress.DecoyRecord[], files?: duress.DecoyFile[]): Promise<void> {
    return duress.enable(this, current, duressPassphrase, erase, decoy, files);
  }
  duressDisable(current: string): Promise<void> {
    return duress.disable(this, current);
  }

  // ---- erase ----

  /** "Erase all data" asks for the passphrase: an unlocked minute is not enough to destroy the record. */
  async eraseAll(passphrase: string): Promise<void> {
    const match = await this.confirmPassphrase(passphrase);
    wipe(match.kek);
    wipe(match.key);
    await this.wipe();
  }

  async wipe(): Promise<void> {
    this.lock();
    this.db?.close();
    this.db = null;
    await deleteVaultDb(this.dbName);
  }

  /** Test and backup helper: raw access to the database. */
  rawDb(): Db {
    return this.database();
  }
}
