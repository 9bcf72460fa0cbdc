// The person profile's text fields and protection order.
import { t } from '../../../i18n';
import type { Person, ProtectionOrder } from './person';
import { useOrderName } from '../../resources/orderName';
import { orderLabel } from '../labels';
import { TextField as Text } from '../../../ui/TextField';
import { OrderFields } from './OrderFields';

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
      <OrderFields order={order} legend={orderLabel(orderName)} set={setOrder} />
    </>
  );
}
