// Change the passphrase: a new vault key, and everything re-encrypted under it in one durable write; says when to.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { changePassphrase } from './store';
import { errorMessage } from '../../ui/errors';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { NewPassphraseFields } from '../../ui/NewPassphraseFields';
import { usePassphraseChoice } from '../../ui/usePassphraseChoice';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const choice = usePassphraseChoice();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);

  async function change() {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const problem = await choice.problem();
      if (problem) return setMessage({ ok: false, text: problem });
      setProgress(0);
      const { duressTurnedOff } = await changePassphrase(current, choice.first, setProgress);
      setCurrent('');
      choice.clear();
      setMessage({ ok: true, text: duressTurnedOff ? `${t('settings.changed')} ${t('settings.duressOff')}` : t('settings.changed') });
    } catch (err) {
      const wrong = (err as { code?: string }).code === 'wrong-passphrase';
      setMessage({ ok: false, text: wrong ? t('lock.wrong') : errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset aria-describedby="cp-when">
      <legend>{t('settings.change')}</legend>
      <p id="cp-when">{t('settings.changeWhen')}</p>
      <div class="field"><label for="cp-current">{t('settings.current')}</label><PassphraseInput id="cp-current" value={current} onInput={setCurrent} /></div>
      <NewPassphraseFields choice={choice} ids={{ first: 'cp-new', second: 'cp-repeat' }}
        labels={{ first: t('settings.newPass'), second: t('settings.repeatPass') }} onEnter={() => void change()} />
      {message && <p class={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      <button type="button" onClick={() => void change()} disabled={busy} aria-busy={busy}>{t('settings.change')}</button>
      {busy && (
        <p role="status" class="hint">
          <progress max={1} value={progress} aria-label={t('settings.changing')} /> {t('settings.rekeying', { percent: Math.round(progress * 100) })}
        </p>
      )}
    </fieldset>
  );
}
