// The record index of one open vault: the decrypted cache, where each record's row is, what the
// real vault knows of its decoy, and the sealed index. The one
// owner of that state: core, duress and backup change it only through these methods.
import { randomId, wipe } from './crypto';
import { IntegrityIndex, type IndexChange } from './integrity';
import type { RecordEnvelope } from '../format';

export interface StoredItem<T = unknown> { id: string; value: T }
/** What the real vault knows of its decoy, so decoy rows are skipped, not reported as damaged. */
export interface DecoyState { key: Uint8Array; ids: Set<string>; blobIds: Set<string> }

export class RecordIndex {
  private cache = new Map<string, RecordEnvelope>();
  /** Record id -> row id, where they differ (fixed ids, imported records). */
  private rows = new Map<string, string>();
  private decoyState: DecoyState | null = null;
  integrity = new IntegrityIndex();

  get(kind: string, id: string): unknown {
    const envelope = this.cache.get(id);
    return envelope && envelope.k === kind ? envelope.d : undefined;
  }

  envelope(id: string): RecordEnvelope | undefined {
    return this.cache.get(id);
  }

  list(kind: string): StoredItem[] {
    const items: StoredItem[] = [];
    for (const [id, envelope] of this.cache) if (envelope.k === kind) items.push({ id, value: envelope.d });
    return items;
  }

  /** The first record of a kind (the internal singletons). */
  find(kind: string): [string, Record<string, unknown>] | undefined {
    for (const [id, envelope] of this.cache) if (envelope.k === kind) return [id, (envelope.d ?? {}) as Record<string, unknown>];
    return undefined;
  }

  entries(): IterableIterator<[string, RecordEnvelope]> {
    return this.cache.entries();
  }

  rowId(id: string): string {
    return this.rows.get(id) ?? id;
  }

  /**
   * Where a record goes: its existing row, or a new random one. A record created without an id
   * takes its row's id; one with a caller's id (a singleton such as "settings", an import) is
   * stored under a random row id with its own id inside, so no fixed id ever shows on disk.
   */
  placement(id: string | null): { id: string; rowId: string; inside?: string } {
    if (id === null) {
      const fresh = randomId();
      return { id: fresh, rowId: fresh };
    }
    if (this.cache.has(id)) {
      const rowId = this.rowId(id);
      return rowId === id ? { id, rowId } : { id, rowId, inside: id };
    }
    return { id, rowId: randomId(), inside: id };
  }

  /** After a write committed. */
  set(id: string, rowId: string, envelope: RecordEnvelope): void {
    this.cache.set(id, envelope);
    if (rowId !== id) this.rows.set(id, rowId);
    else this.rows.delete(id);
  }

  remove(id: string): void {
    this.cache.delete(id);
    this.rows.delete(id);
  }

  /** Index changes for a write of these records (by id) and removal of these rows. */
  change(): IndexChange {
    return this.integrity.change();
  }

  /** Everything the key opened, as loaded (see load.ts). */
  adopt(loaded: { cache: Map<string, RecordEnvelope>; rows: Map<string, string>; decoy: DecoyState | null; integrity: IntegrityIndex }): void {
    this.clear();
    this.cache = loaded.cache;
    this.rows = loaded.rows;
    this.decoyState = loaded.decoy;
    this.integrity = loaded.integrity;
  }

  /** Lists every record as it is now (the person accepted what the report said). */
  accept(): void {
    this.integrity = this.integrity.rebuilt([...this.cache].map(([id, e]) => [this.rowId(id), { k: e.k, n: e.n ?? 0 }]));
  }

  get decoy(): DecoyState | null {
    return this.decoyState;
  }

  setDecoy(state: DecoyState | null): void {
    if (this.decoyState && this.decoyState.key !== state?.key) wipe(this.decoyState.key);
    this.decoyState = state;
  }

  clear(): void {
    this.setDecoy(null);
    this.cache = new Map();
    this.rows = new Map();
    this.integrity = new IntegrityIndex();
  }
}
