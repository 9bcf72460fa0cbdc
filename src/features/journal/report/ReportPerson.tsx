// The person profile as it appears in the report.
import { t } from '../../../i18n';
import type { Person } from '../person/person';
import { orderDateLabel, orderLabel } from '../labels';
import { useOrderName } from '../../resources/orderName';

export function ReportPerson({ person, photo, lines }: { person: Person; photo?: string; lines(text: string): string[] }) {
  const o = person.order;
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
        {(o.inForce || o.court || o.number) && (
          <>
            <dt>{orderLabel(orderName)}</dt>
            <dd>
              {[o.inForce ? t('journal.person.orderInForce') : '', o.court && `${t('journal.person.orderCourt')}: ${o.court}`,
                o.number && `${t('journal.person.orderNumber')}: ${o.number}`, o.from && `${t('journal.person.orderFrom')}: ${orderDateLabel(o.from)}`,
                o.to && `${t('journal.person.orderTo')}: ${orderDateLabel(o.to)}`].filter(Boolean).join(' · ')}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
