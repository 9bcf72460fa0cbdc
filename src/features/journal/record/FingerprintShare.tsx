// The record's fingerprint, dated and counted, to send to someone trusted now and then: the one
// check against the whole storage being put back to an earlier copy, which a device cannot see.
// Each copy or share is kept (encrypted): "Check the records" counts from the last one.
import { useEffect, useState } from 'preact/hooks';
import { t, formatDateTime, formatNumber } from '../../../i18n';
import type { Journal } from '../store';
import { recordFingerprint, recordShare, type RecordFingerprint } from './integrityLog';

/** The message to send. Neutral on purpose: it may sit in a sent-messages list the ex sees. */
export function fingerprintText(journal: Journal, record: RecordFingerprint, now: number): string {
  return t('journal.share.text', {
    date: formatDateTime(now),
    count: formatNumber(journal.entries.length),
    versions: formatNumber(record.versions),
    fingerprint: record.fingerprint,
  });
}

export function FingerprintShare({ journal, now = Date.now }: { journal: Journal; now?: () => number }) {
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const [record, setRecord] = useState<RecordFingerprint | null>(null);
  // Letters, the plan and files count too: computed again whenever the journal view refreshes.
  useEffect(() => {
    let live = true;
    recordFingerprint().then((r) => live && setRecord(r), () => live && setRecord(null));
    return () => {
      live = false;
    };
  }, [journal]);
  const at = now();
  const text = record ? fingerprintText(journal, record, at) : '';
  const canShare = typeof navigator.share === 'function';

  const remember = () => record && recordShare(record, at).catch(() => undefined);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setFailed(false);
      setStatus(t('journal.share.copied'));
      await remember();
    } catch {
      setFailed(true);
      setStatus(t('journal.share.copyFailed'));
    }
  }

  // Called straight from the tap: a slow await first would lose the user gesture share needs.
  function share() {
    navigator.share({ text }).then(() => remember(), (err: unknown) => {
      if ((err as { name?: string }).name !== 'AbortError') void copy();
    });
  }

  if (!journal.last || !record) return null;
  return (
    <section aria-labelledby="j-share" class="verify">
      <h2 id="j-share">{t('journal.share.title')}</h2>
      <p class="hint">{t('journal.share.explain')}</p>
      <p class="mono break" id="j-share-text">{text}</p>
      <p class="hint">{t('journal.share.neutral')}</p>
      <div class="row">
        {canShare && <button type="button" class="secondary" onClick={share} aria-describedby="j-share-text">{t('journal.share.share')}</button>}
        <button type="button" class="secondary" onClick={() => void copy()} aria-describedby="j-share-text">{t('journal.share.copy')}</button>
      </div>
      <p role="status" class={failed ? 'error' : 'success'}>{status}</p>
    </section>
  );
}
