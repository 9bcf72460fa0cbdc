// "Check the records": re-computes the hash chain and says plainly whether anything changed.
import { useState } from 'preact/hooks';
import { t, formatNumber } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import type { VerifyResult } from './chain';
import { verifyJournal } from './store';

export function VerifyPanel() {
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setFailure('');
    try {
      setResult(await verifyJournal());
    } catch (error) {
      setFailure(errorMessage(error));
    }
    setBusy(false);
  };
  return (
    <section aria-labelledby="j-verify" class="verify">
      <h2 id="j-verify">{t('journal.verify.title')}</h2>
      <p class="hint">{t('journal.verify.explain')}</p>
      <button type="button" class="secondary" onClick={() => void run()} disabled={busy}>{t('journal.verify.run')}</button>
      <div role="status">
        {busy && <p>{t('journal.verify.running')}</p>}
        {result?.ok && (
          <p class="success">{t('journal.verify.ok', { count: formatNumber(result.count) })}</p>
        )}
        {result && <p class="hint">{t('journal.verify.fingerprint')} <span class="mono break">{result.fingerprint}</span></p>}
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
    </section>
  );
}
