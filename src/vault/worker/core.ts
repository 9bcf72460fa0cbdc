// The vault itself: key hierarchy, sealed records and chunked blobs over IndexedDB.
// Runs inside the vault worker (and in Node for tests); the vault key never leaves it.
// Backup sessions live in backup-sessions.ts, duress in duress.ts; both work through the
// internal accessors below, which the worker does not expose.
import { loadSodium, randomBytes, randomId, sameBytes, seal, wipe, KEY_BYTES } from './crypto';
import { openVaultDb, deleteVaultDb, DB_NAME, type Db } from './db';
import {
  DEFAULT_KDF, FORMAT_VERSION, STORE, recordAD,
  BLOB_KIND, publicBlobInfo, type BlobInfo, type RecordEnvelope, type StoredBlobInfo, type VaultHeader,
} from '../format';
import { VaultError, storageError } from '../errors';
import { BlobWriter, readBlobChunk, deleteBlobChunks } from './blobs';
import { fillerSlot, newKdf, openSlots, sealSlot, deriveFor, opensSlot, REAL_SLOT, type SlotMatch } from './keyslots';
import { STAGED_PREFIX } from '../backup/stage';
import { loadRecords } from './load';
import { BackupSessions, type BackupStatus, type ExportChunk } from '../backup/sessions';
import type { ImportStep } from '../backup/import';
import type { ImportMode } from '../backup/stage';
import * as duress from './duress';

export interface KdfSettings { ops: number; mem: number }
export interface UnlockReport { damaged: number }
export interface StoredItem<T = unknown> { id: string; value: T }
export type Mode = 'real' | 'decoy';
/** What the real vault knows of its decoy, so decoy records are skipped, not reported as damaged. */
export interface DecoyState { key: Uint8Array; ids: Set<string>; blobIds: Set<string> }

const encoder = new TextEncoder();

export class VaultCore {
  private db: Db | null = null;
  private key: Uint8Array | null = null;
  private cache = new Map<string, RecordEnvelope>();
  private writers = new Map<string, BlobWriter>();
  private backups = new BackupSessions(this);
  /** Rows this key cannot open (the other side of a duress setup, or damage): never written over. */
  private hidden = new Set<string>();
  /** Record id -> storage key, for records stored beside a hidden row of the same id. */
  private aliases = new Map<string, string>();
  /** Which slot opened the vault: the passphrase's, or the duress passphrase's. */
  mode: Mode = 'real';
  decoy: DecoyState | null = null;

  constructor(private readonly dbName = DB_NAME) {}

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

  // ---- internal accessors (for backup-sessions.ts and duress.ts; not exposed by the worker) ----

  database(): Db {
    if (!this.db) throw new VaultError('storage', 'not-initialised');
    return this.db;
  }

  vaultKey(): Uint8Array {
    if (!this.key) throw new VaultError('locked');
    return this.key;
  }

  entries(): Map<string, RecordEnvelope> {
    this.vaultKey();
    return this.cache;
  }

  /** The storage key of a record (its id, unless it had to be stored under an alias). */
  physicalId(id: string): string {
    return this.aliases.get(id) ?? id;
  }

  async readHeader(): Promise<VaultHeader> {
    const header = await this.database().get(STORE.header, 'main');
    if (!header) throw new VaultError('no-vault');
    if (header.v !== FORMAT_VERSION || !Array.isArray(header.slots)) throw new VaultError('unsupported');
    return header;
  }

  /** Checks a passphrase re-typed to confirm a sensitive action; returns the matching slot. */
  async confirmPassphrase(passphrase: string): Promise<SlotMatch> {
    const match = openSlots(await this.readHeader(), passphrase);
    if (!match || !sameBytes(match.key, this.vaultKey())) {
      if (match) wipe(match.kek);
      throw new VaultError('wrong-passphrase');
    }
    return match;
  }

  /** Replaces the vault in memory after an import or a duress erase. */
  async reload(): Promise<UnlockReport> {
    return this.loadAll();
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
    this.mode = mode;
  }

  // ---- lifecycle ----

  async exists(): Promise<boolean> {
    // No libsodium needed: the lock screen can show while the wasm is still compiling.
    await this.openDatabase();
    return (await this.database().get(STORE.header, 'main')) !== undefined;
  }

  async create(passphrase: string, params: KdfSettings = DEFAULT_KDF): Promise<void> {
    await this.init();
    if (await this.exists()) throw new VaultError('exists');
    const key = randomBytes(KEY_BYTES);
    const kdf = newKdf(params);
    const kek = deriveFor(passphrase, kdf);
    const header: VaultHeader = { id: 'main', v: FORMAT_VERSION, slots: [sealSlot(kek, key, kdf, FORMAT_VERSION, 0), fillerSlot(kdf)] };
    wipe(kek);
    await this.writeHeader(header);
    this.adoptKey(key, 'real');
    this.decoy = null;
    this.cache.clear();
  }

  async writeHeader(header: VaultHeader): Promise<void> {
    try {
      const tx = this.database().transaction(STORE.header, 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put(header), tx.done]);
    } catch (error) {
      throw storageError(error);
    }
  }

  async unlock(passphrase: string): Promise<UnlockReport> {
    await this.init();
    const header = await this.readHeader();
    const match = openSlots(header, passphrase);
    if (!match) throw new VaultError('wrong-passphrase');
    this.adoptKey(match.key, match.index === REAL_SLOT ? 'real' : 'decoy');
    try {
      const report = await this.loadAll();
      // A duress passphrase set to "erase": do it now, then carry on as if nothing happened.
      if (this.mode === 'decoy' && duress.eraseRequested(this.cache)) {
        await duress.eraseForDuress(this, header, match);
        return { damaged: 0 };
      }
      return report;
    } finally {
      wipe(match.kek);
    }
  }

  /** Decrypts every record once (see load.ts); the kind is inside the ciphertext, so this is how we index. */
  private async loadAll(): Promise<UnlockReport> {
    const loaded = await loadRecords(this.database(), this.vaultKey(), this.mode);
    this.cache = loaded.cache;
    this.aliases = loaded.aliases;
    this.hidden = loaded.hidden;
    this.decoy = loaded.decoy;
    return { damaged: loaded.damaged };
  }

  lock(): void {
    wipe(this.key);
    this.key = null;
    this.mode = 'real';
    wipe(this.decoy?.key);
    this.decoy = null;
    this.cache.clear();
    this.aliases.clear();
    this.hidden.clear();
    for (const writer of this.writers.values()) writer.discard();
    this.writers.clear();
    this.backups.closeAll();
  }

  isUnlocked(): boolean {
    return this.key !== null;
  }

  /** Re-seals only the slot the current passphrase opened (so a decoy session never touches the real one). */
  async changePassphrase(current: string, next: string, params?: KdfSettings): Promise<void> {
    const header = await this.readHeader();
    const match = openSlots(header, current);
    if (!match) throw new VaultError('wrong-passphrase');
    const index = match.index;
    wipe(match.kek);
    const slots = [...header.slots];
    const kdf = params ? newKdf(params) : slots[index]!.kdf;
    const kek = deriveFor(next, kdf);
    try {
      if (slots.some((_, i) => i !== index && opensSlot(header, i, kek))) throw new VaultError('same-passphrase');
      slots[index] = sealSlot(kek, match.key, kdf, header.v, index);
      // New parameters: keep the slots alike unless the other one is a live duress slot.
      if (params && index === REAL_SLOT && this.mode === 'real' && !this.decoy) {
        for (let i = 0; i < slots.length; i++) if (i !== index) slots[i] = fillerSlot(kdf);
      }
    } finally {
      wipe(kek);
      wipe(match.key);
    }
    await this.writeHeader({ ...header, slots });
  }

  async kdfParams(): Promise<KdfSettings> {
    await this.init();
    const { ops, mem } = (await this.readHeader()).slots[REAL_SLOT]!.kdf;
    return { ops, mem };
  }

  // ---- records ----

  async put(kind: string, id: string | null, data: unknown): Promise<string> {
    const key = this.vaultKey();
    const recordId = id ?? randomId();
    if (recordId.startsWith(STAGED_PREFIX)) throw new VaultError('unsupported', 'id');
    const existing = this.cache.get(recordId);
    if (existing && existing.k !== kind) throw new VaultError('not-found');
    let physical = this.physicalId(recordId);
    // A fixed id (a feature's singleton) whose row this key cannot open: in the real vault a
    // decoy row simply gives way; anything else (real data seen from the decoy, damage) is
    // kept, and this record goes beside it under an alias.
    if (!existing && physical === recordId && this.decoy?.ids.has(recordId)) this.decoy.ids.delete(recordId);
    else if (!existing && physical === recordId && this.hidden.has(recordId)) physical = randomId();
    const envelope: RecordEnvelope = physical === recordId ? { k: kind, d: data } : { k: kind, d: data, i: recordId };
    const { nonce, ct } = seal(encoder.encode(JSON.stringify(envelope)), recordAD(FORMAT_VERSION, physical), key);
    // Encrypt first, then one short transaction: nothing async but IndexedDB inside it.
    // Strict durability: once this resolves the save is on disk, even if the power goes next.
    try {
      const tx = this.database().transaction(STORE.records, 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put({ id: physical, v: FORMAT_VERSION, nonce, ct }), tx.done]);
    } catch (error) {
      throw storageError(error);
    }
    if (physical !== recordId) this.aliases.set(recordId, physical);
    this.cache.set(recordId, JSON.parse(JSON.stringify({ k: kind, d: data })) as RecordEnvelope);
    return recordId;
  }

  get(kind: string, id: string): unknown {
    this.vaultKey();
    const envelope = this.cache.get(id);
    return envelope && envelope.k === kind ? envelope.d : undefined;
  }

  list(kind: string): StoredItem[] {
    this.vaultKey();
    const items: StoredItem[] = [];
    for (const [id, envelope] of this.cache) if (envelope.k === kind) items.push({ id, value: envelope.d });
    return items;
  }

  async delete(kind: string, id: string): Promise<void> {
    this.vaultKey();
    const envelope = this.cache.get(id);
    if (!envelope || envelope.k !== kind) return;
    try {
      const tx = this.database().transaction(STORE.records, 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.delete(this.physicalId(id)), tx.done]);
    } catch (error) {
      throw storageError(error);
    }
    this.cache.delete(id);
    this.aliases.delete(id);
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
      const info = await writer.writeOrAbort(bytes, last, (stored) => this.put(BLOB_KIND, blobId, stored));
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
    return this.get(BLOB_KIND, blobId) as StoredBlobInfo | undefined;
  }

  async blobChunk(blobId: string, index: number): Promise<Uint8Array> {
    const info = this.storedBlob(blobId);
    if (!info) throw new VaultError('not-found');
    return readBlobChunk(this.database(), this.vaultKey(), info, index);
  }

  async blobDelete(blobId: string): Promise<void> {
    const info = this.storedBlob(blobId);
    if (!info) return;
    await deleteBlobChunks(this.database(), info);
    await this.delete(BLOB_KIND, blobId);
  }

  // ---- backup (streamed, page-driven: see backup-sessions.ts) ----

  exportOpen(passphrase: string, backupPassphrase: string | null, kdf?: KdfSettings): Promise<{ id: string; total: number }> {
    return this.backups.exportOpen(passphrase, backupPassphrase, kdf);
  }
  exportNext(id: string): Promise<ExportChunk> {
    return this.backups.exportNext(id);
  }
  exportClose(id: string): Promise<void> {
    return this.backups.exportClose(id);
  }
  importOpen(file: Blob, passphrase: string, maxBytes?: number): Promise<{ id: string; size: number }> {
    return this.backups.importOpen(file, passphrase, maxBytes);
  }
  importVerify(id: string): Promise<ImportStep> {
    return this.backups.importVerify(id);
  }
  importApply(id: string, mode: ImportMode): Promise<ImportStep> {
    return this.backups.importApply(id, mode);
  }
  importClose(id: string): Promise<void> {
    return this.backups.importClose(id);
  }
  backupStatus(): BackupStatus {
    return this.backups.status();
  }

  // ---- duress passphrase (see duress.ts) ----

  duressStatus(): duress.DuressStatus {
    return duress.status(this);
  }
  duressEnable(current: string, duressPassphrase: string, erase: boolean, decoy: duress.DecoyRecord[]): Promise<void> {
    return duress.enable(this, current, duressPassphrase, erase, decoy);
  }
  duressDisable(current: string): Promise<void> {
    return duress.disable(this, current);
  }

  // ---- erase ----

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
