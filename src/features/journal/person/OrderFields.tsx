// The protection order's fields, shown under "The person" and on the order's own screen (one record).
import { t } from '../../../i18n';
import type { ProtectionOrder } from './person';
import { TextField } from '../../../ui/TextField';

function DateField({ id, label, hint, value, onInput }: { id: string; label: string; hint?: string; value: string; onInput(v: string): void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="date" value={value} aria-describedby={hint ? `${id}-hint` : undefined} onInput={(e) => onInput(e.currentTarget.value)} />
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
    </div>
  );
}

export function OrderFields({ order, legend, set }: { order: ProtectionOrder; legend: string; set(patch: Partial<ProtectionOrder>): void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label class="check" for="j-order-in-force">
        <input id="j-order-in-force" type="checkbox" checked={order.inForce} onChange={(e) => set({ inForce: e.currentTarget.checked })} />
        {t('journal.person.orderInForce')}
      </label>
      <TextField id="j-order-court" label={t('journal.person.orderCourt')} value={order.court} onInput={(court) => set({ court })} />
      <TextField id="j-order-number" label={t('journal.person.orderNumber')} value={order.number} onInput={(number) => set({ number })} />
      <div class="filter-row">
        <DateField id="j-order-issued" label={t('journal.person.orderIssued')} value={order.issued} onInput={(issued) => set({ issued })} />
        <DateField id="j-order-served" label={t('journal.person.orderServed')} hint={t('journal.person.orderServedHint')} value={order.served} onInput={(served) => set({ served })} />
      </div>
      <TextField id="j-order-served-how" label={t('journal.person.orderServedHow')} hint={t('journal.person.orderServedHowHint')} value={order.servedHow} onInput={(servedHow) => set({ servedHow })} />
      <div class="filter-row">
        <DateField id="j-order-from" label={t('journal.person.orderFrom')} value={order.from} onInput={(from) => set({ from })} />
        <DateField id="j-order-to" label={t('journal.person.orderTo')} value={order.to} onInput={(to) => set({ to })} />
      </div>
      <TextField id="j-order-terms" long label={t('journal.person.orderTerms')} hint={t('journal.person.orderTermsHint')} value={order.terms} onInput={(terms) => set({ terms })} />
    </fieldset>
  );
}
