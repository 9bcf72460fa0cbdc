// Spanish: the disguise module.
import type { disguise as en } from '../en/disguise';

export const disguise: Record<keyof typeof en, string> = {
  'disguise.title': 'Apariencia',
};
