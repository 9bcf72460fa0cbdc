// The decoy's own notes (and, once the vault can carry one, an ordinary photo), written by the
// person; under the Notes disguise they can simply be the notes shown while locked.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { formatNotes, readPrefs } from '../../exit';
import { exampleDecoyNotes } from './decoy';
import { decoyPhotosSupported, loadDecoyDraft, type DecoyInput } from './store';
import { privateText } from '../../ui/privateText';

interface Props { onChange(decoy: DecoyInput): void }

export function DecoyEditor({ onChange }: Props) {
  const prefs = readPrefs();
  const underNotes = prefs.disguise === 'notes';
  const [own, setOwn] = useState<string | null>(null);
  const [same, setSame] = useState(false);
  const [photo, setPhoto] = useState<File | null>(null);
  const notes = same ? formatNotes(prefs.lockNotes) : (own ?? '');

  // What was written last time, or ordinary examples to make one's own.
  useEffect(() => {
    void loadDecoyDraft().then(({ draft }) => setOwn(draft?.notes ?? exampleDecoyNotes()), () => setOwn(exampleDecoyNotes()));
  }, []);
  useEffect(() => onChange({ notes, photo }), [notes, photo]);

  if (own === null) return null;
  return (
    <div class="decoy-editor">
      <div class="field">
        <label for="du-notes">{t('duress.decoy.notes')}</label>
        <textarea
          id="du-notes" rows={6} value={notes} disabled={same} {...privateText} aria-describedby="du-notes-hint"
          onInput={(e) => setOwn((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <p id="du-notes-hint" class="hint">{t('duress.decoy.notesHint')}</p>
      </div>
      {underNotes && (
        <label class="check">
          <input type="checkbox" checked={same} onChange={(e) => setSame((e.currentTarget as HTMLInputElement).checked)} />
          {t('duress.decoy.same')}
        </label>
      )}
      {decoyPhotosSupported && (
        <div class="field">
          <label for="du-photo">{t('duress.decoy.photo')}</label>
          <input id="du-photo" type="file" accept="image/*" onChange={(e) => setPhoto((e.currentTarget as HTMLInputElement).files?.[0] ?? null)} />
          {photo && <button type="button" class="secondary" onClick={() => setPhoto(null)}>{t('duress.decoy.photoRemove')}</button>}
        </div>
      )}
    </div>
  );
}
