// "Check the records": re-computes the hash chain and says what was checked and what this device
// cannot know (a whole-storage rollback), counted from the fingerprint the person last shared.
import { useState } from 'preact/hooks';
import { t, formatDateTime, formatNumber } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { GENESIS, type VerifyResult } from './chain';
import { journalVersions, verifyJournal } from '../store';
import { listShares, recordFingerprint, type RecordFingerprint, type SharedFingerprint } from './integrityLog';
import { FingerprintCheck } from './FingerprintCheck';
import { IntegrityHistory } from './IntegrityHistory';

interface Checked { result: VerifyResult; now: RecordFingerprint; lastShare: SharedFingerprint | undefined; shareHeld: boolean }

async function check(): Promise<Checked> {
  const [result, now, shares, versions] = await Promise.all([verifyJournal(), recordFingerprint(), listShares(), journalVersions()]);
  const lastShare = shares[0];
  // The journal as it was at the last share is still here when its head is still in the chain.
  const shareHeld = !lastShare || lastShare.parts.journal === GENESIS || versions.some((v) => v.hash === lastShare.parts.journal);
  return { result, now, lastShare, shareHeld };
}

function Summary({ checked }: { checked: Checked }) {
  const { result, lastShare, shareHeld } = checked;
  const count = formatNumber(result.count);
  return (
    <>
      {result.ok && shareHeld && (
        <p class="success">{lastShare ? t('journal.verify.okSince', { date: formatDateTime(lastShare.at), count }) : t('journal.verify.okNoShare', { count })}</p>
      )}
      {lastShare && !shareHeld && <p class="error">{t('journal.verify.sharedGone', { date: formatDateTime(lastShare.at) })}</p>}
      <p>{t('journal.verify.cannotSee')}</p>
      <p class="hint">{t('journal.verify.record')} <span class="mono break" data-fingerprint="2">{checked.now.fingerprint}</span></p>
      <p class="hint">{t('journal.verify.journalOnly')} <span class="mono break" data-fingerprint="1">{result.fingerprint}</span></p>
    </>
  );
}

export function VerifyPanel() {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setFailure('');
    try {
      setChecked(await check());
    } catch (error) {
      setFailure(errorMessage(error));
    }
    setBusy(false);
  };
  const result = checked?.result;
  return (
    <section aria-labelledby="j-verify" class="verify">
      <h2 id="j-verify">{t('journal.verify.title')}</h2>
      <p class="hint">{t('journal.verify.explain')}</p>
      <button type="button" class="secondary" onClick={() => void run()} disabled={busy}>{t('journal.verify.run')}</button>
      <div role="status">
        {busy && <p>{t('journal.verify.running')}</p>}
        {checked && <Summary checked={checked} />}
      </div>
      {result && result.breaks.length > 0 && (
        <div role="alert" class="error">
          <p>{t('journal.verify.broken', { count: formatNumber(result.breaks.length) })}</p>
          <ul>
            {result.breaks.slice(0, 20).map((b) => (
              <li key={`${b.seq}-${b.reason}`}>{t(`journal.verify.reason.${b.reason}`, { seq: formatNumber(b.seq + 1), version: b.version })}</li>
            ))}
          </ul>
        </div>
      )}
      {result && result.others.length > 0 && (
        <div class="card">
          <h3>{t('journal.verify.othersTitle')}</h3>
          <p class="hint">{t('journal.verify.othersExplain')}</p>
          <ul>
            {result.others.map((other) => (
              <li key={other.fingerprint} class={other.ok ? undefined : 'error'}>
                {t(other.ok ? 'journal.verify.otherOk' : 'journal.verify.otherBroken', { count: formatNumber(other.count), problems: formatNumber(other.breaks.length) })}{' '}
                <span class="mono break">{other.fingerprint}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {failure && <p role="alert" class="error">{failure}</p>}
      <FingerprintCheck />
      <IntegrityHistory />
    </section>
  );
}
