// The letters screen (placeholder until its feature lands).
import { t } from '../../i18n';

export function LettersScreen(_props: { detail?: string }) {
  return (
    <section aria-labelledby="letters-title">
      <h1 id="letters-title" tabIndex={-1}>{t('letters.title')}</h1>
    </section>
  );
}
