// Change the passphrase: a new vault key, and everything re-encrypted under it in one durable write.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { changePassphrase } from './store';
import { MIN_PASSPHRASE } from '../../lib/strength';
import { errorMessage } from '../../ui/errors';
import { PassphraseInput } from '../../ui/PassphraseInput';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);

  async function change() {
    if ([...next].length < MIN_PASSPHRASE) return setMessage({ ok: false, text: t('setup.tooShort') });
    if (next !== repeat) return setMessage({ ok: false, text: t('setup.mismatch') });
    setBusy(true);
    setMessage(null);
    try {
      setProgress(0);
      const { duressTurnedOff } = await changePassphrase(current, next, setProgress);
      setCurrent('');
      setNext('');
      setRepeat('');
      setMessage({ ok: true, text: duressTurnedOff ? `${t('settings.changed')} ${t('settings.duressOff')}` : t('settings.changed') });
    } catch (err) {
      const wrong = (err as { code?: string }).code === 'wrong-passphrase';
      setMessage({ ok: false, text: wrong ? t('lock.wrong') : errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset>
      <legend>{t('settings.change')}</legend>
      <div class="field"><label for="cp-current">{t('settings.current')}</label><PassphraseInput id="cp-current" value={current} onInput={setCurrent} /></div>
      <div class="field"><label for="cp-new">{t('settings.newPass')}</label><PassphraseInput id="cp-new" value={next} onInput={setNext} /></div>
      <div class="field"><label for="cp-repeat">{t('settings.repeatPass')}</label><PassphraseInput id="cp-repeat" value={repeat} onInput={setRepeat} onEnter={change} /></div>
      {message && <p class={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      <button type="button" onClick={change} disabled={busy} aria-busy={busy}>{t('settings.change')}</button>
      {busy && (
        <p role="status" class="hint">
          <progress max={1} value={progress} aria-label={t('settings.changing')} /> {t('settings.rekeying', { percent: Math.round(progress * 100) })}
        </p>
      )}
    </fieldset>
  );
}
