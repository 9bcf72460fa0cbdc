// The Notes disguise's front: the person's own harmless notes, a search field at the top and a
// note that opens to be read. Looks and works like a notes app; names nothing else.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { FrontSearch, type Attempt } from './FrontSearch';
import { matchNotes, type FrontNote } from './model';
import { heading, type HeadingLevel } from './heading';
import './fronts.css';

interface Props {
  notes: FrontNote[];
  onSubmit(text: string): Promise<Attempt>;
  /** "New note": keeps a note (the caller stores it). Without it (a practice copy) there is no button. */
  onAdd?(text: string): Promise<boolean>;
  /** Ids and heading level, so a practice copy can sit inside Settings. */
  idPrefix?: string;
  level?: HeadingLevel;
}

export function NotesFront({ notes, onSubmit, onAdd, idPrefix = 'front', level = 1 }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<FrontNote | null>(null);
  const shown = matchNotes(notes, query);
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
      {draft !== null ? (
        <div class="note-open">
          <label for={`${idPrefix}-note`}>{t('front.notes.note')}</label>
          <textarea id={`${idPrefix}-note`} rows={8} value={draft} aria-describedby={`${idPrefix}-note-hint`}
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
          {/* Said plainly, as the issue asks: these few notes are what the locked app shows to anyone. */}
          <p id={`${idPrefix}-note-hint`} class="hint">{t('front.notes.unlocked')}</p>
          {full && <p class="error" role="alert">{t('front.notes.full')}</p>}
          <div class="row">
            <button type="button" onClick={() => {
              const text = draft.trim();
              if (!text || !onAdd) return setDraft(null);
              void onAdd(text).then((kept) => (kept ? setDraft(null) : setFull(true)));
            }}>{t('front.notes.done')}</button>
            <button type="button" class="secondary" onClick={() => setDraft(null)}>{t('front.notes.cancel')}</button>
          </div>
        </div>
      ) : open ? (
        <article class="note-open">
          <button type="button" class="front-back" onClick={() => setOpen(null)}>‹ {t('front.notes.back')}</button>
          <NoteTitle>{open.title}</NoteTitle>
          {open.body.split('\n').map((line, i) => <p key={i}>{line}</p>)}
        </article>
      ) : (
        <>
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
          {/* The count is of what is listed: "3 notes" under one search result gave the front away. */}
          {onAdd && <button type="button" class="secondary" onClick={() => { setFull(false); setDraft(''); }}>{t('front.notes.new')}</button>}
          {shown.length > 0 && <p class="front-count">{shown.length === 1 ? t('front.notes.one') : t('front.notes.many', { count: shown.length })}</p>}
        </>
      )}
    </section>
  );
}
