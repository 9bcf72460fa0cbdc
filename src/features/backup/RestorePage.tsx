// "Restore a backup" on its own, right after setting up on a new device: the import and a way out.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { useRouter } from '../../ui/router';
import { BackupImport } from './BackupImport';
import './backup.css';

export function RestorePage() {
  const { go } = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  // It replaces the setup screen: move focus so screen readers announce where they are.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="restore-title">
      <h1 id="restore-title" tabIndex={-1} ref={heading}>{t('backup.restoreTitle')}</h1>
      <p>{t('backup.restoreIntro')}</p>
      <BackupImport chooseMode={false} />
      <button type="button" class="secondary" onClick={() => go({ screen: 'journal' })}>{t('backup.restoreSkip')}</button>
    </section>
  );
}
