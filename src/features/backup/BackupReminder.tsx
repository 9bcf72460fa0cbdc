// The discreet backup suggestion: when the last backup was made, and a nudge after enough new entries.
import { useEffect, useState } from 'preact/hooks';
import { formatDate, formatNumber, t } from '../../i18n';
import { shouldRemind } from './model';
import { backupReminder } from './store';

/** `full`: also say when the last backup was (Settings); otherwise only the nudge, if due. */
export function BackupReminder({ full = false, refresh = 0 }: { full?: boolean; refresh?: number }) {
  const [state, setState] = useState<{ lastBackupAt: number | null; newEntries: number } | null>(null);
  useEffect(() => void backupReminder().then(setState, () => setState(null)), [refresh]);
  if (!state) return null;
  const due = shouldRemind(state.newEntries);
  if (!due && !full) return null;
  return (
    <div class="backup-reminder">
      {full && <p class="hint">{state.lastBackupAt === null ? t('backup.never') : t('backup.last', { date: formatDate(state.lastBackupAt) })}</p>}
      {due && <p class="hint reminder" role="note">
        {t(state.lastBackupAt === null ? 'backup.remindNever' : 'backup.remind', { count: formatNumber(state.newEntries) })}
      </p>}
    </div>
  );
}
