// After an export: the files left out because they are damaged on this device, each by its entry
// and name with the SHA-256 recorded when it was added (the rest of the backup is whole).
import { t, formatDateTime, formatNumber } from '../../i18n';
import type { DamagedEvidence } from '../journal/evidence/damage';

export function SkippedFiles({ files }: { files: DamagedEvidence[] }) {
  if (!files.length) return null;
  return (
    <div class="card" role="status">
      <p>{t('backup.skipped', { count: formatNumber(files.length) })}</p>
      <ul>
        {files.map((f) => (
          <li key={f.blobId}>
            {f.entryAt === null ? `“${f.name || '—'}”` : t('backup.skippedIn', { name: f.name || '—', date: formatDateTime(f.entryAt) })}
            {' — '}
            {f.sha256 ? t('journal.packet.damaged', { sha256: f.sha256 }) : t('backup.skippedNoSha')}
          </li>
        ))}
      </ul>
    </div>
  );
}
