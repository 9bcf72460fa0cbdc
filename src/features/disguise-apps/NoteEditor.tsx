// The notes app's editor: one text field "Note", whose first line is the title. What is typed is
// kept if the app locks mid-sentence (the vault's last write), as a notes app keeps a draft.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { vault } from '../../vault';
import { privateText } from '../../ui/privateText';
import { noteFromText, noteText, type AppNote } from './model';
import { saveNote, type StoredNote } from './store';

interface Props {
  /** The note being changed; none for "New note". */
  stored?: StoredNote;
  onSaved(id: string): void;
  onCancel(): void;
}

export function NoteEditor({ stored, onSaved, onCancel }: Props) {
  const editing = stored?.note;
  const [text, setText] = useState(() => (editing ? noteText(editing) : ''));
  const [problem, setProblem] = useState<'empty' | 'failed' | null>(null);
  const latest = useRef(text);
  latest.current = text;
  const field = useRef<HTMLTextAreaElement>(null);
  const original = editing ? noteText(editing) : '';

  const asNote = (typed: string): AppNote | null => {
    const { title, body } = noteFromText(typed);
    return title ? { ...editing, title, body, at: Date.now() } : null;
  };

  useEffect(() => field.current?.focus(), []);
  // Locked while writing (by time, hiding, Quick exit): what was typed is saved, not lost.
  useEffect(() => vault.onLastWrite(() => {
    const note = latest.current !== original ? asNote(latest.current) : null;
    return note ? saveNote(note, stored?.id) : undefined;
  }), []);

  async function save() {
    const note = asNote(text);
    if (!note) return setProblem('empty');
    try {
      onSaved(await saveNote(note, stored?.id));
    } catch {
      setProblem('failed');
    }
  }

  return (
    <form class="note-open note-editor" aria-labelledby="note-editor-title" onSubmit={(e) => {
      e.preventDefault();
      void save();
    }}>
      <h2 id="note-editor-title">{t(editing ? 'apps.notes.edit' : 'apps.notes.new')}</h2>
      <label for="note-text">{t('apps.notes.note')}</label>
      <textarea
        id="note-text" ref={field} rows={10} value={text} {...privateText}
        aria-describedby={problem ? 'note-problem' : undefined}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setProblem(null);
        }}
      />
      {problem && <p id="note-problem" class="error" role="alert">{t(problem === 'empty' ? 'apps.notes.empty' : 'apps.notes.failed')}</p>}
      <div class="row">
        <button type="submit">{t('apps.notes.save')}</button>
        <button type="button" class="secondary" onClick={onCancel}>{t('apps.notes.cancel')}</button>
      </div>
    </form>
  );
}
