// The notes app the duress passphrase opens under the Notes look: the decoy's notes, searchable,
// each opens, and "New note", edit and delete. It names nothing else and links nowhere else.
import { useEffect, useRef, useState } from 'preact/hooks';
import { plural, t } from '../../i18n';
import { matchNotes } from '../../ui/fronts/model';
import { privateText } from '../../ui/privateText';
import { deleteNote, loadNotes, type StoredNote } from './store';
import { NoteEditor } from './NoteEditor';
import { NoteView } from './NoteView';

type View = { to: 'list' } | { to: 'open'; id: string } | { to: 'edit'; id?: string };

const counted = (n: number) =>
  plural(n, 'front.notes');

export function NotesApp() {
  const [notes, setNotes] = useState<StoredNote[] | null>(null);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>({ to: 'list' });
  const [said, setSaid] = useState('');
  const newButton = useRef<HTMLButtonElement>(null);

  const refresh = () => loadNotes().then(setNotes, () => setNotes((now) => now ?? []));
  useEffect(() => void refresh(), []);

  const back = (message = '') => {
    setSaid(message);
    setView({ to: 'list' });
    requestAnimationFrame(() => newButton.current?.focus());
  };
  const current = view.to !== 'list' && view.id ? notes?.find((n) => n.id === view.id) : undefined;
  const shown = (notes ?? []).filter((n) => matchNotes([n.note], query).length > 0);

  return (
    <section class="front notes-front notes-app" aria-labelledby="notes-app-title">
      <h1 id="notes-app-title" class="front-title" tabIndex={-1}>{t('front.notes.title')}</h1>
      {view.to === 'edit' ? (
        <NoteEditor
          key={view.id ?? 'new'} stored={current}
          onSaved={(id) => void refresh().then(() => {
            setSaid(t('apps.notes.saved'));
            setView({ to: 'open', id });
          })}
          onCancel={() => (current ? setView({ to: 'open', id: current.id }) : back())}
        />
      ) : view.to === 'open' && current ? (
        <NoteView
          key={current.id} stored={current} onBack={() => back()} onEdit={() => setView({ to: 'edit', id: current.id })}
          onDelete={() => void deleteNote(current).then(refresh).then(() => back(t('apps.notes.deleted')), () => back(t('apps.notes.failed')))}
        />
      ) : (
        <>
          <div role="search" class="front-search">
            <label for="notes-app-search" class="visually-hidden">{t('front.notes.search')}</label>
            <input
              id="notes-app-search" type="search" value={query} placeholder={t('front.notes.search')} enterkeyhint="search"
              {...privateText} autocapitalize="off" onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <button type="button" class="secondary note-new" ref={newButton} onClick={() => {
            setSaid('');
            setView({ to: 'edit' });
          }}>{t('apps.notes.new')}</button>
          <ul class="note-list">
            {shown.map(({ id, note }) => (
              <li key={id}>
                <button type="button" class="note-row" onClick={() => setView({ to: 'open', id })}>
                  <span class="note-row-title">{note.title}</span>
                  {note.body && <span class="note-row-preview">{note.body.split('\n')[0]}</span>}
                </button>
              </li>
            ))}
          </ul>
          <p class="front-quiet">{notes && shown.length === 0 ? t(query ? 'front.notes.noResults' : 'front.notes.empty') : ''}</p>
          {shown.length > 0 && <p class="front-count">{counted(shown.length)}</p>}
        </>
      )}
      <p class="visually-hidden" role="status">{said}</p>
    </section>
  );
}
