// The locked Notes front's "New note": one field "Note" (its first line the title). These notes
// are kept unencrypted with the front's others, and the first time the editor says so plainly.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { privateText } from '../privateText';
import type { FrontNote } from './model';

/** What keeping the note gave: kept, or refused whole because there is no room (never cut short). */
export type AddResult = 'kept' | 'full';

interface Props {
  idPrefix: string;
  /** Whether the person has already been told these notes are not locked. */
  told: boolean;
  onAdd(note: FrontNote): Promise<AddResult>;
  onClose(): void;
}

export function FrontNoteEditor({ idPrefix, told, onAdd, onClose }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<'full' | 'blank' | null>(null);
  // Read once: saying it is what marks it told, and the sentence must not vanish while it is read.
  const [tell] = useState(!told);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const id = `${idPrefix}-note`;

  async function save() {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const first = lines.findIndex((line) => line.trim());
    if (first < 0) return setProblem('blank');
    const result = await onAdd({ title: lines[first]!.trim(), body: lines.slice(first + 1).join('\n').trim() }).catch((): AddResult => 'full');
    if (result === 'kept') onClose();
    else setProblem('full');
  }

  const described = [tell ? `${id}-plain` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div class="note-open">
      <label for={id}>{t('front.notes.note')}</label>
      <textarea
        id={id} ref={field} rows={8} value={text} {...privateText} aria-describedby={described || undefined}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setProblem(null);
        }}
      />
      {tell && <p id={`${id}-plain`} class="hint">{t('front.notes.unlocked')}</p>}
      {problem && <p id={`${id}-problem`} class="error" role="alert">{t(problem === 'full' ? 'front.notes.full' : 'front.notes.blank')}</p>}
      <div class="row">
        <button type="button" onClick={() => void save()}>{t('front.notes.save')}</button>
        <button type="button" class="secondary" onClick={onClose}>{t('front.notes.cancel')}</button>
      </div>
    </div>
  );
}
