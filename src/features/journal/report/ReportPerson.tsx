// The person profile as it appears in the report.
import { t } from '../../../i18n';
import type { Person } from '../person/person';
import { orderFacts, orderLabel } from '../labels';
import { useOrderName } from '../../resources/orderName';

export function ReportPerson({ person, photo, lines }: { person: Person; photo?: string; lines(text: string): string[] }) {
  const order = orderFacts(person.order);
  const orderName = useOrderName();
  const list = (text: string) => lines(text).join(', ');
  return (
    <section aria-labelledby="r-person" class="report-person">
      <h3 id="r-person">{t('journal.person.title')}</h3>
      {photo && <img src={photo} data-thumb={person.photo?.thumbId} alt={t('journal.person.photoAlt')} class="thumb" />}
      <dl class="fields">
        {person.names && <><dt>{t('journal.person.names')}</dt><dd>{list(person.names)}</dd></>}
        {person.phones && <><dt>{t('journal.person.phones')}</dt><dd>{list(person.phones)}</dd></>}
        {person.accounts && <><dt>{t('journal.person.accounts')}</dt><dd>{list(person.accounts)}</dd></>}
        {person.vehicle && <><dt>{t('journal.person.vehicle')}</dt><dd>{person.vehicle}</dd></>}
        {order.length > 0 && (
          <>
            <dt>{orderLabel(orderName)}</dt>
            <dd>{order.join(' · ')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
