// The person profile, once per journal: names, numbers, accounts, vehicle, photo and any
// protection order. Autosaves as a draft like an entry.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { message, say, t, type Message } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useAsync } from '../../../ui/useAsync';
import { useDraft } from '../../drafts/useDraft';
import { emptyPerson, readPerson, validatePerson, type Person } from './person';
import { addEvidence, discardEvidence, loadPerson, savePerson } from '../store';
import { useEvidenceUrl } from '../evidence/useEvidenceUrl';
import { PersonFields } from './PersonFields';

function Photo({ thumbId }: { thumbId?: string }) {
  const { url } = useEvidenceUrl(thumbId);
  return url ? <img class="thumb" src={url} alt={t('journal.person.photoAlt')} width={96} height={96} /> : null;
}

type Fields = (person: Person, set: (patch: Partial<Person>) => void) => ComponentChildren;

/**
 * The one way the person record is edited and saved, whichever screen shows it: "The person"
 * (every field) or the protection order's own screen (its fields only). Both keep the same draft.
 */
export function PersonEditor({ id, saved, onBack, fields, photo = true }: { id?: string; saved: Person; onBack(): void; fields: Fields; photo?: boolean }) {
  const draft = useDraft<Person>('journal:person', saved, readPerson);
  const [status, setStatus] = useState<Message | null>(null);
  const [problem, setProblem] = useState('');
  const person = draft.value;
  const set = (patch: Partial<Person>) => draft.set((prev) => ({ ...prev, ...patch }));

  const addPhoto = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (!file.type.startsWith('image/')) return setProblem(t('journal.person.photoType'));
    try {
      const ref = await addEvidence(file);
      set({ photo: { blobId: ref.blobId, thumbId: ref.thumbId, sha256: ref.sha256, type: ref.type } });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem('');
    if (validatePerson(person).length) return setProblem(t('journal.person.orderDates'));
    try {
      await savePerson(person, id);
      await draft.discard();
      // A replaced or removed photo is deleted unless an entry uses the same file.
      const old = saved.photo;
      if (old && old.blobId !== person.photo?.blobId) await discardEvidence([{ ...old, name: '', size: 0, addedAt: 0 }]).catch(() => undefined);
      setStatus(message('journal.saved'));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <form onSubmit={save} noValidate>
      {fields(person, set)}
      {photo && <div class="field">
        <Photo thumbId={person.photo?.thumbId} />
        <label for="j-person-photo">{t('journal.person.photo')}</label>
        <input id="j-person-photo" type="file" accept="image/*" onChange={(e) => void addPhoto(e.currentTarget)} />
        {person.photo && <button type="button" class="secondary" onClick={() => set({ photo: undefined })}>{t('journal.person.photoRemove')}</button>}
      </div>}
      <div class="form-actions">
        <button type="submit">{t('journal.save')}</button>
        <button type="button" class="secondary" onClick={onBack}>{t('journal.back')}</button>
      </div>
      <p role="status" class="success">{say(status)}</p>
      {problem && <p role="alert" class="error">{problem}</p>}
    </form>
  );
}

export function PersonForm({ onBack }: { onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const loaded = useAsync(loadPerson);
  return (
    <section aria-labelledby="j-person-title">
      <h1 id="j-person-title" ref={heading} tabIndex={-1}>{t('journal.person.title')}</h1>
      <p class="hint">{t('journal.person.explain')}</p>
      {loaded.error !== undefined && <p role="alert" class="error">{errorMessage(loaded.error)}</p>}
      {loaded.data && <PersonEditor id={loaded.data.id} saved={loaded.data.person ?? emptyPerson()} onBack={onBack}
        fields={(person, set) => <PersonFields person={person} set={set} />} />}
    </section>
  );
}
