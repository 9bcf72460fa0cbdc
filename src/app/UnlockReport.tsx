// What the unlock found, said once in plain words: failed tries, records missing, rolled back or
// slipped in (by kind), damaged rows and files. Integrity findings stay until the person notes them.
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, formatNumber, t, type MessageKey } from '../i18n';
// What it says about the attempt log itself (see i18n/guard.ts).
import '../i18n/guard';
import { vault, type AttemptsReport, type KindCounts, type UnlockReport } from '../vault';
import { errorMessage } from '../ui/errors';
import { listShares, noteReport } from '../features/journal/record/integrityLog';

const KNOWN = new Set(['journal-version', '_blob', 'letter', 'plan', 'draft', 'help-contact']);

function kinds(counts: KindCounts): string {
  return Object.entries(counts)
    .map(([kind, n]) => `${formatNumber(n)} ${t((KNOWN.has(kind) ? `report.kind.${kind}` : 'report.kind.other') as MessageKey)}`)
    .join(', ');
}

const any = (counts: KindCounts) => Object.keys(counts).length > 0;

/** Times listed at most; older ones are counted. */
const SHOWN_TIMES = 20;

/** The failed tries (a search on a disguise's front that could have been a passphrase counts), with their times. */
function AttemptsLine({ attempts }: { attempts: AttemptsReport }) {
  const times = attempts.times.slice(-SHOWN_TIMES);
  const earlier = attempts.times.length - times.length;
  return (
    <>
      <p>{t('report.attempts', { count: formatNumber(attempts.count), date: attempts.lastAt ? formatDateTime(attempts.lastAt) : '—' })}</p>
      {attempts.inApp > 0 && <p>{t('report.inApp', { count: formatNumber(attempts.inApp) })}</p>}
      {times.length > 0 && (
        <>
          <p id="attempt-times">{t('report.attemptTimes')}</p>
          <ul class="attempt-times" aria-labelledby="attempt-times">
            {times.map((at, i) => <li key={i}>{formatDateTime(at, { dateStyle: 'medium', timeStyle: 'medium' })}</li>)}
            {earlier > 0 && <li>{t('report.attemptsEarlier', { count: formatNumber(earlier) })}</li>}
          </ul>
        </>
      )}
    </>
  );
}

/** What the attempt log says about itself and the duress passphrase (sealed to the real vault only). */
function LogLines({ attempts }: { attempts: AttemptsReport }) {
  const changed = attempts.duressChanged;
  return (
    <>
      {attempts.tampered && <p>{t(`report.log.${attempts.tampered}`)}</p>}
      {changed.length > 0 && <p>{t('report.duressChanged', { count: formatNumber(changed.length), date: formatDateTime(changed.at(-1)!) })}</p>}
    </>
  );
}

/** True when the report has anything to say. */
export function reportWorthShowing(report: UnlockReport | null): boolean {
  if (!report) return false;
  const { integrity: i } = report;
  return report.damaged > 0 || report.brokenFiles > 0 || report.attempts.count > 0 || report.upgraded
    || report.attempts.tampered !== null || report.attempts.duressChanged.length > 0
    || i.indexDamaged || any(i.missing) || any(i.rolledBack) || any(i.unlisted);
}

export function UnlockReportNotice({ report, onDone }: { report: UnlockReport; onDone(): void }) {
  const [error, setError] = useState('');
  // When she last shared the fingerprint: the one check for what this device cannot see.
  const [sharedAt, setSharedAt] = useState<number | null>(null);
  useEffect(() => {
    listShares().then((shares) => setSharedAt(shares[0]?.at ?? null), () => undefined);
  }, []);
  const { integrity: i, attempts } = report;
  const tampered = i.indexDamaged || any(i.missing) || any(i.rolledBack) || any(i.unlisted) || report.damaged > 0 || report.brokenFiles > 0;
  // Only a report of something merely added may say nothing is missing; any loss, damage or
  // rollback says what may still hold it instead (issue 22: never "Nothing was deleted" then).
  const lost = i.indexDamaged || any(i.missing) || any(i.rolledBack) || report.damaged > 0 || report.brokenFiles > 0;
  async function noted() {
    try {
      if (tampered) {
        // Kept first, as an encrypted record: the history she can open, and the packet, keep it.
        await noteReport(report);
        await vault.acceptIntegrity();
      }
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <section class="card" role={tampered || attempts.tampered || attempts.duressChanged.length ? 'alert' : 'status'} aria-labelledby="unlock-report-title">
      <h2 id="unlock-report-title">{t('report.title')}</h2>
      {attempts.count > 0 && <AttemptsLine attempts={attempts} />}
      <LogLines attempts={attempts} />
      {any(i.missing) && <p>{t('report.missing', { list: kinds(i.missing) })}</p>}
      {any(i.rolledBack) && <p>{t('report.rolledBack', { list: kinds(i.rolledBack) })}</p>}
      {any(i.unlisted) && <p>{t('report.unlisted', { list: kinds(i.unlisted) })}</p>}
      {i.indexDamaged && <p>{t('report.indexDamaged')}</p>}
      {report.damaged > 0 && <p>{t('lock.problems', { count: report.damaged })}</p>}
      {report.brokenFiles > 0 && <p>{t('report.brokenFiles', { count: formatNumber(report.brokenFiles) })}</p>}
      {tampered && <p class="hint">{t(lost ? 'report.adviceLost' : 'report.advice')}</p>}
      <p class="hint">{sharedAt ? t('report.cannotSeeSince', { date: formatDateTime(sharedAt) }) : t('report.cannotSee')}</p>
      {report.upgraded && <p class="hint">{t('report.upgraded')}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      <button type="button" class="secondary" onClick={noted}>{t('report.noted')}</button>
    </section>
  );
}
