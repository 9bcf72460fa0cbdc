// One note, open: its title, its text and its photo, with Edit and Delete (asked once more).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { loadPhoto, type StoredNote } from './store';

interface Props {
  stored: StoredNote;
  onBack(): void;
  onEdit(): void;
  onDelete(): void;
}

export function NoteView({ stored: { note }, onBack, onEdit, onDelete }: Props) {
  const [asking, setAsking] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);

  return (
    <article class="note-open" aria-labelledby="note-title">
      <button type="button" class="front-back" onClick={onBack}><span aria-hidden="true">‹ </span>{t('front.notes.back')}</button>
      <h2 id="note-title" ref={title} tabIndex={-1}>{note.title}</h2>
      {note.body.split('\n').map((line, i) => <p key={i}>{line}</p>)}
      {note.photo && <NotePhoto blobId={note.photo.blobId} />}
      {asking ? (
        <div class="note-ask" role="group" aria-labelledby="note-ask">
          <p id="note-ask">{t('apps.notes.deleteAsk')}</p>
          <div class="row">
            <button type="button" onClick={onDelete}>{t('apps.notes.delete')}</button>
            <button type="button" class="secondary" onClick={() => setAsking(false)}>{t('apps.notes.keep')}</button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button type="button" onClick={onEdit}>{t('apps.notes.change')}</button>
          <button type="button" class="secondary" onClick={() => setAsking(true)}>{t('apps.notes.delete')}</button>
        </div>
      )}
    </article>
  );
}

/** The photo, decrypted for this view only; its address is given back when the note closes. */
function NotePhoto({ blobId }: { blobId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    void loadPhoto(blobId).then((blob) => {
      if (!live) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    }, () => undefined);
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [blobId]);
  return url ? <img class="note-photo" src={url} alt={t('apps.notes.photo')} /> : null;
}
