// What will be written, before anything is: counts, the first and last dates, counts per week.
import { t, formatDate, formatDateTime, formatNumber, plural } from '../../i18n';
import type { Plan } from './plan';


export function ImportPreview({ plan }: { plan: Plan }) {
  const total = plan.messages + plan.calls;
  return (
    <section aria-labelledby="imp-preview" class="card import-preview">
      <h2 id="imp-preview">{t('import.preview')}</h2>
      {plan.duplicates > 0 && <p class="hint">{plural(plan.duplicates, 'import.preview.duplicates')}</p>}
      {total === 0 ? <p>{t('import.preview.none')}</p> : (
        <>
          <p data-testid="import-counts">
            {plural(plan.messages, 'import.preview.messages')}
            {', '}{plural(plan.calls, 'import.preview.calls')}
            {' '}{plural(plan.entries.length, 'import.preview.entries')}
          </p>
          <p>{t('import.preview.span', { first: formatDateTime(plan.first!), last: formatDateTime(plan.last!) })}</p>
          <table class="import-weeks">
            <caption>{t('import.preview.weeks')}</caption>
            <tbody>
              {plan.weeks.map((w) => (
                <tr key={w.weekStart}><th scope="row">{t('import.preview.week', { date: formatDate(w.weekStart) })}</th><td>{formatNumber(w.count)}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
