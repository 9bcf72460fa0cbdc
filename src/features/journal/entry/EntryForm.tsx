// The entry form: "what happened" and Save come first so an entry takes seconds on a phone;
// the rest can wait. Autosaves as an encrypted draft; a save of an existing entry amends it.
import { readEntryData } from '../read';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useDraft } from '../../drafts/useDraft';
import type { Entry } from '../record/chain';
import { editDraftKey, emptyEntry, fromLocalInput, NEW_ENTRY_DRAFT, spanEnd, toLocalInput, type EntryData, type FieldError } from '../model';
import { appendMany, discardEvidence, InvalidEntry, saveEntry } from '../store';
import { OnePerFile, perFileTime, type PerFile } from '../evidence/OnePerFile';
import { ChannelPicker } from './ChannelPicker';
import { EvidencePicker } from '../evidence/EvidencePicker';
import { MoreDetails } from './MoreDetails';
import { privateText } from '../../../ui/privateText';
import { touchOnly } from '../../../ui/touch';
import { CountFields, untilInput } from './CountFields';
import { SparcPicker } from './SparcPicker';
import { QuickWhen } from './QuickWhen';

/** `until` is the span's end as a time of day (issue 13); absent in drafts made before it. */
export interface FormState { when: string; data: EntryData; until?: string; perFile?: PerFile }

export function errorText(e: FieldError): string {
  // Words or a way of contact are enough since issue 13, and the message says so.
  if (e.field === 'what' && e.code === 'required') return t('journal.error.whatOrHow');
  return t(`journal.error.${e.field}.${e.code}` as MessageKey);
}

/** A stored draft as a form state, or null when it is not one (the form then starts fresh). */
function readFormState(stored: unknown): FormState | null {
  const s = stored as Partial<Record<keyof FormState, unknown>> | null;
  const data = typeof s === 'object' && s !== null && typeof s.when === 'string' ? readEntryData(s.data) : null;
  if (!data) return null;
  return {
    when: s!.when as string, data,
    ...(typeof s!.until === 'string' ? { until: s!.until } : {}),
    ...(typeof s!.perFile === 'object' && s!.perFile !== null ? { perFile: s!.perFile as PerFile } : {}),
  };
}

export function EntryForm({ entry, onDone }: { entry?: Entry; onDone(savedId?: string): void }) {
  const initial: FormState = entry
    ? { when: toLocalInput(entry.current.occurredAt), data: entry.current, until: untilInput(entry.current.until) }
    : { when: toLocalInput(Date.now()), data: emptyEntry(Date.now()) };
  const draft = useDraft<FormState>(entry ? editDraftKey(entry.id) : NEW_ENTRY_DRAFT, initial, readFormState);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const whatRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { when, data, until = '' } = draft.value;
  // Control and Enter means nothing on a touch screen: no hint there (issue 14).
  const keysHint = !touchOnly();

  useEffect(() => {
    // A new entry starts in "what happened" (fast capture); an edit starts at its heading.
    (entry ? headingRef.current : whatRef.current)?.focus();
  }, []);
  useEffect(() => {
    if (draft.restored) setStatus(t('journal.form.restored'));
  }, [draft.restored]);

  const update = (patch: Partial<EntryData>) => draft.set((prev) => ({ ...prev, data: { ...prev.data, ...patch } }));
  const fieldError = (field: string) => errors.find((e) => e.field === field);

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setFailure('');
    const occurredAt = fromLocalInput(when);
    const local: FieldError[] = occurredAt === null ? [{ field: 'occurredAt', code: 'invalid' }] : [];
    if (!data.what.trim() && !data.channels.length) local.push({ field: 'what', code: 'required' });
    const end = until && occurredAt !== null ? spanEnd(occurredAt, until) : undefined;
    if (end === null) local.push({ field: 'until', code: 'invalid' });
    if (local.length) return showErrors(local);
    setBusy(true);
    try {
      const one = { ...data, occurredAt: occurredAt!, until: end ?? undefined };
      const split = !entry && draft.value.perFile?.on && data.evidence.length > 1;
      const id = split ? await saveEach(one) : await saveEntry(one, entry?.id);
      await draft.discard();
      onDone(id);
    } catch (error) {
      if (error instanceof InvalidEntry) showErrors(error.errors);
      else setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  // "One entry per file": the same answers, each file in its own entry at its own time.
  const saveEach = async (one: EntryData): Promise<string> => {
    const items = one.evidence.map((ref) => {
      const at = fromLocalInput(perFileTime(draft.value.perFile, ref));
      if (at === null) throw new InvalidEntry([{ field: 'occurredAt', code: 'invalid' }]);
      return { data: { ...one, occurredAt: at, until: undefined, evidence: [ref] } };
    });
    const made = await appendMany(items);
    return made.at(-1)!.entryId;
  };

  const showErrors = (found: FieldError[]) => {
    setErrors(found);
    const first = found[0];
    const target = first && document.getElementById(first.field === 'occurredAt' ? 'j-when' : first.field === 'what' ? 'j-what' : 'j-errors');
    target?.focus();
  };

  const discard = async () => {
    // Uploads that no saved version uses are removed with the draft.
    await discardEvidence(data.evidence).catch(() => undefined);
    await draft.discard();
    onDone();
  };

  const whatError = fieldError('what');
  const whenError = fieldError('occurredAt');
  return (
    <form class="entry-form" onSubmit={save} noValidate aria-labelledby="j-form-title" aria-describedby={keysHint ? 'j-keys' : undefined}
      onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && void save(e)}>
      <h1 id="j-form-title" ref={headingRef} tabIndex={-1}>{entry ? t('journal.form.editTitle') : t('journal.form.newTitle')}</h1>
      <p class="hint">{entry ? t('journal.form.editHint') : t('journal.advice.now')}</p>
      {keysHint && <p id="j-keys" class="visually-hidden">{t('journal.form.keys')}</p>}
      <p role="status" class="hint">{status}</p>
      {errors.length > 0 && (
        <div id="j-errors" role="alert" tabIndex={-1} class="error">
          {errors.map((e) => <p key={e.field}>{errorText(e)}</p>)}
        </div>
      )}
      <div class="field">
        <label for="j-what">{t('journal.field.what')}</label>
        <textarea id="j-what" ref={whatRef} value={data.what} {...privateText} required
          aria-invalid={whatError ? 'true' : undefined} aria-describedby={whatError ? 'j-errors' : undefined}
          onInput={(e) => update({ what: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="j-when">{t('journal.field.when')}</label>
        <input id="j-when" type="datetime-local" value={when} autocomplete="off"
          aria-invalid={whenError ? 'true' : undefined} aria-describedby="j-when-hint"
          onInput={(e) => draft.set((prev) => ({ ...prev, when: e.currentTarget.value }))} />
        {!entry && <QuickWhen onPick={(at) => draft.set((prev) => ({ ...prev, when: toLocalInput(at) }))} />}
        <p id="j-when-hint" class="hint">{t('journal.field.whenHint')}</p>
      </div>
      <CountFields times={data.times} until={until} invalid={fieldError('times') ? 'times' : fieldError('until') ? 'until' : undefined}
        onTimes={(times) => update({ times })} onUntil={(value) => draft.set((prev) => ({ ...prev, until: value }))} />
      {failure && <p role="alert" class="error">{failure}</p>}
      {/* One Save, right after the two fields that matter, sticking to the top when scrolled past. */}
      <div class="form-actions">
        <button type="submit" disabled={busy}>{t('journal.save')}</button>
        <button type="button" class="secondary" onClick={() => onDone()}>{t('journal.form.later')}</button>
        {!confirmDiscard && <button type="button" class="secondary" onClick={() => setConfirmDiscard(true)}>{t('journal.form.discard')}</button>}
      </div>
      {confirmDiscard && (
        <div class="card" role="group" aria-labelledby="j-discard-q">
          <p id="j-discard-q">{t('journal.form.discardConfirm')}</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => void discard()}>{t('journal.form.discardYes')}</button>
            <button type="button" class="secondary" onClick={() => setConfirmDiscard(false)}>{t('common.cancel')}</button>
          </div>
        </div>
      )}
      <div class="field">
        <label for="j-words">{t('journal.field.exactWords')}</label>
        <textarea id="j-words" value={data.exactWords} {...privateText} aria-describedby="j-words-hint"
          onInput={(e) => update({ exactWords: e.currentTarget.value })} />
        <p id="j-words-hint" class="hint">{t('journal.field.exactWordsHint')}</p>
      </div>
      <div class="field">
        <label for="j-words-translation">{t('journal.field.wordsTranslation')}</label>
        <textarea id="j-words-translation" value={data.wordsTranslation ?? ''} {...privateText} aria-describedby="j-words-translation-hint"
          onInput={(e) => update({ wordsTranslation: e.currentTarget.value })} />
        <p id="j-words-translation-hint" class="hint">{t('journal.field.wordsTranslationHint')}</p>
      </div>
      <ChannelPicker value={data.channels} onChange={(channels) => update({ channels })} />
      <SparcPicker channels={data.channels} value={data.sparc} onChange={(sparc) => update({ sparc })} />
      <EvidencePicker value={data.evidence} onChange={(evidence) => update({ evidence })} />
      {!entry && data.evidence.length > 1 && (
        <OnePerFile evidence={data.evidence} value={draft.value.perFile} onChange={(perFile) => draft.set((prev) => ({ ...prev, perFile }))} />
      )}
      <MoreDetails data={data} update={update} />
    </form>
  );
}
