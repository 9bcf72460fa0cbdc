// English: the disguise module.
export const disguise = {
  'disguise.title': 'Appearance',
} as const;
