// "Shared files waiting: N": what was shared into the app (Android's share sheet), sealed by the
// vault as it came, offered after a real unlock: import each, or discard it (then it is deleted).
import { useState } from 'preact/hooks';
import { t, formatDateTime, formatNumber } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { dropShared, sharedWaiting, type SharedInfo } from './store';

const kb = (size: number) => formatNumber(Math.max(1, Math.ceil(size / 1024)));

export function SharedInbox({ onImport }: { onImport(id: string): void }) {
  const waiting = useAsync(sharedWaiting);
  const [gone, setGone] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const items = (waiting.data ?? []).filter((f) => !gone.includes(f.id));
  if (!items.length && !note) return null;

  const discard = async (file: SharedInfo) => {
    if (busy) return;
    setBusy(true);
    try {
      await dropShared(file.id);
      setGone((g) => [...g, file.id]);
      setNote(t('import.shared.discarded'));
    } catch (error) {
      setNote(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card locked-inbox" aria-labelledby="j-shared-title">
      {items.length > 0 && <h2 id="j-shared-title">{t('import.shared.waiting', { count: formatNumber(items.length) })}</h2>}
      {items.length > 0 && <p class="hint">{t('import.shared.hint')}</p>}
      <ul class="locked-list">
        {items.map((file, n) => (
          <li key={file.id} aria-labelledby={`j-shared-${n}`}>
            <p id={`j-shared-${n}`} class="locked-what"><strong>{file.name}</strong></p>
            <p class="hint">{t('import.shared.when', { when: formatDateTime(file.at), size: kb(file.size) })}</p>
            <div class="row">
              <button type="button" disabled={busy} onClick={() => onImport(file.id)}>{t('import.shared.import')}</button>
              <button type="button" class="secondary" disabled={busy} onClick={() => void discard(file)}>{t('import.shared.discard')}</button>
            </div>
          </li>
        ))}
      </ul>
      <p role="status" class="success">{note}</p>
    </section>
  );
}
