// The vault as the worker exposes it (its operation list is rpc.ts's OPS): composes the vault's
// state (state.ts) with the operations that take it (unlock, rekey, write, feature-records,
// attachments, duress, backup sessions). Runs inside the vault worker (and in Node for tests);
// the vault key never leaves it. Nothing imports this module back but the worker and rpc's types.
import { loadSodium } from './crypto';
import { DB_NAME } from './db';
import { DEFAULT_KDF, HEADER_ID, STORE, kdfInBounds, passphraseFloor, type BlobInfo, type VaultHeader } from '../format';
import { VaultError } from '../errors';
import { nextTryAt, readLog } from './attempts';
import { BackupSessions } from '../backup/sessions';
import { Attachments } from './attachments';
import { VaultState, type Mode } from './state';
import { checkPassphrase, kdfSettings } from './header';
import { createVault, unlockVault } from './unlock';
import { changeVaultKey } from './rekey';
import { reload } from './reload';
import { write, type WriteSet } from './write';
import { deleteRecord, getRecord, listOpen, listRecords, newestRecords, putRecord, writeRecords } from './feature-records';
import { quietReport } from './reload';
import type { Yield } from './preview';
import { KdfWarmUp } from './kdf-warm';
import * as duress from './duress';
import { fileCheck } from './files';
import { dropLocked, lockedEntries, logLocked, type LockedItem } from './locked-log';
import { SharedSealer, dropShared, sharedChunk, sharedFiles, type SharedInfo } from './shared-files';
import type { FileCheck } from './filecheck';
import type { Db } from './db';
import type { RecordIndex, StoredItem } from './records';
import type { KdfSettings, LockInfo, Progress, UnlockReport } from './types';

export type { KdfSettings, LockedItem, SharedInfo, LockInfo, Mode, Progress, StoredItem, UnlockReport, WriteSet };

export class VaultCore {
  private readonly state: VaultState;
  private readonly attachments: Attachments;
  private readonly backups: BackupSessions;
  private readonly sharing: SharedSealer;
  /** The lock screen's head start on Argon2id (kdf-warm.ts). */
  private readonly warm = new KdfWarmUp();
  /** The whole report of an unlock that returned before every record was checked. */
  private laterReport: Promise<UnlockReport> | null = null;

  /** `background`: the pace of unlock's background load and its preview's size (tests drive them). */
  constructor(dbName = DB_NAME, private readonly now: () => number = Date.now, background: { pause?: Yield; previewRows?: number } = {}) {
    // Another tab erasing or upgrading the database: lock (our keys are for a vault going away).
    this.state = new VaultState(dbName, () => this.lock());
    this.state.now = now;
    if (background.pause) this.state.pause = background.pause;
    if (background.previewRows !== undefined) this.state.previewRows = background.previewRows;
    // After a failed commit (write.ts pipelines saves), memory is read again from what is stored.
    this.state.reread = () => (this.state.isUnlocked() ? reload(this.state) : Promise.resolve());
    this.attachments = new Attachments(this.state);
    this.backups = new BackupSessions(this.state);
    this.sharing = new SharedSealer(() => this.state.database(), now);
  }

  async init(): Promise<void> {
    await Promise.all([loadSodium(), this.state.openDatabase()]);
  }

  /**
   * While the lock screen waits for the passphrase: readies the memory Argon2id will use for this
   * vault (or a new one), so that unlock costs the hashing alone (kdf-warm.ts). Never rejects.
   */
  async warmKdf(): Promise<void> {
    try {
      await this.init();
      const header = (await this.state.database().get(STORE.header, HEADER_ID)) as VaultHeader | undefined;
      // A forged header's settings are refused later; here they only must not size the block.
      const mems = (header?.slots ?? []).map((slot) => slot?.kdf).filter((kdf) => kdf && kdfInBounds(kdf)).map((kdf) => kdf.mem);
      await this.warm.run(Math.max(DEFAULT_KDF.mem, ...mems), this.state.pause);
    } catch {
      this.warm.stop(); // a warm-up is only ever a head start
    }
  }

  /** Ends the warm-up at once: the worker calls it before any request that needs libsodium. */
  endWarmUp(): void {
    this.warm.stop();
  }

  // ---- for tests (the worker never exposes these: only rpc.ts's OPS) ----

  /** The record index: decrypted cache, row ids, decoy state, sealed index. */
  get records(): RecordIndex {
    return this.state.records;
  }
  vaultKey(): Uint8Array {
    return this.state.vaultKey();
  }
  serial<T>(work: () => Promise<T>): Promise<T> {
    return this.state.serial(work);
  }
  write(set: WriteSet): Promise<string[]> {
    return write(this.state, set);
  }
  reload(): Promise<UnlockReport> {
    return reload(this.state);
  }
  /** Raw access to the database. */
  rawDb(): Db {
    return this.state.database();
  }

  // ---- lifecycle ----

  async exists(): Promise<boolean> {
    // No libsodium needed: the lock screen can show while the wasm is still compiling.
    await this.state.openDatabase();
    return (await this.state.database().get(STORE.header, HEADER_ID)) !== undefined;
  }

  /** Readable while locked: when the next try is allowed (after many wrong ones). */
  async lockInfo(): Promise<LockInfo> {
    await this.state.openDatabase();
    const db = this.state.database();
    const header = (await db.get(STORE.header, HEADER_ID)) as VaultHeader | undefined;
    return { nextTryAt: nextTryAt(await readLog(db)), minLength: passphraseFloor(header) };
  }

  async create(passphrase: string, params: KdfSettings = DEFAULT_KDF): Promise<void> {
    await this.init();
    if (await this.exists()) throw new VaultError('exists');
    await createVault(this.state, passphrase, params);
  }

  async unlock(passphrase: string): Promise<UnlockReport> {
    await this.init();
    const { report, later } = await unlockVault(this.state, passphrase, this.now);
    this.laterReport = later ?? null;
    return report;
  }

  /**
   * Unlock returns with the newest records open; the rest load in the background. Resolves once
   * every record is open and checked (at once when nothing is loading); rejects if a lock stops it.
   */
  loaded(): Promise<void> {
    return this.state.loaded();
  }

  /** Whether older records are still loading (reads of them wait; writes wait too). */
  isLoading(): boolean {
    return this.state.loading !== null;
  }

  /**
   * What the unlock found (findings, failed tries), once the complete check has run: the report an
   * unlock marked `pending` did not hold yet. Quiet when this unlock's report was given in full.
   */
  async unlockReport(): Promise<UnlockReport> {
    this.state.vaultKey();
    return (await this.laterReport) ?? quietReport();
  }

  lock(): void {
    this.laterReport = null;
    this.state.forget();
    this.attachments.discardAll();
    this.backups.closeAll();
  }

  isUnlocked(): boolean {
    return this.state.isUnlocked();
  }

  /**
   * A new vault key and salt, and every record re-encrypted under it, in one transaction (see
   * rekey.ts): an old copy of the header with the old passphrase opens nothing written after.
   */
  changePassphrase(current: string, next: string, params?: KdfSettings, progress?: Progress): Promise<{ duressTurnedOff: boolean }> {
    return this.state.serial(() => changeVaultKey(this.state, current, next, params, progress));
  }

  async kdfParams(): Promise<KdfSettings> {
    await this.init();
    return kdfSettings(this.state);
  }

  /** Lists every record as it is now: the person has seen what the unlock report said. */
  async acceptIntegrity(): Promise<void> {
    this.state.vaultKey();
    this.state.records.accept();
    await write(this.state, {});
  }

  /**
   * Every attachment's chunks (count and tags), as checked since unlock: waits for the check
   * that unlock started. `referenced`: the attachment ids the page's records point to, so a
   * metadata row that is gone is reported too.
   */
  fileCheck(referenced: string[] = []): Promise<FileCheck> {
    return fileCheck(this.state, referenced);
  }

  // ---- records (see feature-records.ts) ----

  put(kind: string, id: string | null, data: unknown): Promise<string> {
    return putRecord(this.state, kind, id, data);
  }
  get(kind: string, id: string): unknown {
    return getRecord(this.state, kind, id);
  }
  /** At once (tests, and the worker's own callers): throws while some of the kind still load. */
  list(kind: string): StoredItem[] {
    return listOpen(this.state, kind);
  }
  /** The page's list: waits for the background load when the kind is not all open yet. */
  listAll(kind: string): Promise<StoredItem[]> {
    return listRecords(this.state, kind);
  }
  listNewest(kind: string, count: number): { items: StoredItem[]; complete: boolean } {
    return newestRecords(this.state, kind, count);
  }
  delete(kind: string, id: string): Promise<void> {
    return deleteRecord(this.state, kind, id);
  }
  writeMany(kind: string, values: unknown[], deletes: string[]): Promise<string[]> {
    return writeRecords(this.state, kind, values, deletes);
  }

  // ---- blobs (attachments: see attachments.ts) ----

  blobBegin(type: string, name: string, id?: string, hold?: boolean): string {
    return this.attachments.begin(type, name, id, hold);
  }
  /** Whole attachments, many at once: stored in one transaction (see Attachments.putMany). */
  blobPutMany(items: Array<{ type: string; name: string; bytes: Uint8Array; id?: string }>): Promise<BlobInfo[]> {
    return this.attachments.putMany(items);
  }
  blobCommit(ids: string[]): Promise<void> {
    return this.attachments.commit(ids);
  }
  blobWrite(blobId: string, bytes: Uint8Array, last: boolean): Promise<BlobInfo | null> {
    return this.attachments.write(blobId, bytes, last);
  }
  blobAbort(blobId: string): Promise<void> {
    return this.attachments.abort(blobId);
  }
  /** The public info: the attachment's own key stays in the worker. */
  blobInfo(blobId: string): BlobInfo | undefined {
    return this.attachments.info(blobId);
  }
  blobList(): BlobInfo[] {
    return this.attachments.list();
  }
  blobChunk(blobId: string, index: number): Promise<Uint8Array> {
    return this.attachments.chunk(blobId, index);
  }
  blobDelete(blobId: string): Promise<void> {
    return this.attachments.delete(blobId);
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
    this.state.vaultKey();
    return duress.status(this.state);
  }
  duressEnable(current: string, duressPassphrase: string, erase: boolean, decoy: duress.DecoyRecord[], files?: duress.DecoyFile[]): Promise<void> {
    return duress.enable(this.state, current, duressPassphrase, erase, decoy, files);
  }
  duressDisable(current: string): Promise<void> {
    return duress.disable(this.state, current);
  }

  // ---- a guard: anything that lets the record leave, or weakens what guards it ----

  /**
   * The passphrase typed again (throttled and counted as every check is). `device`: whether a
   * setting kept on the device (Quick exit's destination, the disguise) may change now; inside
   * the decoy it may not, and the change is kept in the decoy's own settings only.
   */
  async confirm(passphrase: string): Promise<{ device: boolean }> {
    await checkPassphrase(this.state, passphrase);
    return { device: this.state.mode === 'real' };
  }

  // ---- contacts logged while locked (see locked-log.ts) ----

  /** No passphrase: sealed at once to the vault's public key, readable only after a real unlock. */
  async logLocked(entry: unknown): Promise<void> {
    await this.init();
    return logLocked(this.state.database(), entry, this.now());
  }
  lockedEntries(): Promise<LockedItem[]> {
    return lockedEntries(this.state);
  }
  dropLocked(ids: string[]): Promise<void> {
    return dropLocked(this.state, ids);
  }

  // ---- files shared into the app (see shared-files.ts) ----

  /** No passphrase: each chunk encrypted as it comes, the file's key sealed to the vault's public key. */
  async shareBegin(name: string, type: string, size: number): Promise<string> {
    await this.init();
    return this.sharing.begin(name, type, size);
  }
  shareWrite(session: string, bytes: Uint8Array, last: boolean): Promise<void> {
    return this.sharing.write(session, bytes, last);
  }
  async shareAbort(session: string): Promise<void> {
    this.sharing.abort(session);
  }
  sharedFiles(): Promise<SharedInfo[]> {
    return sharedFiles(this.state);
  }
  sharedChunk(id: string, n: number): Promise<Uint8Array> {
    return sharedChunk(this.state, id, n);
  }
  dropShared(ids: string[]): Promise<void> {
    return dropShared(this.state, ids);
  }

  // ---- erase ----

  /** "Erase all data" asks for the passphrase: an unlocked minute is not enough to destroy the record. */
  async eraseAll(passphrase: string): Promise<void> {
    await checkPassphrase(this.state, passphrase);
    await this.wipe();
  }

  async wipe(): Promise<void> {
    this.lock();
    await this.state.deleteDatabase();
  }
}
