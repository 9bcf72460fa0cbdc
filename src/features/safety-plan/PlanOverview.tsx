// The plan at a glance: overall progress, every part with its own progress, and the printable version.
import { t } from '../../i18n';
import { useRouter } from '../../ui/router';
import { percent, planProgress, sectionProgress, type Plan } from './model';
import { SECTION_IDS } from './sections';

export function PlanOverview({ plan }: { plan: Plan }) {
  const { go } = useRouter();
  const total = planProgress(plan);
  return (
    <>
      <p>{t('plan.intro')}</p>
      <div class="plan-progress">
        <label for="plan-progress">{t('plan.progressLabel')}</label>
        <div class="progress-line">
          <progress id="plan-progress" max={Math.max(total.total, 1)} value={total.done} aria-describedby="plan-progress-text" />
          <span id="plan-progress-text">{t('plan.progress', total)} ({percent(total)}%)</span>
        </div>
      </div>
      <div class="row">
        <button type="button" class="secondary" onClick={() => go({ screen: 'plan', sub: { to: 'print' } })}>{t('plan.printView')}</button>
      </div>
      <h2 tabIndex={-1}>{t('plan.sections')}</h2>
      <ul class="plan-sections">
        {SECTION_IDS.map((id) => {
          const section = plan.sections[id];
          const progress = sectionProgress(section);
          return (
            <li key={id}>
              <button type="button" class="section-link secondary" onClick={() => go({ screen: 'plan', sub: { to: 'section', id } })}>
                <span class="section-title">{t(`plan.section.${id}`)}</span>
                <span class="section-state">{section.skipped ? t('plan.sectionSkipped') : t('plan.sectionProgress', progress)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
