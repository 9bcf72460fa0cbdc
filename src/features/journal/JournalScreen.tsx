// The journal screen (placeholder until its feature lands).
import { t } from '../../i18n';

export function JournalScreen(_props: { detail?: string }) {
  return (
    <section aria-labelledby="journal-title">
      <h1 id="journal-title" tabIndex={-1}>{t('journal.title')}</h1>
    </section>
  );
}
