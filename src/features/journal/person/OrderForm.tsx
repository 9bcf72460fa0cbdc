// The protection order's own place among the journal's tools (issue 23): its fields only, saved
// into the person record through the same editor and draft as "The person".
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useAsync } from '../../../ui/useAsync';
import { useOrderName } from '../../resources/orderName';
import { loadPerson } from '../store';
import { orderLabel } from '../labels';
import { emptyPerson } from './person';
import { PersonEditor } from './PersonForm';
import { OrderFields } from './OrderFields';

export function OrderForm({ onBack }: { onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const loaded = useAsync(loadPerson);
  const title = orderLabel(useOrderName());
  return (
    <section aria-labelledby="j-order-title">
      <h1 id="j-order-title" ref={heading} tabIndex={-1}>{title}</h1>
      <p class="hint">{t('journal.order.explain')}</p>
      {loaded.error !== undefined && <p role="alert" class="error">{errorMessage(loaded.error)}</p>}
      {loaded.data && (
        <PersonEditor id={loaded.data.id} saved={loaded.data.person ?? emptyPerson()} onBack={onBack} photo={false}
          fields={(person, set) => <OrderFields order={person.order} legend={title} set={(patch) => set({ order: { ...person.order, ...patch } })} />} />
      )}
    </section>
  );
}
