// An in-memory stand-in for src/vault's public API, so the journal store's logic is tested alone.
import { createHash } from 'node:crypto';

const records = new Map<string, { kind: string; value: unknown }>();
const blobStore = new Map<string, { blob: Blob; info: Record<string, unknown> }>();
const lockListeners = new Set<() => void>();
let counter = 0;
export const calls = { list: 0 };
/** Test-only: the vault still opening older records after an unlock (newest() then answers in part). */
export const background = { loading: false };
/**
 * Test-only: a kill at a write of this kind: `reached` runs and the write hangs, so nothing after
 * it runs, until `end()` fails it (the test's "tab" is then gone; its queue may move on).
 */
export const killAt: { kind: string | null; reached(): void; end(): void } = { kind: null, reached: () => undefined, end: () => undefined };
function killed<R>(kind: string): Promise<R> | null {
  if (killAt.kind !== kind) return null;
  killAt.kind = null;
  killAt.reached();
  return new Promise<R>((_, reject) => (killAt.end = () => reject(new Error('killed'))));
}

export function repository<T>(kind: string) {
  return {
    async put(value: T, id?: string) {
      const dead = killed<string>(kind);
      if (dead) return dead;
      const key = id ?? `r${counter++}`;
      records.set(key, { kind, value: JSON.parse(JSON.stringify(value)) });
      return key;
    },
    async get(id: string) {
      const found = records.get(id);
      return found?.kind === kind ? (found.value as T) : undefined;
    },
    async list() {
      calls.list++;
      return [...records].filter(([, r]) => r.kind === kind).map(([id, r]) => ({ id, value: JSON.parse(JSON.stringify(r.value)) as T }));
    },
    async newest(count: number) {
      const all = [...records].filter(([, r]) => r.kind === kind).map(([id, r]) => ({ id, value: JSON.parse(JSON.stringify(r.value)) as T }));
      return { items: all.slice(-count).reverse(), complete: !background.loading };
    },
    async delete(id: string) {
      records.delete(id);
    },
    async writeMany(values: T[], deletes: string[] = []) {
      const dead = killed<string[]>(kind);
      if (dead) return dead;
      for (const id of deletes) if (records.get(id)?.kind === kind) records.delete(id);
      return values.map((value) => {
        const key = `r${counter++}`;
        records.set(key, { kind, value: JSON.parse(JSON.stringify(value)) });
        return key;
      });
    },
  };
}

export const blobs = {
  async put(file: Blob, name: string, _onProgress?: unknown, chosenId?: string) {
    const bytes = Buffer.from(await file.arrayBuffer());
    const id = chosenId ?? `blob${counter++}`;
    const info = { id, type: file.type, name, size: bytes.length, chunks: 1, sha256: createHash('sha256').update(bytes).digest('hex'), addedAt: Date.now() };
    blobStore.set(id, { blob: file, info });
    return info;
  },
  /** Held records are stored at once here: a commit has nothing left to do. */
  async commit(_ids: string[]) {},
  newId() {
    return `new${counter++}`;
  },
  async info(id: string) {
    return blobStore.get(id)?.info;
  },
  async get(id: string) {
    return blobStore.get(id)!.blob;
  },
  async delete(id: string) {
    blobStore.delete(id);
  },
};

/** Test-only: what the vault's file check reports as damaged (referenced ids it does not hold are "no-record"). */
export const fileCheck = { damaged: [] as Array<{ id: string; problem: 'missing' | 'damaged'; name?: string; sha256?: string }> };

export const vault = {
  async checkFiles(referenced: string[] = []) {
    const gone = referenced.filter((id) => !blobStore.has(id)).map((id) => ({ id, problem: 'no-record' as const }));
    return { checked: blobStore.size, total: blobStore.size, damaged: [...fileCheck.damaged, ...gone] };
  },
  onLock(listener: () => void) {
    lockListeners.add(listener);
    return () => lockListeners.delete(listener);
  },
  lock() {
    for (const l of lockListeners) l();
  },
};

/** Test-only: raw access to what the store wrote. */
export const raw = { records, blobStore };
