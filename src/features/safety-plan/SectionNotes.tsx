// A part's free-text notes, saved through the vault at most once a second while typing, and on leaving.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { MAX_NOTES, setNotes } from './model';
import type { SectionId } from './sections';
import type { PlanState } from './usePlan';
import { privateText } from '../../ui/privateText';

const SAVE_EVERY_MS = 1000;

export function SectionNotes({ id, initial, change }: { id: SectionId; initial: string; change: PlanState['change'] }) {
  const [text, setText] = useState(initial);
  const latest = useRef(initial);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current === saved.current) return;
    const value = latest.current;
    saved.current = value;
    void change((plan) => setNotes(plan, id, value), 'plan.notesSaved');
  };
  // Leaving the part (or the screen) writes what is there.
  useEffect(() => flush, []);

  return (
    <div class="field notes">
      <label for={`notes-${id}`}>{t('plan.notes')}</label>
      <p id={`notes-${id}-hint`} class="hint">{t('plan.notesHint')}</p>
      <textarea
        id={`notes-${id}`}
        value={text}
        maxLength={MAX_NOTES}
        {...privateText}
        aria-describedby={`notes-${id}-hint`}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          latest.current = value;
          // Throttled, not debounced: steady typing still saves every second.
          if (timer.current === undefined) timer.current = setTimeout(flush, SAVE_EVERY_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}
