// SPARC's four kinds of behaviour for an entry: derived from the ways of contact until the
// person changes them, and back to derived on request.
import { t } from '../../../i18n';
import { derivedSparc, SPARC, type Channel, type SparcKind } from '../model';
import { sparcLabel } from '../labels';

interface Props { channels: Channel[]; value: SparcKind[] | undefined; onChange(next: SparcKind[] | undefined): void }

export function SparcPicker({ channels, value, onChange }: Props) {
  const shown = value ?? derivedSparc(channels);
  const toggle = (kind: SparcKind, on: boolean) => onChange(SPARC.filter((k) => (k === kind ? on : shown.includes(k))));
  return (
    <fieldset class="sparc">
      <legend>{t('journal.field.sparc')}</legend>
      <p class="hint" id="j-sparc-hint">{t('journal.field.sparcHint')}</p>
      <div class="check-grid">
        {SPARC.map((kind) => (
          <label key={kind} class="check" for={`j-sparc-${kind}`}>
            <input id={`j-sparc-${kind}`} type="checkbox" checked={shown.includes(kind)} aria-describedby="j-sparc-hint"
              onChange={(e) => toggle(kind, e.currentTarget.checked)} />
            {sparcLabel(kind)}
          </label>
        ))}
      </div>
      {value && <button type="button" class="secondary" onClick={() => onChange(undefined)}>{t('journal.sparc.reset')}</button>}
    </fieldset>
  );
}
