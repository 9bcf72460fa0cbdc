// A labelled progress bar with its percentage spoken politely, and file sizes in words.
import { formatNumber, t, type MessageKey } from '../../i18n';
import { percent } from './model';

export function formatSize(bytes: number): string {
  // The unit from the catalog too (French writes Ko and Mo; the pseudo-locale walk found "MB" hard-coded).
  if (bytes < 1_000_000) return t('journal.size.kb', { n: formatNumber(Math.max(1, Math.round(bytes / 1000))) });
  return t('journal.size.mb', { n: formatNumber(Math.round(bytes / 100_000) / 10) });
}

export function ProgressLine({ label, text, done, total }: { label: MessageKey; text: MessageKey; done: number; total: number }) {
  const value = percent(done, total);
  return (
    <div class="backup-progress">
      <progress max={100} value={value} aria-label={t(label)} />
      <p class="hint" role="status">{t(text)} {formatNumber(value)} %</p>
    </div>
  );
}
