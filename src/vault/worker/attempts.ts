// The one attempt log for every passphrase check: wrong tries at the lock screen and in any
// "Your passphrase" field of the open app are sealed to the vault's public key (when, where, and
// their number), share one growing wait, and are reported at the next real unlock. The wait is
// readable while locked (it must be enforced before any key exists), but only as a hint: the
// sealed boxes are the record, and the row is bound to the sealed `_attempts` record (epoch), so
// deleting it or putting an older copy back is reported (attempt-report.ts).
import { boxKeyPair, boxOpen, boxSeal, open, randomId, seal, wipe } from './crypto';
import { LOG_ID, STORE, headerFieldAD, type AttemptBox, type AttemptLog, type AttemptLogV1, type VaultHeader } from '../format';
import type { Db } from './db';
import { VaultError } from '../errors';

/** Where a try was made: the lock screen, a passphrase field of the open app, a search that was
 *  refused during the wait, or a duress passphrase changed from inside the decoy (not a failure). */
export type AttemptVia = 'lock' | 'confirm' | 'waited' | 'duress-changed';
export interface AttemptEntry { at: number; n: number; via: AttemptVia }

/** Tries allowed before waiting; then 30 s, doubling, at most 15 minutes. */
export const FREE_TRIES = 5;
const FIRST_WAIT = 30_000;
const MAX_WAIT = 15 * 60_000;
/** Boxes kept (the count goes on past it). */
export const MAX_BOXES = 200;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT, FIRST_WAIT * 2 ** (failures - FREE_TRIES));
}

/** A log with nothing in it, bound to `epoch`. */
export const freshLog = (epoch?: string): AttemptLog => ({ id: LOG_ID, v: 2, ...(epoch ? { epoch } : {}), seq: 0, free: FREE_TRIES, wait: 0, until: 0, boxes: [] });

/** A row of the older shape (counters in the clear) read as today's: the same wait, nothing lost. */
function fromV1(row: AttemptLogV1): AttemptLog {
  const wait = waitAfter(row.failures);
  return { ...freshLog(), seq: row.boxes.length, free: Math.max(0, FREE_TRIES - row.failures), wait, until: wait ? row.lastAt + wait : 0, old: row.failures, boxes: row.boxes };
}

const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

export async function readLog(db: Db): Promise<AttemptLog | undefined> {
  const row = (await db.get(STORE.header, LOG_ID)) as Partial<AttemptLog & AttemptLogV1> | undefined;
  if (!row || !Array.isArray(row.boxes)) return undefined;
  if (row.v === 2 && whole(row.seq) && whole(row.free) && whole(row.wait) && whole(row.until)) return row as AttemptLog;
  if (row.v === undefined && whole(row.failures) && whole(row.lastAt)) return fromV1(row as AttemptLogV1);
  return undefined;
}

/** When the next try is allowed (ms since the epoch); 0 when now is fine. */
export function nextTryAt(log: AttemptLog | undefined): number {
  return log?.until ?? 0;
}

async function store(db: Db, log: AttemptLog): Promise<void> {
  const tx = db.transaction(STORE.header, 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(log), tx.done]);
}

/** The log after one more box (and, when counted, one more failure and a longer wait). */
export function withTry(log: AttemptLog, header: VaultHeader, now: number, via: AttemptVia, counted: boolean): AttemptLog {
  const seq = log.seq + 1;
  const box = header.box ? [boxSeal(encoder.encode(JSON.stringify({ at: now, n: seq, via })), header.box.pk)] : [];
  const next: AttemptLog = { ...log, seq: header.box ? seq : log.seq, boxes: [...log.boxes, ...box].slice(-MAX_BOXES) };
  if (!counted) return next;
  if (log.free > 1) return { ...next, free: log.free - 1, until: 0 };
  const wait = log.free === 1 ? FIRST_WAIT : Math.min(MAX_WAIT, Math.max(FIRST_WAIT, log.wait * 2));
  return { ...next, free: 0, wait, until: now + wait };
}

/**
 * Adds one try. Without a box (a v1 vault) only the wait is kept. `counted: false` (a try made
 * during the wait, or a note such as a duress change): only its sealed box is added; the wait
 * stays as it is, so someone searching cannot lengthen the owner's wait.
 */
export async function recordFailure(db: Db, header: VaultHeader, now: number, { counted = true, via = 'lock' as AttemptVia } = {}): Promise<void> {
  if (!counted && !header.box) return;
  await store(db, withTry((await readLog(db)) ?? freshLog(), header, now, via, counted));
}

/** During the wait a try is refused before any derivation; it is still reported at the next real unlock, but not counted. */
export async function refuseWhileWaiting(db: Db, header: VaultHeader, now: number, via: AttemptVia = 'waited'): Promise<void> {
  const waitUntil = nextTryAt(await readLog(db));
  if (waitUntil <= now) return;
  await recordFailure(db, header, now, { counted: false, via }).catch(() => undefined);
  throw new VaultError('throttled', String(waitUntil));
}

/** The right passphrase (a duress unlock, or one typed to confirm): the wait ends, the sealed boxes stay for the real unlock. */
export async function endWait(db: Db): Promise<void> {
  const log = await readLog(db);
  if (!log || (log.free === FREE_TRIES && log.until === 0 && log.wait === 0)) return;
  await store(db, { ...log, free: FREE_TRIES, wait: 0, until: 0 });
}

/** A new box for a vault key (its secret half sealed under that key). */
export function newBox(vaultKey: Uint8Array, version: number): AttemptBox {
  const { publicKey, privateKey } = boxKeyPair();
  const { nonce, ct } = seal(privateKey, headerFieldAD(version, 'box'), vaultKey);
  wipe(privateKey);
  return { pk: publicKey, nonce, sk: ct };
}

/** The box's secret half, opened with the vault key (null if it does not open). Wipe after use. */
export function openBoxKey(header: VaultHeader, vaultKey: Uint8Array): Uint8Array | null {
  return header.box ? open({ nonce: header.box.nonce, ct: header.box.sk }, headerFieldAD(header.v, 'box'), vaultKey) : null;
}

/** Every box that opens, as entries (a box of the older shape holds only its time). */
export function openEntries(log: AttemptLog, pk: Uint8Array, sk: Uint8Array): AttemptEntry[] {
  const entries: AttemptEntry[] = [];
  for (const box of log.boxes) {
    const plain = boxOpen(box, pk, sk);
    if (!plain) continue;
    try {
      const value = JSON.parse(decoder.decode(plain)) as { at?: unknown; n?: unknown; via?: unknown };
      const at = Number(value.at);
      if (!Number.isFinite(at)) continue;
      const via: AttemptVia = value.via === 'confirm' || value.via === 'waited' || value.via === 'duress-changed' ? value.via : 'lock';
      entries.push({ at, n: whole(value.n) ? value.n : 0, via });
    } catch {
      /* a box that is not ours: left out */
    }
  }
  return entries;
}

/**
 * A passphrase change rotates the key pair: the new one's secret half under the new vault key,
 * and the log's boxes (this session's wrong confirmations) sealed again to it, so the next
 * unlock still reports them. An old copy of the header's box opens nothing written afterwards.
 */
export function rotateBox(header: VaultHeader, log: AttemptLog | undefined, oldKey: Uint8Array, newKey: Uint8Array, version: number): { box: AttemptBox; log: AttemptLog | undefined } {
  const box = newBox(newKey, version);
  const sk = openBoxKey(header, oldKey);
  if (!log || !sk || !header.box) {
    wipe(sk);
    return { box, log: log && { ...log, boxes: [] } };
  }
  const boxes = log.boxes.map((b) => boxOpen(b, header.box!.pk, sk)).filter((p): p is Uint8Array => p !== null).map((p) => boxSeal(p, box.pk));
  wipe(sk);
  return { box, log: { ...log, boxes } };
}

/** A fresh epoch for the log and its `_attempts` record. */
export const newEpoch = (): string => randomId();
