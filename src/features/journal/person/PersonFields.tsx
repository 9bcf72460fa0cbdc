// The person profile's text fields and protection order.
import { t } from '../../../i18n';
import type { Person, ProtectionOrder } from './person';
import { privateText } from '../../../ui/privateText';
import { useOrderName } from '../../resources/orderName';
import { orderLabel } from '../labels';

function Text({ id, label, hint, value, long, onInput }: { id: string; label: string; hint?: string; value: string; long?: boolean; onInput(v: string): void }) {
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

export function PersonFields({ person, set }: { person: Person; set(patch: Partial<Person>): void }) {
  const order = person.order;
  const orderName = useOrderName();
  const setOrder = (patch: Partial<ProtectionOrder>) => set({ order: { ...order, ...patch } });
  return (
    <>
      <Text id="j-person-names" long label={t('journal.person.names')} hint={t('journal.person.namesHint')} value={person.names} onInput={(names) => set({ names })} />
      <Text id="j-person-phones" long label={t('journal.person.phones')} hint={t('journal.person.perLine')} value={person.phones} onInput={(phones) => set({ phones })} />
      <Text id="j-person-accounts" long label={t('journal.person.accounts')} hint={t('journal.person.perLine')} value={person.accounts} onInput={(accounts) => set({ accounts })} />
      <Text id="j-person-vehicle" label={t('journal.person.vehicle')} hint={t('journal.person.vehicleHint')} value={person.vehicle} onInput={(vehicle) => set({ vehicle })} />
      <fieldset>
        <legend>{orderLabel(orderName)}</legend>
        <label class="check" for="j-order-in-force">
          <input id="j-order-in-force" type="checkbox" checked={order.inForce} onChange={(e) => setOrder({ inForce: e.currentTarget.checked })} />
          {t('journal.person.orderInForce')}
        </label>
        <Text id="j-order-court" label={t('journal.person.orderCourt')} value={order.court} onInput={(court) => setOrder({ court })} />
        <Text id="j-order-number" label={t('journal.person.orderNumber')} value={order.number} onInput={(number) => setOrder({ number })} />
        <div class="filter-row">
          <div class="field">
            <label for="j-order-from">{t('journal.person.orderFrom')}</label>
            <input id="j-order-from" type="date" value={order.from} onInput={(e) => setOrder({ from: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="j-order-to">{t('journal.person.orderTo')}</label>
            <input id="j-order-to" type="date" value={order.to} onInput={(e) => setOrder({ to: e.currentTarget.value })} />
          </div>
        </div>
      </fieldset>
    </>
  );
}
