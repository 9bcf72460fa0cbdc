// The optional duress passphrase: off by default; on, it opens a decoy (or erases first).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { PassphraseInput } from '../../ui/PassphraseInput';
import type { DuressStatus } from '../../vault';
import { checkNewPassphrase } from './model';
import { disableDuress, duressStatus, enableDuress } from './store';

type Message = { ok: boolean; text: string } | null;

function explain(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'wrong-passphrase') return t('duress.wrong');
  if (code === 'same-passphrase') return t('duress.same');
  return errorMessage(err);
}

export function DuressSettings() {
  const [status, setStatus] = useState<DuressStatus | null>(null);
  const [current, setCurrent] = useState('');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [erase, setErase] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => void duressStatus().then(setStatus, (e: unknown) => setMessage({ ok: false, text: errorMessage(e) })), []);

  async function run(turnOn: boolean) {
    if (busy) return;
    const problem = turnOn ? checkNewPassphrase(first, second) : null;
    if (problem) return setMessage({ ok: false, text: t(problem === 'tooShort' ? 'setup.tooShort' : 'setup.mismatch') });
    if (turnOn && first === current) return setMessage({ ok: false, text: t('duress.same') });
    setBusy(true);
    setMessage(null);
    try {
      if (turnOn) await enableDuress(current, first, erase);
      else await disableDuress(current);
      setStatus(await duressStatus());
      setCurrent('');
      setFirst('');
      setSecond('');
      setMessage({ ok: true, text: t(turnOn ? 'duress.enabled' : 'duress.disabled') });
    } catch (err) {
      setMessage({ ok: false, text: explain(err) });
    } finally {
      setBusy(false);
    }
  }

  if (!status) return message ? <p class="error" role="alert">{message.text}</p> : null;
  return (
    <fieldset class="backup">
      <legend>{t('duress.title')}</legend>
      <p class="hint">{t('duress.intro')}</p>
      <p class="hint">{t('duress.limits')}</p>
      <p><strong>{t(!status.enabled ? 'duress.off' : status.erase ? 'duress.onErase' : 'duress.onDecoy')}</strong></p>
      <div class="field">
        <label for="du-current">{t('backup.current')}</label>
        <PassphraseInput id="du-current" value={current} onInput={setCurrent} />
      </div>
      {!status.enabled && (
        <>
          <div class="field">
            <label for="du-new">{t('duress.new')}</label>
            <PassphraseInput id="du-new" value={first} onInput={setFirst} />
          </div>
          <div class="field">
            <label for="du-repeat">{t('duress.repeat')}</label>
            <PassphraseInput id="du-repeat" value={second} onInput={setSecond} />
          </div>
          <fieldset class="plain">
            <legend>{t('duress.what')}</legend>
            <label class="check"><input type="radio" name="du-mode" checked={!erase} onChange={() => setErase(false)} />{t('duress.decoy')}</label>
            <label class="check"><input type="radio" name="du-mode" checked={erase} onChange={() => setErase(true)} />{t('duress.erase')}</label>
          </fieldset>
        </>
      )}
      <button type="button" onClick={() => run(!status.enabled)} disabled={busy} aria-busy={busy}>
        {t(status.enabled ? 'duress.disable' : 'duress.enable')}
      </button>
      {busy && <p role="status" class="hint">{t('duress.working')}</p>}
      {message && <p class={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </fieldset>
  );
}
