// "Mark as sent": when and how the letter went out, optional proof, then it is frozen as sent.
import { useState } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { parseLocal, SEND_CHANNELS, toDateTimeInput, validateSent, type LetterContent, type SendChannel } from './model';
import { markSent } from './store';
import { isNoticeTemplate } from './templates';
import { privateText } from '../../ui/privateText';

interface Props {
  content: LetterContent;
  title: string;
  blocked: string | null;
  /** Saves any pending draft edits first; resolves to the letter's id, if it has one. */
  prepare(): Promise<string | undefined>;
  onSent(id: string): void;
}

const ERRORS = { sentAt: 'letters.mark.errSentAt', future: 'letters.mark.errFuture', channel: 'letters.mark.errChannel' } as const;

export function MarkSent({ content, title, blocked, prepare, onSent }: Props) {
  // Empty means "the moment Mark as sent is pressed": the time the screen opened is not when it went out.
  const [when, setWhen] = useState('');
  const [channel, setChannel] = useState<SendChannel>('email');
  const [reference, setReference] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = isNoticeTemplate(content.templateId);

  async function submit() {
    if (busy) return;
    if (blocked) return setError(blocked);
    const sentAt = when ? parseLocal(when) : Date.now();
    const problems = validateSent(sentAt, channel, Date.now());
    if (problems.length) return setError(problems.map((p) => t(ERRORS[p])).join(' '));
    setError('');
    setBusy(true);
    try {
      const id = await prepare();
      const channelLabel = t(`letters.sendChannel.${channel}` as MessageKey);
      const result = await markSent(content, id, { sentAt: sentAt!, channel, channelLabel, title, reference, proof: files }, setProgress);
      onSent(result.id);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="letter-mark-title">
      <h2 id="letter-mark-title">{t('letters.mark.title')}</h2>
      <p>{t('letters.mark.intro')} {t(notice ? 'letters.mark.notice' : 'letters.mark.notNotice')}</p>
      <div class="field">
        <label for="letter-sent-at">{t('letters.mark.when')}</label>
        <input id="letter-sent-at" type="datetime-local" value={when} max={toDateTimeInput(Date.now())} aria-describedby="letter-sent-at-hint"
          onInput={(e) => setWhen(e.currentTarget.value)} />
        <p id="letter-sent-at-hint" class="hint">{t('letters.mark.whenHint')}</p>
      </div>
      <div class="field">
        <label for="letter-sent-channel">{t('letters.mark.channel')}</label>
        <select id="letter-sent-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value as SendChannel)}>
          {SEND_CHANNELS.map((c) => <option key={c} value={c}>{t(`letters.sendChannel.${c}` as MessageKey)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="letter-sent-ref">{t('letters.mark.reference')}</label>
        <input id="letter-sent-ref" type="text" {...privateText} value={reference} onInput={(e) => setReference(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="letter-proof">{t('letters.mark.proof')}</label>
        <p id="letter-proof-hint" class="hint">{t('letters.mark.proofHint')}</p>
        <input id="letter-proof" type="file" multiple accept="image/*,application/pdf" aria-describedby="letter-proof-hint"
          onChange={(e) => {
            const chosen = [...(e.currentTarget.files ?? [])];
            setFiles((prev) => [...prev, ...chosen]);
            e.currentTarget.value = '';
          }} />
        {files.length > 0 && (
          <ul class="proof-chosen">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`} class="row">
                <span>{f.name}</span>
                <button type="button" class="secondary" onClick={() => setFiles((prev) => prev.filter((_, j) => j !== i))}>
                  {t('letters.mark.removeProof', { name: f.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      {busy && (
        <p role="status" class="hint">
          {progress !== null && files.length ? t('letters.mark.uploading', { percent: formatNumber(Math.round(progress * 100)) }) : t('letters.mark.saving')}
        </p>
      )}
      <button type="button" onClick={submit} disabled={busy} aria-busy={busy}>{t('letters.mark.submit')}</button>
    </section>
  );
}
