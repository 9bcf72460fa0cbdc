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

export function getRecord(state: VaultState, kind: string, id: string): unknown {
  featureKind(state, kind);
  return state.records.get(kind, id);
}

export function listRecords(state: VaultState, kind: string): StoredItem[] {
  featureKind(state, kind);
  return state.records.list(kind);
}

/**
 * New records and removals of one kind in one transaction (an import of thousands of messages,
 * the removal of an imported batch): a tab killed midway leaves none of them written.
 */
export async function writeRecords(state: VaultState, kind: string, values: unknown[], deletes: string[]): Promise<string[]> {
  featureKind(state, kind);
  if (!Array.isArray(values) || !Array.isArray(deletes)) throw new VaultError('unsupported', 'batch');
  const gone = deletes.filter((id) => state.records.envelope(id)?.k === kind);
  return write(state, { puts: values.map((data) => ({ kind, id: null, data })), deletes: gone });
}

export async function deleteRecord(state: VaultState, kind: string, id: string): Promise<void> {
  featureKind(state, kind);
  if (state.records.envelope(id)?.k !== kind) return;
  await write(state, { deletes: [id] });
}
