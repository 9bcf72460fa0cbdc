// Witnesses: a name and a way to reach each, as many as needed.
import { t } from '../../../i18n';
import type { Witness } from '../model';
import { privateText } from '../../../ui/privateText';

export function WitnessFields({ value, onChange }: { value: Witness[]; onChange(next: Witness[]): void }) {
  const rows = value.length ? value : [{ name: '', contact: '' }];
  const set = (i: number, patch: Partial<Witness>) => onChange(rows.map((w, k) => (k === i ? { ...w, ...patch } : w)));
  return (
    <fieldset>
      <legend>{t('journal.field.witnesses')}</legend>
      {rows.map((w, i) => (
        <div key={i} class="witness">
          <div class="field">
            <label for={`j-wname-${i}`}>{t('journal.field.witnessName', { n: i + 1 })}</label>
            <input id={`j-wname-${i}`} type="text" {...privateText} value={w.name} onInput={(e) => set(i, { name: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for={`j-wcontact-${i}`}>{t('journal.field.witnessContact', { n: i + 1 })}</label>
            <input id={`j-wcontact-${i}`} type="text" {...privateText} value={w.contact} onInput={(e) => set(i, { contact: e.currentTarget.value })} />
          </div>
          {rows.length > 1 && (
            <button type="button" class="secondary" onClick={() => onChange(rows.filter((_, k) => k !== i))}>
              {t('journal.field.witnessRemove', { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      <button type="button" class="secondary" onClick={() => onChange([...rows, { name: '', contact: '' }])}>{t('journal.field.witnessAdd')}</button>
    </fieldset>
  );
}
