// "Log a contact" while locked (issue 24): no passphrase, nothing readable written. Each entry is
// sealed at once to the vault's public key (the header's box, as failed attempts are) and kept in
// one header-store row until a real unlock opens it, to be accepted into the journal or discarded.
import { boxOpen, boxSeal, open, randomId, wipe } from './crypto';
import { HEADER_ID, LOCKED_ID, MAX_LOCKED_WORDS, STORE, headerFieldAD, unpaddedLength, type LockedQueue, type VaultHeader } from '../format';
import { VaultError } from '../errors';
import { readHeader } from './header';
import type { Db } from './db';
import type { VaultState } from './state';

/** What the lock screen's sheet sends: the page's words, checked here (the page is not trusted with the format). */
export interface LockedEntry { occurredAt: number; channels: string[]; times: number; what: string }
/** One opened entry; `at` is when it was logged (its "written down" time). */
export interface LockedItem extends LockedEntry { id: string; at: number }

/** Entries kept at most: someone holding the locked phone cannot fill the storage. */
export const MAX_LOCKED = 100;
/** Every sealed entry has this size before sealing, whatever it says (200 letters fit, in any script). */
const SEALED_PLAIN = 2048;
const MAX_TIMES = 10_000;
const FUTURE_MS = 5 * 60_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A valid entry, or null (the same check on the way in and on the way out). */
function checkEntry(raw: unknown, now: number): LockedEntry | null {
  const e = raw as Partial<Record<keyof LockedEntry, unknown>> | null;
  if (!e || typeof e !== 'object') return null;
  const { occurredAt, channels, times, what } = e;
  if (typeof occurredAt !== 'number' || !Number.isFinite(occurredAt) || occurredAt <= 0 || occurredAt > now + FUTURE_MS) return null;
  if (!Array.isArray(channels) || channels.length > 20 || channels.some((c) => typeof c !== 'string' || c.length > 32)) return null;
  if (!Number.isInteger(times) || (times as number) < 1 || (times as number) > MAX_TIMES) return null;
  if (typeof what !== 'string' || [...what].length > MAX_LOCKED_WORDS) return null;
  if (!channels.length && !what.trim()) return null;
  return { occurredAt, channels: channels as string[], times: times as number, what };
}

async function readQueue(db: Db): Promise<LockedQueue> {
  const row = (await db.get(STORE.header, LOCKED_ID)) as LockedQueue | undefined;
  const items = Array.isArray(row?.items) ? row.items.filter((i) => typeof i?.k === 'string' && i.box instanceof Uint8Array) : [];
  return { id: LOCKED_ID, items };
}

/** Seals one entry to the vault's public key and stores it; works while locked, needs no key. */
export async function logLocked(db: Db, raw: unknown, now: number): Promise<void> {
  const header = (await db.get(STORE.header, HEADER_ID)) as VaultHeader | undefined;
  const pk = header?.box?.pk;
  // A v1 vault has no box until its first unlock upgrades it: nothing can be sealed yet.
  if (!(pk instanceof Uint8Array) || pk.length !== 32) throw new VaultError('unsupported');
  const entry = checkEntry(raw, now);
  if (!entry) throw new VaultError('corrupt', 'invalid entry');
  const json = encoder.encode(JSON.stringify({ at: now, ...entry }));
  if (json.length >= SEALED_PLAIN) throw new VaultError('corrupt', 'too long');
  const plain = new Uint8Array(SEALED_PLAIN);
  plain.set(json);
  plain[json.length] = 0x80;
  const box = boxSeal(plain, pk);
  wipe(plain);
  const tx = db.transaction(STORE.header, 'readwrite', { durability: 'strict' });
  const row = (await tx.store.get(LOCKED_ID)) as LockedQueue | undefined;
  const items = Array.isArray(row?.items) ? row.items : [];
  if (items.length >= MAX_LOCKED) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new VaultError('quota');
  }
  await Promise.all([tx.store.put({ id: LOCKED_ID, items: [...items, { k: randomId(), box }] } satisfies LockedQueue), tx.done]);
}

/** The entries waiting, oldest first; real unlocks only (the decoy shows none and leaves them waiting). */
export async function lockedEntries(state: VaultState): Promise<LockedItem[]> {
  const key = state.vaultKey();
  if (state.mode !== 'real') return [];
  const queue = await readQueue(state.database());
  const header = await readHeader(state);
  if (!queue.items.length || !header.box) return [];
  const sk = open({ nonce: header.box.nonce, ct: header.box.sk }, headerFieldAD(header.v, 'box'), key);
  if (!sk) return [];
  const out: LockedItem[] = [];
  for (const item of queue.items) {
    const plain = boxOpen(item.box, header.box.pk, sk);
    const length = plain ? unpaddedLength(plain) : -1;
    if (!plain || length < 0) continue;
    try {
      const parsed = JSON.parse(decoder.decode(plain.subarray(0, length))) as { at?: unknown };
      const entry = checkEntry(parsed, Number.MAX_SAFE_INTEGER);
      if (entry && typeof parsed.at === 'number' && Number.isFinite(parsed.at)) out.push({ id: item.k, at: parsed.at, ...entry });
    } catch {
      // Not an entry of ours: left in the row, never shown.
    }
  }
  wipe(sk);
  return out.sort((a, b) => a.at - b.at);
}

/**
 * A passphrase change gives the vault a new key pair (attempts.ts, rotateBox): the entries
 * waiting are sealed again to its public half, so the next real unlock still opens them. Run
 * inside the change's transaction on the row it read there (an entry logged meanwhile in another
 * tab is not lost). An entry that does not open is kept as it is (never shown, as before).
 * Null: nothing to write.
 */
export function resealQueue(row: unknown, header: VaultHeader, oldKey: Uint8Array, newPk: Uint8Array): LockedQueue | null {
  const items = (row as Partial<LockedQueue> | undefined)?.items;
  if (!Array.isArray(items) || !items.length || !header.box) return null;
  const sk = open({ nonce: header.box.nonce, ct: header.box.sk }, headerFieldAD(header.v, 'box'), oldKey);
  if (!sk) return null;
  const resealed = items.map((item) => {
    const plain = item?.box instanceof Uint8Array ? boxOpen(item.box, header.box!.pk, sk) : null;
    if (!plain) return item;
    const box = boxSeal(plain, newPk);
    wipe(plain);
    return { k: item.k, box };
  });
  wipe(sk);
  return { id: LOCKED_ID, items: resealed };
}

/** Removes entries (accepted into the journal, or discarded); real unlocks only. */
export async function dropLocked(state: VaultState, ids: string[]): Promise<void> {
  state.vaultKey();
  if (state.mode !== 'real') return;
  const tx = state.database().transaction(STORE.header, 'readwrite', { durability: 'strict' });
  const row = (await tx.store.get(LOCKED_ID)) as LockedQueue | undefined;
  const items = (Array.isArray(row?.items) ? row.items : []).filter((i) => !ids.includes(i.k));
  await Promise.all([items.length ? tx.store.put({ id: LOCKED_ID, items }) : tx.store.delete(LOCKED_ID), tx.done]);
}
