// Spanish: the plan module.
import type { plan as en } from '../en/plan';

export const plan: Record<keyof typeof en, string> = {
  'plan.title': 'Plan de seguridad',
};
