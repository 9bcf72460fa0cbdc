// English: the plan module.
export const plan = {
  'plan.title': 'Safety plan',
} as const;
