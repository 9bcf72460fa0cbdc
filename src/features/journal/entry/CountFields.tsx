// "How many times" and the optional end of the span: six calls in ten minutes are one entry.
import { t } from '../../../i18n';
import { MAX_TIMES } from '../model';

/** The span's end as the value of <input type="time">, in the device's time zone. */
export function untilInput(until: number | undefined): string {
  if (until === undefined) return '';
  const d = new Date(until);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

interface Props {
  times: number;
  until: string;
  invalid?: 'times' | 'until';
  onTimes(times: number): void;
  onUntil(value: string): void;
}

export function CountFields({ times, until, invalid, onTimes, onUntil }: Props) {
  return (
    <div class="row count-fields">
      <div class="field">
        <label for="j-times">{t('journal.field.times')}</label>
        <input id="j-times" type="number" inputMode="numeric" min={1} max={MAX_TIMES} step={1}
          value={Number.isFinite(times) ? times : ''} aria-describedby="j-times-hint" aria-invalid={invalid === 'times' ? 'true' : undefined}
          onInput={(e) => onTimes(e.currentTarget.value === '' ? Number.NaN : Number(e.currentTarget.value))} />
        <p id="j-times-hint" class="hint">{t('journal.field.timesHint')}</p>
      </div>
      <div class="field">
        <label for="j-until">{t('journal.field.until')}</label>
        <input id="j-until" type="time" value={until} aria-describedby="j-until-hint" aria-invalid={invalid === 'until' ? 'true' : undefined}
          onInput={(e) => onUntil(e.currentTarget.value)} />
        <p id="j-until-hint" class="hint">{t('journal.field.untilHint')}</p>
      </div>
    </div>
  );
}
