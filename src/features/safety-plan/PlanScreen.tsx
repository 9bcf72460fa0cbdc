// The plan screen (placeholder until its feature lands).
import { t } from '../../i18n';

export function PlanScreen(_props: { detail?: string }) {
  return (
    <section aria-labelledby="plan-title">
      <h1 id="plan-title" tabIndex={-1}>{t('plan.title')}</h1>
    </section>
  );
}
