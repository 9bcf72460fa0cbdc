// The second half of the unlock report: files the background check found damaged or missing,
// named by entry and file, and journal records that could not be read. Shown once the check is
// done (unlock does not wait for it); it never blocks a screen, and is said again at each unlock.
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, formatNumber, t, type MessageKey } from '../i18n';
import { checkDamage } from '../features/journal/store';
import type { DamagedEvidence } from '../features/journal/evidence/damage';

type Found = Awaited<ReturnType<typeof checkDamage>>;

function fileLine(file: DamagedEvidence): string {
  const name = file.preview ? t('damage.previewOf', { name: file.name }) : file.name || t('damage.unnamed');
  const problem = t(`damage.problem.${file.problem}` as MessageKey);
  const line = file.entryAt === null
    ? t('damage.fileNoEntry', { name, problem })
    : t('damage.file', { name, date: formatDateTime(file.entryAt), problem });
  return file.sha256 ? `${line} ${t('damage.sha', { sha256: file.sha256 })}` : line;
}

export function DamageReport() {
  const [found, setFound] = useState<Found | null>(null);
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    let live = true;
    // A lock while checking rejects: there is nothing to say then.
    checkDamage().then((result) => live && setFound(result), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!found || hidden || (found.files.length === 0 && found.unreadable.length === 0)) return null;
  return (
    <section class="card" role="alert" aria-labelledby="damage-title">
      <h2 id="damage-title">{t('damage.title')}</h2>
      {found.files.length > 0 && (
        <>
          <p>{t('damage.files', { count: formatNumber(found.files.length) })}</p>
          <ul class="damage-list">
            {found.files.map((file) => <li key={file.blobId}>{fileLine(file)}</li>)}
          </ul>
          <p class="hint">{t('damage.goesOn')}</p>
        </>
      )}
      {found.unreadable.length > 0 && <p>{t('damage.unreadable', { count: formatNumber(found.unreadable.length) })}</p>}
      <p class="hint">{t('report.adviceLost')}</p>
      <button type="button" class="secondary" onClick={() => setHidden(true)}>{t('report.noted')}</button>
    </section>
  );
}
