// What to leave out of the report before printing or downloading it.
import { t, type MessageKey } from '../../../i18n';
import { fromDateInput } from '../model';
import { DECLARATIONS, OMITTABLE, type DeclarationKind, type OmitField, type ReportOptions } from './report';
import { privateText } from '../../../ui/privateText';

const OMIT_LABEL: Record<OmitField, MessageKey> = {
  exactWords: 'journal.field.exactWords', where: 'journal.field.where', witnesses: 'journal.field.witnesses',
  children: 'journal.field.children', weaponOrVehicle: 'journal.field.weaponOrVehicle', police: 'journal.field.police',
  otherReports: 'journal.field.otherReports', impact: 'journal.field.impact',
};

export interface OptionInputs {
  from: string; to: string; omit: OmitField[]; omitPerson: boolean; omitPersonPhoto: boolean; omitThumbnails: boolean; redact: string;
  caseLabel: string; declaration: DeclarationKind;
}
export const DEFAULT_INPUTS: OptionInputs = {
  from: '', to: '', omit: [], omitPerson: false, omitPersonPhoto: false, omitThumbnails: false, redact: '', caseLabel: '', declaration: 'neutral',
};

export function toOptions(i: OptionInputs): ReportOptions {
  return {
    from: i.from ? fromDateInput(i.from) : null, to: i.to ? fromDateInput(i.to, true) : null,
    omit: i.omit, omitPerson: i.omitPerson, omitPersonPhoto: i.omitPersonPhoto, omitThumbnails: i.omitThumbnails,
    redact: i.redact.split(/\r?\n/), caseLabel: i.caseLabel.trim(), declaration: i.declaration,
  };
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label class="check" for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}

export function ReportOptionsForm({ value, onChange }: { value: OptionInputs; onChange(next: OptionInputs): void }) {
  const set = (patch: Partial<OptionInputs>) => onChange({ ...value, ...patch });
  const toggle = (field: OmitField, on: boolean) => set({ omit: on ? [...value.omit, field] : value.omit.filter((f) => f !== field) });
  return (
    <div class="report-options no-print">
      <fieldset>
        <legend>{t('journal.report.period')}</legend>
        <div class="filter-row">
          <div class="field">
            <label for="j-report-from">{t('journal.list.from')}</label>
            <input id="j-report-from" type="date" value={value.from} onInput={(e) => set({ from: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="j-report-to">{t('journal.list.to')}</label>
            <input id="j-report-to" type="date" value={value.to} onInput={(e) => set({ to: e.currentTarget.value })} />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('journal.report.leaveOut')}</legend>
        <div class="check-grid">
          {OMITTABLE.map((f) => <Check key={f} id={`j-omit-${f}`} label={t(OMIT_LABEL[f])} checked={value.omit.includes(f)} onChange={(on) => toggle(f, on)} />)}
          <Check id="j-omit-person" label={t('journal.report.omitPerson')} checked={value.omitPerson} onChange={(omitPerson) => set({ omitPerson })} />
          <Check id="j-omit-photo" label={t('journal.report.omitPersonPhoto')} checked={value.omitPersonPhoto} onChange={(omitPersonPhoto) => set({ omitPersonPhoto })} />
          <Check id="j-omit-thumbs" label={t('journal.report.omitThumbnails')} checked={value.omitThumbnails} onChange={(omitThumbnails) => set({ omitThumbnails })} />
        </div>
      </fieldset>
      <div class="field">
        <label for="j-redact">{t('journal.report.redact')}</label>
        <textarea id="j-redact" value={value.redact} {...privateText} aria-describedby="j-redact-hint"
          onInput={(e) => set({ redact: e.currentTarget.value })} />
        <p id="j-redact-hint" class="hint">{t('journal.report.redactHint')}</p>
      </div>
      <fieldset>
        <legend>{t('journal.packet.forCourt')}</legend>
        <div class="field">
          <label for="j-case-label">{t('journal.packet.caseLabel')}</label>
          <input id="j-case-label" type="text" value={value.caseLabel} placeholder={t('journal.packet.caseLabelDefault')} {...privateText}
            aria-describedby="j-case-label-hint" onInput={(e) => set({ caseLabel: e.currentTarget.value })} />
          <p id="j-case-label-hint" class="hint">{t('journal.packet.caseLabelHint')}</p>
        </div>
        <div class="field">
          <label for="j-declaration">{t('journal.packet.declarationChoice')}</label>
          <select id="j-declaration" value={value.declaration} onChange={(e) => set({ declaration: e.currentTarget.value as DeclarationKind })}>
            {DECLARATIONS.map((d) => <option key={d} value={d}>{t(`journal.declaration.${d}.name` as MessageKey)}</option>)}
          </select>
        </div>
      </fieldset>
    </div>
  );
}
