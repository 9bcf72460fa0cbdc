// Change the passphrase: only the vault key is re-sealed, in one durable write.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { vault } from '../../vault';
import { MIN_PASSPHRASE } from '../../lib/strength';
import { errorMessage } from '../../ui/errors';
import { PassphraseInput } from '../../ui/PassphraseInput';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function change() {
    if ([...next].length < MIN_PASSPHRASE) return setMessage({ ok: false, text: t('setup.tooShort') });
    if (next !== repeat) return setMessage({ ok: false, text: t('setup.mismatch') });
    setBusy(true);
    setMessage(null);
    try {
      await vault.changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setMessage({ ok: true, text: t('settings.changed') });
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
      {busy && <p role="status" class="hint">{t('settings.changing')}</p>}
    </fieldset>
  );
}
