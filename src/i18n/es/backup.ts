// Spanish: the backup module.
import type { backup as en } from '../en/backup';

export const backup: Record<keyof typeof en, string> = {
  'backup.title': 'Copia de seguridad',
};
