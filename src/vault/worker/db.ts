// The one IndexedDB schema (idb's typed DBSchema), its version and its upgrade path.
import { openDB, deleteDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DB_NAME, STORE, type AttemptLog, type LockedQueue, type SealedRecord, type SharedChunk, type SharedMeta, type VaultHeader } from '../format';

export { DB_NAME };
export const DB_VERSION = 1;

export interface VaultDB extends DBSchema {
  /** The key slots ('main'), the failed-attempt log ('log') the contacts logged while locked ('q') and
   *  the files shared in ('s.…', see shared-files.ts). */
  h: { key: string; value: VaultHeader | AttemptLog | LockedQueue | SharedMeta | SharedChunk };
  r: { key: string; value: SealedRecord };
  b: { key: string; value: SealedRecord };
}

export type Db = IDBPDatabase<VaultDB>;

/** Each step upgrades from the version before it; a fresh install runs them all in order. */
/** `onBlocking`: another connection (an erase, an upgrade) waits for this one to close. */
export function openVaultDb(name = DB_NAME, onBlocking?: () => void): Promise<Db> {
  return openDB<VaultDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore(STORE.header, { keyPath: 'id' });
        db.createObjectStore(STORE.records, { keyPath: 'id' });
        db.createObjectStore(STORE.chunks, { keyPath: 'id' });
      }
      // Future: if (oldVersion < 2) { ... } — never edit a step once released.
    },
    blocking() {
      // Another tab wants to upgrade or erase: let it.
      onBlocking?.();
    },
  });
}

export function deleteVaultDb(name = DB_NAME): Promise<void> {
  return deleteDB(name);
}

/**
 * Queues a transaction's requests (pushed onto `ops`) and waits for it. If queuing throws (a put
 * can throw at once, as for a value that cannot be cloned), the transaction is aborted: without
 * that it would commit the requests queued before the throw, half a write.
 */
export async function runTransaction(tx: { abort(): void; done: Promise<void> }, queue: (ops: Array<Promise<unknown>>) => void, ops: Array<Promise<unknown>> = []): Promise<void> {
  try {
    queue(ops);
  } catch (error) {
    for (const op of ops) op.catch(() => undefined); // aborted with the transaction
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await Promise.all([...ops, tx.done]);
}
