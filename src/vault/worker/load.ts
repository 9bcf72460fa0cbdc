// Opening the vault's records: every row decrypted once into the in-memory index, aliases
// resolved, rows of the other side of a duress setup told apart from damage, and the
// leftovers of an import cut short removed.
import { open, wipe } from './crypto';
import type { Db } from './db';
import { BLOB_KIND, FORMAT_VERSION, STORE, recordAD, type RecordEnvelope, type SealedRecord } from '../format';
import { STAGED_PREFIX, cleanupStaged } from '../backup/stage';
import { decoyState } from './duress';
import type { DecoyState, Mode } from './core';

const decoder = new TextDecoder();

export interface Loaded {
  cache: Map<string, RecordEnvelope>;
  /** Record id -> storage key, for records stored beside a hidden row of the same id. */
  aliases: Map<string, string>;
  /** Rows this key cannot open (the other side of a duress setup, or damage): never written over. */
  hidden: Set<string>;
  decoy: DecoyState | null;
  damaged: number;
}

export function openEnvelope(row: SealedRecord, key: Uint8Array): RecordEnvelope | null {
  const plain = row.v === FORMAT_VERSION ? open(row, recordAD(row.v, row.id), key) : null;
  return plain ? parseEnvelope(plain) : null;
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

export async function loadRecords(db: Db, key: Uint8Array, mode: Mode): Promise<Loaded> {
  const rows = await db.getAll(STORE.records);
  const out: Loaded = { cache: new Map(), aliases: new Map(), hidden: new Set(), decoy: null, damaged: 0 };
  const failed: SealedRecord[] = [];
  const staged: SealedRecord[] = [];
  for (const row of rows) {
    if (row.id.startsWith(STAGED_PREFIX)) {
      staged.push(row);
      continue;
    }
    const envelope = openEnvelope(row, key);
    if (!envelope) failed.push(row);
    else if (typeof envelope.i === 'string') {
      out.aliases.set(envelope.i, row.id);
      out.cache.set(envelope.i, { k: envelope.k, d: envelope.d });
    } else out.cache.set(row.id, envelope);
  }
  // Under the duress passphrase the real records cannot open: say nothing, show the decoy.
  if (mode === 'decoy') for (const row of failed) out.hidden.add(row.id);
  else {
    const decoy = (out.decoy = decoyState(out.cache));
    for (const row of failed) {
      const envelope = decoy ? openEnvelope(row, decoy.key) : null;
      if (!envelope) {
        out.damaged++; // Kept on disk untouched: never silently dropped.
        out.hidden.add(row.id);
      } else {
        decoy!.ids.add(row.id);
        if (envelope.k === BLOB_KIND) decoy!.blobIds.add(row.id);
      }
    }
  }
  if (staged.length) {
    // Staging rows mean an import was cut short: remove what it wrote (the vault never saw it).
    const liveBlobs = new Set<string>(out.decoy?.blobIds);
    for (const [id, envelope] of out.cache) if (envelope.k === BLOB_KIND) liveBlobs.add(id);
    await cleanupStaged(db, staged, [key, ...(out.decoy ? [out.decoy.key] : [])], liveBlobs).catch(() => undefined);
  }
  return out;
}
