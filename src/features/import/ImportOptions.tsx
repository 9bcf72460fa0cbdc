// The choices before the preview: date order, time zone, CSV columns, Messenger or Instagram,
// whose messages (several may be picked), the person's own replies, and grouping.
import { t, plural } from '../../i18n';
import { channelLabel } from '../journal/labels';
import type { Sender } from './plan';

export interface Options {
  daysFirst?: boolean;
  zone: string;
  social: 'messenger' | 'instagram';
  senders: string[];
  keepContext: boolean;
  grouped: boolean;
}

const ZONES: string[] = (() => {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
})();


export function DateOrder({ value, unsure, onChange }: { value: boolean; unsure: boolean; onChange(v: boolean): void }) {
  return (
    <fieldset>
      <legend>{t('import.order.legend')}</legend>
      {unsure && <p class="hint">{t('import.order.unsure')}</p>}
      <label class="check"><input type="radio" name="imp-order" checked={value} onChange={() => onChange(true)} />{t('import.order.dayFirst')}</label>
      <label class="check"><input type="radio" name="imp-order" checked={!value} onChange={() => onChange(false)} />{t('import.order.monthFirst')}</label>
    </fieldset>
  );
}

export function ZonePicker({ value, onChange }: { value: string; onChange(v: string): void }) {
  const zones = ZONES.includes(value) ? ZONES : [value, ...ZONES];
  return (
    <div class="field">
      <label for="imp-zone">{t('import.zone')}</label>
      <p class="hint" id="imp-zone-hint">{t('import.zoneHint')}</p>
      <select id="imp-zone" aria-describedby="imp-zone-hint" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {zones.map((z) => <option key={z} value={z}>{z}</option>)}
      </select>
    </div>
  );
}

export function SocialPicker({ value, onChange }: { value: Options['social']; onChange(v: Options['social']): void }) {
  return (
    <fieldset>
      <legend>{t('import.social')}</legend>
      {(['messenger', 'instagram'] as const).map((s) => (
        <label key={s} class="check"><input type="radio" name="imp-social" checked={value === s} onChange={() => onChange(s)} />{channelLabel(s)}</label>
      ))}
    </fieldset>
  );
}

export function Whose({ senders, options, set, showContext }: { senders: Sender[]; options: Options; set(o: Partial<Options>): void; showContext: boolean }) {
  const toggle = (id: string, on: boolean) => set({ senders: on ? [...options.senders, id] : options.senders.filter((s) => s !== id) });
  return (
    <>
      <fieldset role="group" aria-labelledby="imp-whose" aria-describedby="imp-whose-hint">
        <legend id="imp-whose">{t('import.whose')}</legend>
        <p class="hint" id="imp-whose-hint">{t('import.whoseHint')}</p>
        {senders.map((s) => {
          const counts = [s.messages ? plural(s.messages, 'import.sender.messages') : '', s.calls ? plural(s.calls, 'import.sender.calls') : ''].filter(Boolean).join(', ');
          return (
            <label key={s.id} class="check break">
              <input type="checkbox" checked={options.senders.includes(s.id)} onChange={(e) => toggle(s.id, e.currentTarget.checked)} />
              {s.name ? `${s.name} (${s.id})` : s.id}: {counts}
            </label>
          );
        })}
      </fieldset>
      {showContext && (
        <label class="check"><input type="checkbox" checked={options.keepContext} onChange={(e) => set({ keepContext: e.currentTarget.checked })} />{t('import.keepContext')}</label>
      )}
      <fieldset>
        <legend>{t('import.grouping')}</legend>
        <label class="check"><input type="radio" name="imp-group" checked={options.grouped} onChange={() => set({ grouped: true })} />{t('import.grouped')}</label>
        <label class="check"><input type="radio" name="imp-group" checked={!options.grouped} onChange={() => set({ grouped: false })} />{t('import.each')}</label>
      </fieldset>
    </>
  );
}
