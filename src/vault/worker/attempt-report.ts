// The attempt log read at a real unlock: every sealed try opened and counted, the log checked
// against the sealed `_attempts` record (deleted, an older copy, tries cut out), then begun anew
// under a fresh epoch, the record and the row in one transaction.
import { wipe } from './crypto';
import type { VaultHeader } from '../format';
import { freshLog, MAX_BOXES, newEpoch, openBoxKey, openEntries, readLog, type AttemptEntry } from './attempts';
import { write } from './write';
import type { VaultState } from './state';

export const ATTEMPTS_KIND = '_attempts';

/** What went wrong with the log itself: deleted, replaced by an older copy, or tries cut out of it. */
export type LogTamper = 'missing' | 'replaced' | 'cut';

export interface AttemptsReport {
  /** Wrong tries (at the lock screen or in a passphrase field), refused ones during a wait included. */
  count: number;
  lastAt: number | null;
  /** When each try was made (the sealed times, oldest first; the last 200 at most). */
  times: number[];
  /** Of them, typed into a "Your passphrase" field while the app was open. */
  inApp: number;
  /** When the duress passphrase was changed from inside the decoy (it is then the new one). */
  duressChanged: number[];
  tampered: LogTamper | null;
}

export const noAttempts = (): AttemptsReport => ({ count: 0, lastAt: null, times: [], inApp: 0, duressChanged: [], tampered: null });

/** Box numbers run 1, 2, 3… without a gap or a repeat (the oldest may have been dropped past MAX_BOXES). */
function consecutive(entries: AttemptEntry[], seq: number): boolean {
  const numbered = entries.filter((e) => e.n > 0).map((e) => e.n).sort((a, b) => a - b);
  if (!numbered.length) return true;
  const first = seq > MAX_BOXES ? seq - MAX_BOXES + 1 : 1;
  return numbered[0] === first && numbered.at(-1) === seq && numbered.every((n, i) => i === 0 || n === numbered[i - 1]! + 1);
}

/** Reads what the log says (opening every box), checks it, and begins it anew. Real unlocks only. */
export async function takeReport(state: VaultState, header: VaultHeader): Promise<AttemptsReport> {
  const log = await readLog(state.database());
  const record = state.records.find(ATTEMPTS_KIND);
  const known = typeof record?.[1].epoch === 'string' ? record[1].epoch : null;
  const report = noAttempts();
  if (known && !log) report.tampered = 'missing';
  else if (known && log && log.epoch !== known) report.tampered = 'replaced';
  if (log) {
    const sk = openBoxKey(header, state.vaultKey());
    const entries = sk && header.box ? openEntries(log, header.box.pk, sk) : [];
    wipe(sk);
    const tries = entries.filter((e) => e.via !== 'duress-changed');
    report.times = tries.map((e) => e.at).sort((a, b) => a - b);
    report.count = Math.max(log.old ?? 0, tries.length);
    report.lastAt = report.times.at(-1) ?? null;
    report.inApp = tries.filter((e) => e.via === 'confirm').length;
    report.duressChanged = entries.filter((e) => e.via === 'duress-changed').map((e) => e.at).sort((a, b) => a - b);
    if (!report.tampered && known && !consecutive(entries, log.seq)) report.tampered = 'cut';
  }
  // Begun anew only when there was something in it (or it was not bound): an empty row under
  // the same epoch is already what a fresh one would be, and an unlock then writes nothing.
  if (known && log && log.epoch === known && log.seq === 0 && !log.old && log.free === freshLog().free && log.until === 0) return report;
  const epoch = newEpoch();
  await write(state, { puts: [{ kind: ATTEMPTS_KIND, id: record?.[0] ?? null, data: { epoch } }], log: freshLog(epoch) });
  return report;
}

/** A new vault's log and its record, written with its header. */
export function firstLog(): { put: { kind: string; id: null; data: { epoch: string } }; log: ReturnType<typeof freshLog> } {
  const epoch = newEpoch();
  return { put: { kind: ATTEMPTS_KIND, id: null, data: { epoch } }, log: freshLog(epoch) };
}
