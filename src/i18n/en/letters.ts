// English: the letters module.
export const letters = {
  'letters.title': 'Letters',
} as const;
