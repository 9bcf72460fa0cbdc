// What an unlock has opened while older records still load in the background (lazy-load.ts):
// answers reads of the kinds it holds whole, and a big kind's newest records. Writes never see it.
import type { RecordEnvelope } from '../format';
import type { StoredItem } from './records';

/** The pause between background steps: a macrotask, so queued calls run (tests drive their own). */
export type Yield = () => Promise<void>;

// A message to itself, not setTimeout(0): nested timers are held for at least 4 ms each (HTML's
// clamp), which over the 20 steps of a 10,000-row load was 100–120 ms of a 300 ms read.
const resumes: Array<() => void> = [];
let channel: MessageChannel | null = null;
export const macrotask: Yield = () => new Promise((resolve) => {
  if (typeof MessageChannel !== 'function') return void setTimeout(resolve, 0);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => resumes.shift()?.();
    // Under Node (the unit tests), a port with a listener would keep the process alive for good.
    (channel.port1 as MessagePort & { unref?(): void }).unref?.();
  }
  resumes.push(resolve);
  channel.port2.postMessage(null);
});

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

