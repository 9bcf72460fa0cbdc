// The optional duress passphrase: off by default; on, it opens a decoy of the person's own notes
// (or erases first). The decoy can be rewritten later with both passphrases.
import { useEffect, useState } from 'preact/hooks';
import { message as note, say, t, type Message as Kept } from '../../i18n';
import { errorNote } from '../../ui/errors';
import { PassphraseInput } from '../../ui/PassphraseInput';
import type { DuressStatus } from '../../vault';
import { MIN_BACKUP_PASSPHRASE, checkNewPassphrase } from './model';
import { disableDuress, duressStatus, enableDuress, type DecoyInput } from './store';
import { DecoyEditor } from './DecoyEditor';
import { DisguiseLimits } from '../settings/DisguiseGuide';

// Kept by key: the language can be switched on Settings while a note shows.
type Message = { ok: boolean; text: Kept } | null;

function explain(err: unknown): Kept {
  const code = (err as { code?: string }).code;
  if (code === 'wrong-passphrase') return note('duress.wrong');
  if (code === 'same-passphrase') return note('duress.same');
  if (code === 'decoy-empty') return note('duress.decoy.empty');
  return errorNote(err);
}

export function DuressSettings() {
  const [status, setStatus] = useState<DuressStatus | null>(null);
  const [current, setCurrent] = useState('');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [erase, setErase] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [decoy, setDecoy] = useState<DecoyInput>({ notes: '' });

  useEffect(() => void duressStatus().then(setStatus, (e: unknown) => setMessage({ ok: false, text: errorNote(e) })), []);

  /** 'on' and 'off' switch it; 'decoy' rewrites the decoy of a duress passphrase already on. */
  async function run(action: 'on' | 'off' | 'decoy') {
    if (busy || !status) return;
    const problem = action === 'on' ? checkNewPassphrase(first, second) : null;
    if (problem) return setMessage({ ok: false, text: problem === 'tooShort' ? note('setup.tooShort', { min: MIN_BACKUP_PASSPHRASE }) : note('setup.mismatch') });
    if (action !== 'off' && first === current) return setMessage({ ok: false, text: note('duress.same') });
    setBusy(true);
    setMessage(null);
    try {
      if (action === 'off') await disableDuress(current);
      else await enableDuress(current, first, action === 'on' ? erase : status.erase, decoy);
      setStatus(await duressStatus());
      setCurrent('');
      setFirst('');
      setSecond('');
      setMessage({ ok: true, text: note(action === 'on' ? 'duress.enabled' : action === 'off' ? 'duress.disabled' : 'duress.decoy.changed') });
    } catch (err) {
      setMessage({ ok: false, text: explain(err) });
    } finally {
      setBusy(false);
    }
  }

  if (!status) return message ? <p class="error" role="alert">{say(message.text)}</p> : null;
  return (
    <fieldset class="backup">
      <legend>{t('duress.title')}</legend>
      <p class="hint">{t('duress.intro')}</p>
      <p class="hint">{t('duress.limits')}</p>
      <DisguiseLimits />
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
          <DecoyEditor onChange={setDecoy} />
        </>
      )}
      <button type="button" onClick={() => run(status.enabled ? 'off' : 'on')} disabled={busy} aria-busy={busy}>
        {t(status.enabled ? 'duress.disable' : 'duress.enable')}
      </button>
      {status.enabled && (
        <fieldset class="plain">
          <legend>{t('duress.decoy.title')}</legend>
          <p class="hint">{t('duress.decoy.changeHint')}</p>
          <div class="field">
            <label for="du-again">{t('duress.new')}</label>
            <PassphraseInput id="du-again" value={first} onInput={setFirst} />
          </div>
          <DecoyEditor onChange={setDecoy} />
          <button type="button" class="secondary" onClick={() => run('decoy')} disabled={busy}>{t('duress.decoy.change')}</button>
        </fieldset>
      )}
      {busy && <p role="status" class="hint">{t('duress.working')}</p>}
      {message && <p class={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>{say(message.text)}</p>}
    </fieldset>
  );
}
