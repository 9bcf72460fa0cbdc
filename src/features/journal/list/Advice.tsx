// What advocates and police advise about keeping a log (DOMAIN.md §1), one tap away.
import { t } from '../../../i18n';

export function Advice() {
  return (
    <details class="advice">
      <summary>{t('journal.advice.title')}</summary>
      <ul>
        <li>{t('journal.advice.now')}</li>
        <li>{t('journal.advice.everything')}</li>
        <li>{t('journal.advice.dontTouch')}</li>
        <li>{t('journal.advice.copies')}</li>
      </ul>
    </details>
  );
}
