// The loaded plan and one way to change it: apply a pure change, show it, save it, undo it if saving fails.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import type { Plan } from './model';
import { loadPlan, savePlan, savedPlan } from './store';

export interface PlanState {
  plan: Plan | undefined;
  /** Last save result, for a live region. */
  status: string;
  error: string;
  change(apply: (plan: Plan) => Plan, savedMessage?: string): Promise<void>;
}

export function usePlan(): PlanState {
  const [plan, setPlan] = useState<Plan>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const latest = useRef<Plan | undefined>(undefined);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    loadPlan().then(
      (loaded) => {
        latest.current = loaded;
        if (live.current) setPlan(loaded);
      },
      (err: unknown) => live.current && setError(errorMessage(err)),
    );
    return () => {
      live.current = false;
    };
  }, []);

  const change = useCallback(async (apply: (plan: Plan) => Plan, savedMessage = t('plan.saved')) => {
    const before = latest.current;
    if (!before) return;
    const next = apply(before);
    if (next === before) return;
    latest.current = next;
    setPlan(next);
    try {
      await savePlan(next);
      if (live.current) {
        setError('');
        setStatus(savedMessage);
      }
    } catch (err) {
      // Nothing half-done: go back to what the vault holds.
      latest.current = savedPlan() ?? before;
      if (live.current) {
        setPlan(latest.current);
        setError(errorMessage(err));
      }
    }
  }, []);

  return { plan, status, error, change };
}
