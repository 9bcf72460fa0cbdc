// Safety plan: the overview of its parts, one part at a time, or the printable version (by route detail).
import { useEffect, useRef } from 'preact/hooks';
import { say, t } from '../../i18n';
import { SafetyLine } from '../resources/SafetyLine';
import { PlanOverview } from './PlanOverview';
import { PrintView } from './PrintView';
import { SectionView } from './SectionView';
import { isSectionId } from './sections';
import { usePlan } from './usePlan';
import './plan.css';

export function PlanScreen({ detail }: { detail?: string }) {
  const state = usePlan();
  const body = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  // Opening a part (or going back) announces its heading; arriving from another screen, the shell focuses the h1.
  useEffect(() => {
    if (!state.plan) return;
    if (first.current) {
      first.current = false;
      if (!detail) return;
    }
    body.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [detail, Boolean(state.plan)]);

  const { plan } = state;
  return (
    <section aria-labelledby="plan-title" class="plan">
      <h1 id="plan-title" tabIndex={-1}>{t('plan.title')}</h1>
      <div ref={body}>
        {!plan && !state.error && <p role="status" class="hint">{t('plan.loading')}</p>}
        {plan && detail === 'print' && <PrintView plan={plan} />}
        {plan && isSectionId(detail) && <SectionView key={detail} id={detail} plan={plan} change={state.change} />}
        {plan && detail !== 'print' && !isSectionId(detail) && <PlanOverview plan={plan} />}
      </div>
      {state.error && <p class="error" role="alert">{state.error}</p>}
      <p class="visually-hidden" role="status">{say(state.status)}</p>
      <SafetyLine />
    </section>
  );
}
