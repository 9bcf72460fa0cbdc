// Earlier imports, each removable in one action (its entries get a "removed" version: history kept).
import { useState } from 'preact/hooks';
import { t, formatDateTime, formatNumber } from '../../i18n';
import { useAsync } from '../../ui/useAsync';
import { listBatches, removeBatch } from './store';

export function ImportBatches({ onRemoved }: { onRemoved(): void }) {
  const [version, setVersion] = useState(0);
  const batches = useAsync(listBatches, [version]);
  const [asking, setAsking] = useState<string | null>(null);
  const [removed, setRemoved] = useState(false);
  const list = batches.data ?? [];
  if (!list.length) return null;
  return (
    <section aria-labelledby="imp-batches" class="card">
      <h2 id="imp-batches">{t('import.batches')}</h2>
      <p role="status" class="success">{removed ? t('import.removedNote') : ''}</p>
      <ul class="plain-list">
        {list.map(({ id, value: b }) => (
          <li key={id} class="break">
            {b.removedAt !== undefined
              ? t('import.batch.removed', { file: b.file, date: formatDateTime(b.at), removed: formatDateTime(b.removedAt) })
              : t('import.batch', { file: b.file, date: formatDateTime(b.at), count: formatNumber(b.entries) })}
            <span class="hint mono break"> {t('import.sha', { sha: b.sha256 })}</span>
            {b.removedAt === undefined && (
              <div class="row">
                {asking === id
                  ? <button type="button" class="danger" onClick={async () => {
                    await removeBatch(id, b);
                    setAsking(null);
                    setRemoved(true);
                    setVersion((v) => v + 1);
                    onRemoved();
                  }}>{t('import.removeConfirm', { count: formatNumber(b.entries) })}</button>
                  : <button type="button" class="secondary" onClick={() => setAsking(id)}>{t('import.remove')}</button>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
