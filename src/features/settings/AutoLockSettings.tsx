// Auto-lock choices: idle minutes and lock-when-hidden (on by default). Each change asks for the
// passphrase first: an unlocked minute must not be enough to keep the app open for good.
import { useEffect, useState } from 'preact/hooks';
import { message, say, t, type Message } from '../../i18n';
import { plural } from '../../i18n';
import { GRACE_CHOICES, IDLE_CHOICES, type AutoLockOptions } from './model';
import { confirmPassphrase, loadAutoLockOptions, saveAutoLockOptions } from './store';
import { errorNote } from '../../ui/errors';
import { usePassphraseGate } from '../../ui/PassphraseGate';

export function AutoLockSettings() {
  const [options, setOptions] = useState<AutoLockOptions | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  // What is being asked for, shown while the passphrase is; the saved choice comes back on cancel.
  const [asked, setAsked] = useState<AutoLockOptions | null>(null);
  const gate = usePassphraseGate(confirmPassphrase);
  useEffect(() => void loadAutoLockOptions().then(setOptions, (e: unknown) => setStatus(errorNote(e))), []);
  if (!options) return null;
  const save = (next: AutoLockOptions) => {
    setStatus(null);
    setAsked(next);
    gate.ask(() => keep(next), () => setAsked(null));
  };
  const keep = async (next: AutoLockOptions) => {
    setAsked(null);
    setOptions(next);
    try {
      await saveAutoLockOptions(next);
      setStatus(message('common.saved'));
    } catch (e) {
      setStatus(errorNote(e));
    }
  };
  const shown = asked ?? options;
  return (
    <fieldset>
      <legend>{t('settings.autolock')}</legend>
      <div class="field">
        <label for="idle-minutes">{t('settings.idle')}</label>
        <select id="idle-minutes" value={String(shown.idleMinutes)} disabled={gate.open} onChange={(e) => save({ ...options, idleMinutes: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {IDLE_CHOICES.map((n) => <option key={n} value={String(n)}>{plural(n, 'settings.minutes')}</option>)}
          <option value="0">{t('settings.idleOff')}</option>
        </select>
      </div>
      <label class="check">
        <input type="checkbox" checked={shown.lockOnHide} disabled={gate.open} onChange={(e) => save({ ...options, lockOnHide: (e.currentTarget as HTMLInputElement).checked })} />
        {t('settings.lockOnHide')}
      </label>
      <div class="field">
        <label for="picker-grace">{t('settings.pickerGrace')}</label>
        <p id="picker-grace-hint" class="hint">{t('settings.pickerGraceHint')}</p>
        <select id="picker-grace" aria-describedby="picker-grace-hint" value={String(shown.pickerGraceSeconds)} disabled={gate.open}
          onChange={(e) => save({ ...options, pickerGraceSeconds: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {GRACE_CHOICES.map((n) => <option key={n} value={String(n)}>{n === 0 ? t('settings.pickerGraceOff') : t('settings.seconds', { n })}</option>)}
        </select>
      </div>
      {gate.panel}
      <p role="status" class="hint">{say(status)}</p>
    </fieldset>
  );
}
