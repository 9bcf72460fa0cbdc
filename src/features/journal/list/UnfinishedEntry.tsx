// After unlocking: says that an entry was left unfinished (saved as a draft) and reopens it.
import { t } from '../../../i18n';
import { useAsync } from '../../../ui/useAsync';
import { hasDraft } from '../../drafts/store';
import { NEW_ENTRY_DRAFT } from '../model';

export function UnfinishedEntry({ onContinue }: { onContinue(): void }) {
  const waiting = useAsync(() => hasDraft(NEW_ENTRY_DRAFT), []);
  if (waiting.data !== true) return null;
  return (
    <p class="card unfinished row" role="status">
      <span>{t('journal.unfinished')}</span>
      <button type="button" onClick={onContinue}>{t('journal.unfinished.continue')}</button>
    </p>
  );
}
