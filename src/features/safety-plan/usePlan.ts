// The loaded plan and one way to change it: apply a pure change, show it, save it, undo it if saving fails.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { message, type Message, type MessageKey } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import type { Plan } from './model';
import { loadPlan, savePlan, savedPlan } from './store';

export interface SaveFailure { error: unknown; message: string }

export interface PlanState {
  plan: Plan | undefined;
  /** Last save result, for a live region (kept by key: shown in the language of the moment). */
  status: Message | null;
  error: string;
  /** Resolves to null once saved (or when nothing changed), else to the storage failure. */
  change(apply: (plan: Plan) => Plan, savedMessage?: MessageKey): Promise<SaveFailure | null>;
}

export function usePlan(): PlanState {
  const [plan, setPlan] = useState<Plan>();
  const [status, setStatus] = useState<Message | null>(null);
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

  const change = useCallback(async (apply: (plan: Plan) => Plan, savedMessage: MessageKey = 'plan.saved'): Promise<SaveFailure | null> => {
    const before = latest.current;
    if (!before) return null;
    const next = apply(before);
    if (next === before) return null;
    latest.current = next;
    setPlan(next);
    try {
      await savePlan(next);
      if (live.current) {
        setError('');
        setStatus(message(savedMessage));
      }
      return null;
    } catch (err) {
      // Nothing half-done: go back to what the vault holds.
      latest.current = savedPlan() ?? before;
      const text = errorMessage(err);
      if (live.current) {
        setPlan(latest.current);
        setError(text);
      }
      return { error: err, message: text };
    }
  }, []);

  return { plan, status, error, change };
}
