// What an unlock has opened while older records still load in the background (lazy-load.ts):
// answers reads of the kinds it holds whole, and a big kind's newest records. Writes never see it.
import type { RecordEnvelope } from '../format';
import type { StoredItem } from './records';

/** The pause between background steps: a macrotask, so queued calls run (tests drive their own). */
export type Yield = () => Promise<void>;

export { macrotask } from '../../lib/macrotask';

interface Opened { rowId: string; envelope: RecordEnvelope }

/**
 * What unlock has opened so far: every record of the kinds in `complete`, and the newest rows (by
 * the counter the index lists) of the others. Only reads go here; the record index (records.ts)
 * takes over, checked, once `done` resolves.
 */
export class Preview {
  /** Record id -> what was opened (a record created without an id has its row's id). */
  private byId = new Map<string, Opened>();
  /** Kinds every row of which is open. */
  readonly complete = new Set<string>();
  /** Rows per kind, as the index lists them. */
  readonly counts = new Map<string, number>();

  add(rowId: string, envelope: RecordEnvelope): void {
    const id = typeof envelope.i === 'string' ? envelope.i : rowId;
    this.byId.set(id, { rowId, envelope });
  }

  has(kind: string): boolean {
    return this.complete.has(kind);
  }

  get(kind: string, id: string): unknown {
    const found = this.byId.get(id);
    return found?.envelope.k === kind ? found.envelope.d : undefined;
  }

  /** The records of a kind, newest written first (by counter), at most `count`. */
  newest(kind: string, count: number): StoredItem[] {
    const of = [...this.byId].filter(([, o]) => o.envelope.k === kind);
    of.sort((a, b) => (b[1].envelope.n ?? 0) - (a[1].envelope.n ?? 0));
    return of.slice(0, count).map(([id, o]) => ({ id, value: o.envelope.d }));
  }

  list(kind: string): StoredItem[] {
    const items: StoredItem[] = [];
    for (const [id, o] of this.byId) if (o.envelope.k === kind) items.push({ id, value: o.envelope.d });
    return items;
  }
}

