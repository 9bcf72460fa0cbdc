// The Notes disguise's front: the person's own harmless notes, a search field at the top and a
// note that opens to be read. Looks and works like a notes app; names nothing else.
import { useState } from 'preact/hooks';
import { plural, t } from '../../i18n';
import { FrontSearch, type Attempt } from './FrontSearch';
import { matchNotes, type FrontNote } from './model';
import { heading, type HeadingLevel } from './heading';
import { FrontNoteEditor, type AddResult } from './FrontNoteEditor';
import { useAfterPaint } from './useAfterPaint';
import './fronts.css';

interface Props {
  notes: FrontNote[];
  onSubmit(text: string): Promise<Attempt>;
  /** "New note" (the caller keeps it). Without it (a practice copy) there is no button. */
  onAdd?(note: FrontNote): Promise<AddResult>;
  /** The person has been told once that notes added here are not locked. */
  told?: boolean;
  /** Ids and heading level, so a practice copy can sit inside Settings. */
  idPrefix?: string;
  level?: HeadingLevel;
}

export function NotesFront({ notes, onSubmit, onAdd, told = false, idPrefix = 'front', level = 1 }: Props) {
  const [adding, setAdding] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<FrontNote | null>(null);
  const shown = matchNotes(notes, query);
  const painted = useAfterPaint();
  const Title = heading(level);
  const NoteTitle = heading(level + 1);

  return (
    <section class="front notes-front" aria-labelledby={`${idPrefix}-title`}>
      <Title id={`${idPrefix}-title`} class="front-title" tabIndex={-1}>{t('front.notes.title')}</Title>
      <FrontSearch
        id={`${idPrefix}-search`} label={t('front.notes.search')} value={query}
        onInput={(value) => {
          setQuery(value);
          setOpen(null);
        }}
        onSubmit={onSubmit}
      />
      {adding && onAdd ? (
        <FrontNoteEditor idPrefix={idPrefix} told={told} onAdd={onAdd} onClose={() => setAdding(false)} />
      ) : open ? (
        <article class="note-open">
          <button type="button" class="front-back" onClick={() => setOpen(null)}>‹ {t('front.notes.back')}</button>
          <NoteTitle>{open.title}</NoteTitle>
          {open.body.split('\n').map((line, i) => <p key={i}>{line}</p>)}
        </article>
      ) : (
        <>
          {onAdd && <button type="button" class="secondary note-new" onClick={() => setAdding(true)}>{t('front.notes.new')}</button>}
          <ul class="note-list">
            {shown.map((note, i) => (
              <li key={i}>
                <button type="button" class="note-row" onClick={() => setOpen(note)}>
                  <span class="note-row-title">{note.title}</span>
                  {note.body && <span class="note-row-preview">{note.body.split('\n')[0]}</span>}
                </button>
              </li>
            ))}
          </ul>
          <p class="front-quiet" role="status">
            {shown.length === 0 ? t(query ? 'front.notes.noResults' : 'front.notes.empty') : ''}
          </p>
          {/* The count is of what is listed: "3 notes" under one search result gave the front away.
              It follows the first frame (useAfterPaint: its Intl costs more than the rest of the front). */}
          {shown.length > 0 && painted && <p class="front-count">{plural(shown.length, 'front.notes')}</p>}
        </>
      )}
    </section>
  );
}
