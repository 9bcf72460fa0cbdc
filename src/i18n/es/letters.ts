// Spanish: the letters module.
import type { letters as en } from '../en/letters';

export const letters: Record<keyof typeof en, string> = {
  'letters.title': 'Cartas',
};
