// Failed unlock attempts: recorded while locked, sealed to the vault's public key (so only the
// unlocked vault can read when they happened), reported at the next real unlock, and slowing
// guesses down after five in a row. The count and the last time are readable while locked:
// the wait must be enforced before any key exists. Someone with the storage can delete the log;
// what it guards against is the quiet try at the lock screen, not forensics.
import { boxKeyPair, boxOpen, boxSeal, open, seal, wipe } from './crypto';
import { LOG_ID, STORE, headerFieldAD, type AttemptBox, type AttemptLog, type VaultHeader } from '../format';
import type { Db } from './db';
import { VaultError } from '../errors';

export interface AttemptsReport {
  count: number;
  lastAt: number | null;
  /** When each try was made (the sealed times, oldest first; the last MAX_BOXES at most). */
  times: number[];
}

/** Tries allowed before waiting; then 30 s, doubling, at most 15 minutes. */
export const FREE_TRIES = 5;
const FIRST_WAIT = 30_000;
const MAX_WAIT = 15 * 60_000;
/** Boxes kept (the count goes on past it). */
const MAX_BOXES = 200;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES));
}

/** When the next try is allowed (ms since the epoch); 0 when now is fine. */
export function nextTryAt(log: AttemptLog | undefined): number {
  if (!log) return 0;
  const wait = waitAfter(log.failures);
  return wait ? log.lastAt + wait : 0;
}

export async function readLog(db: Db): Promise<AttemptLog | undefined> {
  const row = (await db.get(STORE.header, LOG_ID)) as AttemptLog | undefined;
  return row && Number.isInteger(row.failures) && Array.isArray(row.boxes) ? row : undefined;
}

/**
 * Adds one failure. Without a box (a v1 vault) only the count and time are kept. `counted: false`
 * (a try made during the wait): only its sealed time is added, for the report; the count and the
 * wait stay as they are, so someone searching cannot lengthen the owner's wait.
 */
export async function recordFailure(db: Db, header: VaultHeader, now: number, { counted = true } = {}): Promise<void> {
  const log = (await readLog(db)) ?? { id: LOG_ID, failures: 0, lastAt: 0, boxes: [] };
  if (!counted && !header.box) return;
  const boxes = header.box ? [...log.boxes, boxSeal(encoder.encode(JSON.stringify({ at: now })), header.box.pk)] : log.boxes;
  const next: AttemptLog = counted
    ? { id: LOG_ID, failures: log.failures + 1, lastAt: now, boxes: boxes.slice(-MAX_BOXES) }
    : { ...log, boxes: boxes.slice(-MAX_BOXES) };
  const tx = db.transaction(STORE.header, 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(next), tx.done]);
}

/** During the wait a try is refused before any derivation; it is still reported at the next real unlock, but not counted. */
export async function refuseWhileWaiting(db: Db, header: VaultHeader, now: number): Promise<void> {
  const waitUntil = nextTryAt(await readLog(db));
  if (waitUntil <= now) return;
  await recordFailure(db, header, now, { counted: false }).catch(() => undefined);
  throw new VaultError('throttled', String(waitUntil));
}

/** A new box for a vault key (its secret half sealed under that key). */
export function newBox(vaultKey: Uint8Array, version: number): AttemptBox {
  const { publicKey, privateKey } = boxKeyPair();
  const { nonce, ct } = seal(privateKey, headerFieldAD(version, 'box'), vaultKey);
  wipe(privateKey);
  return { pk: publicKey, nonce, sk: ct };
}

/** The same box's secret half under another vault key (a passphrase change). */
export function resealBox(box: AttemptBox, from: Uint8Array, to: Uint8Array, version: number): AttemptBox {
  const sk = open({ nonce: box.nonce, ct: box.sk }, headerFieldAD(version, 'box'), from);
  if (!sk) return newBox(to, version);
  const { nonce, ct } = seal(sk, headerFieldAD(version, 'box'), to);
  wipe(sk);
  return { pk: box.pk, nonce, sk: ct };
}

/** A duress unlock: the wait ends (it looks like any unlock), but the sealed times stay for the real one. */
export async function keepForRealUnlock(db: Db): Promise<void> {
  const log = await readLog(db);
  if (!log || log.failures === 0) return;
  const tx = db.transaction(STORE.header, 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put({ ...log, failures: 0, lastAt: 0 }), tx.done]);
}

/** Reads what the log says (opening every box), then clears it. Real unlocks only. */
export async function takeReport(db: Db, header: VaultHeader, vaultKey: Uint8Array): Promise<AttemptsReport> {
  const log = await readLog(db);
  if (!log) return { count: 0, lastAt: null, times: [] };
  let lastAt: number | null = log.lastAt || null;
  let times: number[] = [];
  const sk = header.box ? open({ nonce: header.box.nonce, ct: header.box.sk }, headerFieldAD(header.v, 'box'), vaultKey) : null;
  if (sk && header.box) {
    // The sealed times are the ones to trust: the clear lastAt is only for the wait.
    times = log.boxes.map((b) => boxOpen(b, header.box!.pk, sk)).filter((p): p is Uint8Array => p !== null)
      .map((p) => Number((JSON.parse(decoder.decode(p)) as { at?: unknown }).at)).filter(Number.isFinite).sort((a, b) => a - b);
    if (times.length) lastAt = Math.max(...times);
    wipe(sk);
  }
  const tx = db.transaction(STORE.header, 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.delete(LOG_ID), tx.done]);
  return { count: Math.max(log.failures, log.boxes.length), lastAt, times };
}
