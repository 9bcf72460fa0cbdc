// The features' records: put, get, list and delete of their own kinds. Internal kinds ("_blob",
// "_decoy", the index...) are refused here, in the worker, not only on the page.
import { VaultError } from '../errors';
import { write } from './write';
import type { StoredItem } from './records';
import type { VaultState } from './state';

function featureKind(state: VaultState, kind: string): void {
  state.vaultKey();
  if (typeof kind !== 'string' || !kind || kind.startsWith('_')) throw new VaultError('unsupported', 'reserved kind');
}

export async function putRecord(state: VaultState, kind: string, id: string | null, data: unknown): Promise<string> {
  featureKind(state, kind);
  const existing = id === null ? undefined : state.records.envelope(id);
  if (existing && existing.k !== kind) throw new VaultError('not-found');
  return (await write(state, { puts: [{ kind, id, data }] }))[0]!;
}

/** At once from what unlock has opened when it holds the whole kind; else once the background load is done. */
export function getRecord(state: VaultState, kind: string, id: string): unknown {
  featureKind(state, kind);
  const loading = state.loading;
  if (!loading) return state.records.get(kind, id);
  if (loading.preview.has(kind)) return loading.preview.get(kind, id);
  return state.loaded().then(() => getRecord(state, kind, id));
}

/** Every record of a kind, waiting for the background load if the kind is not all open yet. */
export async function listRecords(state: VaultState, kind: string): Promise<StoredItem[]> {
  featureKind(state, kind);
  if (state.loading && !state.loading.preview.has(kind)) await state.loaded();
  return listOpen(state, kind);
}

/** Every record of a kind, at once: refused (not partial) while some of them are still loading. */
export function listOpen(state: VaultState, kind: string): StoredItem[] {
  featureKind(state, kind);
  const loading = state.loading;
  if (!loading) return state.records.list(kind);
  if (loading.preview.has(kind)) return loading.preview.list(kind);
  throw new VaultError('internal', 'loading');
}

/**
 * The newest `count` records of a kind, newest written first (by the index's counters), at once
 * even while older ones still load. `complete`: whether every record is open (the load is done),
 * so the caller knows if it must list the kind again for the whole of it.
 */
export function newestRecords(state: VaultState, kind: string, count: number): { items: StoredItem[]; complete: boolean } {
  featureKind(state, kind);
  const loading = state.loading;
  if (loading) return { items: loading.preview.newest(kind, count), complete: false };
  const items: Array<StoredItem & { n: number }> = [];
  for (const [id, envelope] of state.records.entries()) if (envelope.k === kind) items.push({ id, value: envelope.d, n: envelope.n ?? 0 });
  items.sort((a, b) => b.n - a.n);
  return { items: items.slice(0, count).map(({ id, value }) => ({ id, value })), complete: true };
}

/**
 * New records and removals of one kind in one transaction (an import of thousands of messages,
 * the removal of an imported batch): a tab killed midway leaves none of them written. The values
 * are the page's structured clone, so memory keeps them as they are (a second copy of 10,000
 * entries was most of the worker's peak in an import); the journal's values are plain JSON already
 * (its hash chain is taken over them), so nothing differs from what the next unlock reads.
 */
export async function writeRecords(state: VaultState, kind: string, values: unknown[], deletes: string[]): Promise<string[]> {
  featureKind(state, kind);
  if (!Array.isArray(values) || !Array.isArray(deletes)) throw new VaultError('unsupported', 'batch');
  const gone = deletes.filter((id) => state.records.envelope(id)?.k === kind);
  return write(state, { puts: values.map((data) => ({ kind, id: null, data })), deletes: gone, owned: true });
}

export async function deleteRecord(state: VaultState, kind: string, id: string): Promise<void> {
  featureKind(state, kind);
  if (state.records.envelope(id)?.k !== kind) return;
  await write(state, { deletes: [id] });
}
