// "When": now, or earlier (5, 15, 30 or 60 minutes ago, earlier today at…, yesterday at…, a
// date and time). Shared by "Log again" and the lock screen's "Log a contact".
import { t, type MessageKey } from '../i18n';
import { EARLIER_PICKS, type EarlierPick, type WhenValue } from '../lib/when';

export function minutesAgoLabel(n: number): string {
  return t('when.minutesAgo', { count: n });
}

function pickLabel(pick: EarlierPick): string {
  if (pick === 'today' || pick === 'yesterday' || pick === 'date') return t(`when.${pick}` as MessageKey);
  return minutesAgoLabel(Number(pick));
}

export function WhenChoice({ id, value, onChange }: { id: string; value: WhenValue; onChange(next: WhenValue): void }) {
  const set = (patch: Partial<WhenValue>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="when-choice">
      <legend>{t('when.legend')}</legend>
      <div class="row">
        {(['now', 'earlier'] as const).map((mode) => (
          <label key={mode} class="check" for={`${id}-${mode}`}>
            <input id={`${id}-${mode}`} type="radio" name={`${id}-mode`} checked={value.mode === mode} onChange={() => set({ mode })} />
            {t(`when.${mode}`)}
          </label>
        ))}
      </div>
      {value.mode === 'earlier' && (
        <div class="when-picks" role="radiogroup" aria-label={t('when.earlier')}>
          {EARLIER_PICKS.map((pick) => (
            <label key={pick} class="check" for={`${id}-p${pick}`}>
              <input id={`${id}-p${pick}`} type="radio" name={`${id}-pick`} checked={value.pick === pick} onChange={() => set({ pick })} />
              {pickLabel(pick)}
            </label>
          ))}
          {(value.pick === 'today' || value.pick === 'yesterday') && (
            <div class="field">
              <label for={`${id}-time`}>{t('when.time')}</label>
              <input id={`${id}-time`} type="time" value={value.time} onInput={(e) => set({ time: e.currentTarget.value })} />
            </div>
          )}
          {value.pick === 'date' && (
            <div class="field">
              <label for={`${id}-date`}>{t('when.dateTime')}</label>
              <input id={`${id}-date`} type="datetime-local" value={value.date} onInput={(e) => set({ date: e.currentTarget.value })} />
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}
