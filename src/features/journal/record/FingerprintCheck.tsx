// "Check a fingerprint you sent": a pasted fingerprint, of either version, said against what this
// device holds now; a version 1 (journal only) fingerprint shared before is looked up in the chain.
import { useState } from 'preact/hooks';
import { t, formatDateTime, formatNumber } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { findJournalFingerprint, fingerprintVersion } from './fingerprint';
import { journalVersions } from '../store';
import { listShares, recordFingerprint } from './integrityLog';
import { privateText } from '../../../ui/privateText';

async function verdict(text: string): Promise<{ ok: boolean; message: string }> {
  const value = text.trim().toLowerCase();
  const version = fingerprintVersion(value);
  if (!version) return { ok: false, message: t('journal.verify.checkInvalid') };
  const versions = await journalVersions();
  if (version === 1) {
    const found = findJournalFingerprint(versions, value);
    return found
      ? { ok: true, message: t('journal.verify.checkFound', { n: formatNumber(found.seq + 1), date: formatDateTime(found.recordedAt) }) }
      : { ok: false, message: t('journal.verify.checkUnknown') };
  }
  if ((await recordFingerprint()).fingerprint === value) return { ok: true, message: t('journal.verify.checkNow') };
  const shared = (await listShares()).find((s) => s.fingerprint === value);
  if (!shared) return { ok: false, message: t('journal.verify.checkUnknown') };
  const held = findJournalFingerprint(versions, shared.parts.journal) || !versions.length;
  return held
    ? { ok: true, message: t('journal.verify.checkShared', { date: formatDateTime(shared.at) }) }
    : { ok: false, message: t('journal.verify.checkSharedGone', { date: formatDateTime(shared.at) }) };
}

export function FingerprintCheck() {
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);
  async function submit(event: Event) {
    event.preventDefault();
    try {
      setAnswer(await verdict(text));
    } catch (error) {
      setAnswer({ ok: false, message: errorMessage(error) });
    }
  }
  return (
    <form class="fingerprint-check" onSubmit={(e) => void submit(e)} aria-labelledby="j-fp-check">
      <h3 id="j-fp-check">{t('journal.verify.checkTitle')}</h3>
      <label for="j-fp-input">{t('journal.verify.checkLabel')}</label>
      <input id="j-fp-input" type="text" class="mono" autocapitalize="off" {...privateText} value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <button type="submit" class="secondary">{t('journal.verify.checkRun')}</button>
      <p role="status" class={answer ? (answer.ok ? 'success' : 'error') : undefined}>{answer?.message}</p>
    </form>
  );
}
