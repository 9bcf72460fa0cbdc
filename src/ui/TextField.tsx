// A labelled text field (one line or several) with an optional hint, private to the keyboard's memory.
import { privateText } from './privateText';

export function TextField({ id, label, hint, value, long, onInput }: { id: string; label: string; hint?: string; value: string; long?: boolean; onInput(v: string): void }) {
  const props = {
    id, value, ...privateText, 'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {long ? <textarea {...props} /> : <input type="text" {...props} />}
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
    </div>
  );
}
