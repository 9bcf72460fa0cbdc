// Settings section: backup reminder, export, import, duress passphrase and erase.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { BackupReminder } from '../backup/BackupReminder';
import { BackupExport } from '../backup/BackupExport';
import { BackupImport } from '../backup/BackupImport';
import { DuressSettings } from '../backup/DuressSettings';
import { EraseAll } from '../backup/EraseAll';
import '../backup/backup.css';

export function BackupSettings() {
  const [exported, setExported] = useState(0);
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.section')}</h2>
      <p class="hint">{t('backup.intro')}</p>
      <BackupReminder full refresh={exported} />
      <BackupExport onDone={() => setExported((n) => n + 1)} />
      <BackupImport />
      <DuressSettings />
      <EraseAll />
    </section>
  );
}
