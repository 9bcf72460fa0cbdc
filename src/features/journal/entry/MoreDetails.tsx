// The fields that can wait: where, witnesses, children, weapon or vehicle, police, other
// reports and how it affected the person.
import { t } from '../../../i18n';
import type { ChildrenPresent, EntryData } from '../model';
import { childrenLabel } from '../labels';
import { WitnessFields } from './WitnessFields';
import { TextField } from '../../../ui/TextField';

type Update = (patch: Partial<EntryData>) => void;

export function MoreDetails({ data, update }: { data: EntryData; update: Update }) {
  const police = data.police;
  const setPolice = (patch: Partial<EntryData['police']>) => update({ police: { ...police, ...patch } });
  return (
    <section aria-labelledby="j-more" class="more-details">
      <h2 id="j-more">{t('journal.form.more')}</h2>
      <TextField id="j-where" label={t('journal.field.where')} hint={t('journal.field.whereHint')} value={data.where} onInput={(where) => update({ where })} />
      <WitnessFields value={data.witnesses} onChange={(witnesses) => update({ witnesses })} />
      <fieldset>
        <legend>{t('journal.field.children')}</legend>
        {(['yes', 'no', 'unknown'] as ChildrenPresent[]).map((v) => (
          <label key={v} class="check" for={`j-children-${v}`}>
            <input id={`j-children-${v}`} type="radio" name="j-children" checked={data.children === v} onChange={() => update({ children: v })} />
            {childrenLabel(v)}
          </label>
        ))}
      </fieldset>
      <TextField id="j-weapon" label={t('journal.field.weaponOrVehicle')} value={data.weaponOrVehicle} onInput={(weaponOrVehicle) => update({ weaponOrVehicle })} />
      <fieldset>
        <legend>{t('journal.field.police')}</legend>
        <label class="check" for="j-police">
          <input id="j-police" type="checkbox" checked={police.contacted} onChange={(e) => setPolice({ contacted: e.currentTarget.checked })} />
          {t('journal.field.policeContacted')}
        </label>
        <TextField id="j-officer" label={t('journal.field.officer')} value={police.officer} onInput={(officer) => setPolice({ officer })} />
        <TextField id="j-badge" label={t('journal.field.badge')} value={police.badge} onInput={(badge) => setPolice({ badge })} />
        <TextField id="j-report-no" label={t('journal.field.reportNumber')} value={police.reportNumber} onInput={(reportNumber) => setPolice({ reportNumber })} />
      </fieldset>
      <TextField id="j-other" long label={t('journal.field.otherReports')} hint={t('journal.field.otherReportsHint')} value={data.otherReports} onInput={(otherReports) => update({ otherReports })} />
      <TextField id="j-impact" long label={t('journal.field.impact')} hint={t('journal.field.impactHint')} value={data.impact} onInput={(impact) => update({ impact })} />
    </section>
  );
}
