// A part's free-text notes, saved through the vault by the one autosave hook while typing, on
// leaving, and as the vault locks.
import { useCallback } from 'preact/hooks';
import { t } from '../../i18n';
import { MAX_NOTES, setNotes } from './model';
import type { SectionId } from './sections';
import type { PlanState } from './usePlan';
import { privateText } from '../../ui/privateText';
import { useAutosave } from '../drafts/useAutosave';

export function SectionNotes({ id, initial, change }: { id: SectionId; initial: string; change: PlanState['change'] }) {
  const save = useCallback(async (value: string) => {
    const failed = await change((plan) => setNotes(plan, id, value), 'plan.notesSaved');
    if (failed) throw failed.error;
  }, [id, change]);
  const notes = useAutosave(`plan:notes:${id}`, initial, save);

  return (
    <div class="field notes">
      <label for={`notes-${id}`}>{t('plan.notes')}</label>
      <p id={`notes-${id}-hint`} class="hint">{t('plan.notesHint')}</p>
      <textarea
        id={`notes-${id}`}
        value={notes.value}
        maxLength={MAX_NOTES}
        {...privateText}
        aria-describedby={`notes-${id}-hint`}
        onInput={(e) => notes.set((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={() => void notes.flush()}
      />
    </div>
  );
}
