// Safety plan: the overview of its parts, one part at a time, or the printable version (by route).
import { say, t } from '../../i18n';
import type { RouteOf } from '../../ui/router';
import { SafetyLine } from '../resources/SafetyLine';
import { PlanOverview } from './PlanOverview';
import { PrintView } from './PrintView';
import { SectionView } from './SectionView';
import { isSectionId } from './sections';
import { usePlan } from './usePlan';
import './plan.css';

export function PlanScreen({ route }: { route: RouteOf<'plan'> }) {
  const state = usePlan();
  const sub = route.sub;
  const section = sub?.to === 'section' && isSectionId(sub.id) ? sub.id : undefined;
  const { plan } = state;
  return (
    <section aria-labelledby="plan-title" class="plan">
      <h1 id="plan-title" tabIndex={-1}>{t('plan.title')}</h1>
      <div>
        {!plan && !state.error && <p role="status" class="hint">{t('plan.loading')}</p>}
        {plan && sub?.to === 'print' && <PrintView plan={plan} />}
        {plan && section && <SectionView key={section} id={section} plan={plan} change={state.change} />}
        {plan && sub?.to !== 'print' && !section && <PlanOverview plan={plan} />}
      </div>
      {state.error && <p class="error" role="alert">{state.error}</p>}
      <p class="visually-hidden" role="status">{say(state.status)}</p>
      <SafetyLine />
    </section>
  );
}
