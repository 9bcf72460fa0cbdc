// The new-entry form's "When": now, or a quick earlier time (the field below takes any other).
import { t } from '../../../i18n';
import { MINUTES_AGO } from '../../../lib/when';
import { minutesAgoLabel } from '../../../ui/WhenChoice';

export function QuickWhen({ onPick }: { onPick(at: number): void }) {
  return (
    <div class="row quick-when">
      <button type="button" class="secondary" onClick={() => onPick(Date.now())}>{t('when.now')}</button>
      {MINUTES_AGO.map((n) => (
        <button key={n} type="button" class="secondary" onClick={() => onPick(Date.now() - n * 60_000)}>{minutesAgoLabel(n)}</button>
      ))}
    </div>
  );
}
