// Whether the Daybook lock screen offers "Log a contact" (issue 24): the owner may turn it off.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { readPrefs, writePrefs } from '../../exit';

export function LockedLogSetting() {
  const [on, setOn] = useState(() => readPrefs().logLocked !== false);
  const [saved, setSaved] = useState(false);
  const change = async (next: boolean) => {
    setOn(next);
    await writePrefs({ logLocked: next ? undefined : false });
    setSaved(true);
  };
  return (
    <div class="field">
      <label class="check" for="locked-log-on">
        <input id="locked-log-on" type="checkbox" checked={on} aria-describedby="locked-log-hint" onChange={(e) => void change(e.currentTarget.checked)} />
        {t('locked.setting')}
      </label>
      <p id="locked-log-hint" class="hint">{t('locked.settingHint')}</p>
      <p role="status" class="success">{saved ? t('common.saved') : ''}</p>
    </div>
  );
}
