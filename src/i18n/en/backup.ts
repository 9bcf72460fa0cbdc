// English: the backup module.
export const backup = {
  'backup.title': 'Backup',
} as const;
