// The vault's state, one small object every operation takes: its database, its key, the record
// index, the write queue and which passphrase opened it. It knows no operation (see core.ts).
import { wipe } from './crypto';
import { openVaultDb, deleteVaultDb, DB_NAME, type Db } from './db';
import { VaultError } from '../errors';
import { RecordIndex } from './records';
import { FileChecker } from './filecheck';
import { macrotask, type Preview, type Yield } from './preview';

/** An unlock still opening older records in the background (lazy-load.ts): reads only, meanwhile. */
export interface Loading {
  preview: Preview;
  /** Resolves once every record is open, checked and in the record index; rejects ('locked') at a lock. */
  ready: Promise<void>;
  stop(): void;
}

/** Which slot opened the vault: the passphrase's, or the duress passphrase's. */
export type Mode = 'real' | 'decoy';

export class VaultState {
  private db: Db | null = null;
  private opening: Promise<void> | null = null;
  private key: Uint8Array | null = null;
  private openedAs: Mode = 'real';
  /** Writes run one at a time (each seals the index as the one before left it). */
  private queue: Promise<unknown> = Promise.resolve();
  /** Write transactions queued in IndexedDB and not yet committed, oldest first (see write.ts). */
  private inflight: Array<{ abort(): void; done: Promise<unknown> }> = [];
  /** Under way after a write failed: the memory read again from what is stored. */
  private recovery: Promise<void> | null = null;
  /** Reads the stored vault into memory again (core.ts sets it: state knows no operation). */
  reread: () => Promise<unknown> = () => Promise.resolve();
  /** The record index: decrypted cache, row ids, decoy state, sealed index. */
  readonly records = new RecordIndex();
  /** Every attachment's chunks, checked in the background after each unlock or reload. */
  readonly files = new FileChecker();
  /** The clock every passphrase check is timed by (tests drive it). */
  now: () => number = Date.now;
  /** Set from unlock until the background load is done (see lazy-load.ts). */
  loading: Loading | null = null;
  /** The pause between background steps (tests drive it), and how many of a big kind's newest rows unlock opens. */
  pause: Yield = macrotask;
  previewRows = 100;

  /** `onLost`: another tab is erasing or upgrading the database; the owner locks. */
  constructor(readonly dbName: string = DB_NAME, private readonly onLost: () => void = () => undefined) {}

  /** The database alone (no crypto): one connection, even when two callers ask at once. */
  openDatabase(): Promise<void> {
    if (this.db) return Promise.resolve();
    // Let go at once when another tab needs the database: our keys are for a vault going away.
    this.opening ??= openVaultDb(this.dbName, () => {
      this.closeDatabase();
      this.onLost();
    }).then((db) => {
      this.db = db;
    }).finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  database(): Db {
    if (!this.db) throw new VaultError('internal', 'not-initialised');
    return this.db;
  }

  closeDatabase(): void {
    this.db?.close();
    this.db = null;
  }

  /** Deletes the database (erase); `reopen` for an empty one in its place (a duress erase). */
  async deleteDatabase(reopen = false): Promise<void> {
    this.closeDatabase();
    await deleteVaultDb(this.dbName);
    if (reopen) await this.openDatabase();
  }

  vaultKey(): Uint8Array {
    if (!this.key) throw new VaultError('locked');
    return this.key;
  }

  get mode(): Mode {
    return this.openedAs;
  }

  isUnlocked(): boolean {
    return this.key !== null;
  }

  adoptKey(key: Uint8Array, mode: Mode): void {
    if (this.key !== key) wipe(this.key);
    this.key = key;
    this.openedAs = mode;
  }

  /** Until the background load of an unlock is done (rejects 'locked' if a lock stops it). */
  async loaded(): Promise<void> {
    while (this.loading) await this.loading.ready;
  }

  /** The key wiped and the records forgotten; the database stays open. */
  forget(): void {
    this.loading?.stop();
    this.loading = null;
    wipe(this.key);
    this.key = null;
    this.openedAs = 'real';
    this.records.clear();
    this.files.stop();
  }

  /**
   * Runs a write after every earlier one (a passphrase change, an import's commit, a save), once
   * every write transaction queued before it has committed. `pipelined` (write.ts only): without
   * waiting for those commits, as the next of a run of saves sealed on top of them.
   */
  serial<T>(work: () => Promise<T>, pipelined = false): Promise<T> {
    const run = this.queue.catch(() => undefined).then(async () => {
      // No write before every record is open and checked: the index it extends must be the whole one.
      await this.loaded();
      while (this.recovery) await this.recovery;
      if (!pipelined) await this.settled();
      return work();
    });
    this.queue = run;
    return run;
  }

  /** Until no write transaction is waiting for its commit. */
  async settled(): Promise<void> {
    while (this.inflight.length) await Promise.allSettled(this.inflight.map((t) => t.done));
  }

  /**
   * A write transaction queued (its changes already in memory): IndexedDB runs those of one store
   * in the order they were made. If it fails, every one queued after it is aborted too (each was
   * sealed on top of it, and none can commit before this one's failure is known), and the memory
   * is read again from what is stored before any other write runs.
   */
  track(tx: { abort(): void; done: Promise<unknown> }): void {
    this.inflight.push(tx);
    tx.done.then(() => this.untrack(tx), () => {
      for (const later of this.inflight.slice(this.inflight.indexOf(tx) + 1)) {
        try {
          later.abort();
        } catch {
          // Already finished.
        }
      }
      this.untrack(tx);
      this.recovery ??= this.settled().then(() => this.reread()).then(() => undefined, () => undefined).finally(() => {
        this.recovery = null;
      });
    });
  }

  private untrack(tx: { abort(): void; done: Promise<unknown> }): void {
    const at = this.inflight.indexOf(tx);
    if (at >= 0) this.inflight.splice(at, 1);
  }
}
