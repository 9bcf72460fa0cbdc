// English: the journal module.
export const journal = {
  'journal.title': 'Journal',
} as const;
