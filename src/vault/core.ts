// The vault itself: key hierarchy, sealed records and chunked blobs over IndexedDB.
// Runs inside the vault worker (and in Node for tests); the vault key never leaves it.
import { deriveKek, loadSodium, open, randomBytes, randomId, seal, wipe, KEY_BYTES, SALT_BYTES } from './crypto';
import { openVaultDb, deleteVaultDb, DB_NAME, type Db } from './db';
import {
  DEFAULT_KDF, FORMAT_VERSION, STORE, headerAD, recordAD,
  BLOB_KIND, type BlobInfo, type KdfParams, type KeySlot, type RecordEnvelope, type VaultHeader,
} from './format';
import { VaultError, storageError } from './errors';
import { BlobWriter, readBlobChunk, deleteBlobChunks } from './blobs';

export interface KdfSettings { ops: number; mem: number }
export interface UnlockReport { damaged: number }
export interface StoredItem<T = unknown> { id: string; value: T }

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class VaultCore {
  private db: Db | null = null;
  private key: Uint8Array | null = null;
  private cache = new Map<string, RecordEnvelope>();
  private writers = new Map<string, BlobWriter>();

  constructor(private readonly dbName = DB_NAME) {}

  async init(): Promise<void> {
    await loadSodium();
    this.db ??= await openVaultDb(this.dbName);
  }

  private database(): Db {
    if (!this.db) throw new VaultError('storage', 'not-initialised');
    return this.db;
  }

  private vaultKey(): Uint8Array {
    if (!this.key) throw new VaultError('locked');
    return this.key;
  }

  async exists(): Promise<boolean> {
    await this.init();
    return (await this.database().get(STORE.header, 'main')) !== undefined;
  }

  async create(passphrase: string, params: KdfSettings = DEFAULT_KDF): Promise<void> {
    await this.init();
    if (await this.exists()) throw new VaultError('exists');
    const key = randomBytes(KEY_BYTES);
    const header: VaultHeader = { id: 'main', v: FORMAT_VERSION, slots: [this.makeSlot(passphrase, key, params, 0)] };
    await this.writeHeader(header);
    this.key = key;
    this.cache.clear();
  }

  private makeSlot(passphrase: string, key: Uint8Array, params: KdfSettings, index: number): KeySlot {
    const kdf: KdfParams = { alg: 'argon2id13', ops: params.ops, mem: params.mem, salt: randomBytes(SALT_BYTES) };
    const pass = encoder.encode(passphrase.normalize('NFC'));
    const kek = deriveKek(pass, kdf);
    wipe(pass);
    const { nonce, ct } = seal(key, headerAD(FORMAT_VERSION, index), kek);
    wipe(kek);
    return { kdf, nonce, sealed: ct };
  }

  private async writeHeader(header: VaultHeader): Promise<void> {
    try {
      const tx = this.database().transaction(STORE.header, 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put(header), tx.done]);
    } catch (error) {
      throw storageError(error);
    }
  }

  private async readHeader(): Promise<VaultHeader> {
    const header = await this.database().get(STORE.header, 'main');
    if (!header) throw new VaultError('no-vault');
    if (header.v !== FORMAT_VERSION || !Array.isArray(header.slots)) throw new VaultError('unsupported');
    return header;
  }

  /** Tries the passphrase on every slot, so timing says nothing about which one matched. */
  private openSlots(header: VaultHeader, passphrase: string): Uint8Array | null {
    const pass = encoder.encode(passphrase.normalize('NFC'));
    let found: Uint8Array | null = null;
    header.slots.forEach((slot, index) => {
      const kek = deriveKek(pass, slot.kdf);
      const key = open({ nonce: slot.nonce, ct: slot.sealed }, headerAD(header.v, index), kek);
      wipe(kek);
      if (key && !found) found = key;
    });
    wipe(pass);
    return found;
  }

  async unlock(passphrase: string): Promise<UnlockReport> {
    await this.init();
    const header = await this.readHeader();
    const key = this.openSlots(header, passphrase);
    if (!key) throw new VaultError('wrong-passphrase');
    this.key = key;
    return this.loadAll();
  }

  /** Decrypts every record once; the kind is inside the ciphertext, so this is how we index. */
  private async loadAll(): Promise<UnlockReport> {
    const key = this.vaultKey();
    const rows = await this.database().getAll(STORE.records);
    this.cache.clear();
    let damaged = 0;
    for (const row of rows) {
      const plain = row.v === FORMAT_VERSION ? open(row, recordAD(row.v, row.id), key) : null;
      const envelope = plain ? parseEnvelope(plain) : null;
      if (envelope) this.cache.set(row.id, envelope);
      else damaged++; // Kept on disk untouched: never silently dropped.
    }
    return { damaged };
  }

  lock(): void {
    wipe(this.key);
    this.key = null;
    this.cache.clear();
    for (const writer of this.writers.values()) writer.discard();
    this.writers.clear();
  }

  isUnlocked(): boolean {
    return this.key !== null;
  }

  async changePassphrase(current: string, next: string, params?: KdfSettings): Promise<void> {
    const header = await this.readHeader();
    const key = this.openSlots(header, current);
    if (!key) throw new VaultError('wrong-passphrase');
    const index = 0;
    const old = header.slots[index]!;
    const slots = [...header.slots];
    slots[index] = this.makeSlot(next, key, params ?? { ops: old.kdf.ops, mem: old.kdf.mem }, index);
    wipe(key);
    await this.writeHeader({ ...header, slots });
  }

  async kdfParams(): Promise<KdfSettings> {
    await this.init();
    const { ops, mem } = (await this.readHeader()).slots[0]!.kdf;
    return { ops, mem };
  }

  // ---- records ----

  async put(kind: string, id: string | null, data: unknown): Promise<string> {
    const key = this.vaultKey();
    const recordId = id ?? randomId();
    const existing = this.cache.get(recordId);
    if (existing && existing.k !== kind) throw new VaultError('not-found');
    const envelope: RecordEnvelope = { k: kind, d: data };
    const { nonce, ct } = seal(encoder.encode(JSON.stringify(envelope)), recordAD(FORMAT_VERSION, recordId), key);
    // Encrypt first, then one short transaction: nothing async but IndexedDB inside it.
    try {
      await this.database().put(STORE.records, { id: recordId, v: FORMAT_VERSION, nonce, ct });
    } catch (error) {
      throw storageError(error);
    }
    this.cache.set(recordId, JSON.parse(JSON.stringify(envelope)) as RecordEnvelope);
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
      await this.database().delete(STORE.records, id);
    } catch (error) {
      throw storageError(error);
    }
    this.cache.delete(id);
  }

  // ---- blobs (attachments) ----

  blobBegin(type: string, name: string): string {
    const writer = new BlobWriter(this.database(), this.vaultKey(), randomId(), type, name);
    this.writers.set(writer.blobId, writer);
    return writer.blobId;
  }

  async blobWrite(blobId: string, bytes: Uint8Array, last: boolean): Promise<BlobInfo | null> {
    const writer = this.writers.get(blobId);
    if (!writer) throw new VaultError('not-found');
    try {
      await writer.write(bytes, last);
    } catch (error) {
      this.writers.delete(blobId);
      await writer.abort();
      throw storageError(error);
    }
    if (!last) return null;
    this.writers.delete(blobId);
    const info = writer.info();
    try {
      await this.put(BLOB_KIND, blobId, info);
    } catch (error) {
      await writer.abort();
      throw error;
    }
    return info;
  }

  async blobAbort(blobId: string): Promise<void> {
    const writer = this.writers.get(blobId);
    this.writers.delete(blobId);
    await writer?.abort();
  }

  blobInfo(blobId: string): BlobInfo | undefined {
    return this.get(BLOB_KIND, blobId) as BlobInfo | undefined;
  }

  async blobChunk(blobId: string, index: number): Promise<Uint8Array> {
    const info = this.blobInfo(blobId);
    if (!info) throw new VaultError('not-found');
    return readBlobChunk(this.database(), this.vaultKey(), info, index);
  }

  async blobDelete(blobId: string): Promise<void> {
    const info = this.blobInfo(blobId);
    if (!info) return;
    await deleteBlobChunks(this.database(), info);
    await this.delete(BLOB_KIND, blobId);
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


function parseEnvelope(plain: Uint8Array): RecordEnvelope | null {
  try {
    const value = JSON.parse(decoder.decode(plain)) as RecordEnvelope;
    return typeof value?.k === 'string' ? value : null;
  } catch {
    return null;
  } finally {
    wipe(plain);
  }
}
