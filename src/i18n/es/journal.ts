// Spanish: the journal module.
import type { journal as en } from '../en/journal';

export const journal: Record<keyof typeof en, string> = {
  'journal.title': 'Diario',
};
