// Whether a vault exists, read on the page's own thread: the lock screen waits for neither the worker nor libsodium.
import { DB_NAME, STORE } from '../format';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexeddb'));
  });
}

/**
 * True or false when it can tell; undefined when this browser cannot list databases or the
 * read fails (the worker then decides). Opening without a version never creates or upgrades anything: the
 * database is only opened once the list says it is there, and closed straight after the read.
 */
export async function vaultPresent(name = DB_NAME): Promise<boolean | undefined> {
  try {
    return await readPresence(name);
  } catch {
    return undefined; // a race with an erase, a policy, a quirk: the worker's answer is authoritative
  }
}

async function readPresence(name: string): Promise<boolean | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined;
  const listed = await indexedDB.databases();
  if (!listed.some((db) => db.name === name)) return false;
  const open = indexedDB.open(name);
  // Cannot happen for a listed database; if it ever does, leave the schema to the worker.
  open.onupgradeneeded = () => open.transaction?.abort();
  const db = await request(open);
  try {
    if (!db.objectStoreNames.contains(STORE.header)) return false;
    const header: unknown = await request(db.transaction(STORE.header, 'readonly').objectStore(STORE.header).get('main'));
    return header !== undefined;
  } finally {
    db.close();
  }
}
