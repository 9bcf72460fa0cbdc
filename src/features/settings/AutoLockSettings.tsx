// Auto-lock choices: idle minutes and lock-when-hidden (on by default).
import { useEffect, useState } from 'preact/hooks';
import { message, say, t, type Message } from '../../i18n';
import { GRACE_CHOICES, IDLE_CHOICES, type AutoLockOptions } from './model';
import { loadAutoLockOptions, saveAutoLockOptions } from './store';
import { errorNote } from '../../ui/errors';

export function AutoLockSettings() {
  const [options, setOptions] = useState<AutoLockOptions | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  useEffect(() => void loadAutoLockOptions().then(setOptions, (e: unknown) => setStatus(errorNote(e))), []);
  if (!options) return null;
  const save = async (next: AutoLockOptions) => {
    setOptions(next);
    try {
      await saveAutoLockOptions(next);
      setStatus(message('common.saved'));
    } catch (e) {
      setStatus(errorNote(e));
    }
  };
  return (
    <fieldset>
      <legend>{t('settings.autolock')}</legend>
      <div class="field">
        <label for="idle-minutes">{t('settings.idle')}</label>
        <select id="idle-minutes" value={String(options.idleMinutes)} onChange={(e) => save({ ...options, idleMinutes: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {IDLE_CHOICES.map((n) => <option key={n} value={String(n)}>{t('settings.minutes', { n })}</option>)}
          <option value="0">{t('settings.idleOff')}</option>
        </select>
      </div>
      <label class="check">
        <input type="checkbox" checked={options.lockOnHide} onChange={(e) => save({ ...options, lockOnHide: (e.currentTarget as HTMLInputElement).checked })} />
        {t('settings.lockOnHide')}
      </label>
      <div class="field">
        <label for="picker-grace">{t('settings.pickerGrace')}</label>
        <p id="picker-grace-hint" class="hint">{t('settings.pickerGraceHint')}</p>
        <select id="picker-grace" aria-describedby="picker-grace-hint" value={String(options.pickerGraceSeconds)}
          onChange={(e) => save({ ...options, pickerGraceSeconds: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {GRACE_CHOICES.map((n) => <option key={n} value={String(n)}>{n === 0 ? t('settings.pickerGraceOff') : t('settings.seconds', { n })}</option>)}
        </select>
      </div>
      <p role="status" class="hint">{say(status)}</p>
    </fieldset>
  );
}
