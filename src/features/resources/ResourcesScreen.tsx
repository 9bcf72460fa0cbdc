// The resources screen (placeholder until its feature lands).
import { t } from '../../i18n';

export function ResourcesScreen(_props: { detail?: string }) {
  return (
    <section aria-labelledby="resources-title">
      <h1 id="resources-title" tabIndex={-1}>{t('resources.title')}</h1>
    </section>
  );
}
