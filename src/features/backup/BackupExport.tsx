// "Export backup": re-type the passphrase (or choose a separate one), then a streamed,
// encrypted file with a progress bar and a neutral name.
import { useState } from 'preact/hooks';
import { message as note, say, t, type Message as Kept } from '../../i18n';
import { errorNote } from '../../ui/errors';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { MIN_BACKUP_PASSPHRASE, backupErrorKey, checkNewPassphrase } from './model';
import { exportBackup } from './store';
import { ShareNow, useHandOver } from '../../ui/ShareNow';
import { ProgressLine, formatSize } from './BackupProgress';
import { SkippedFiles } from './SkippedFiles';
import type { DamagedEvidence } from '../journal/evidence/damage';

// Kept by key: the language can be switched on Settings while a note shows.
type Message = { ok: boolean; text: Kept } | null;

export function BackupExport({ onDone }: { onDone?(): void }) {
  const [current, setCurrent] = useState('');
  const [separate, setSeparate] = useState(false);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [skipped, setSkipped] = useState<DamagedEvidence[]>([]);
  const share = useHandOver();

  async function run() {
    if (progress) return;
    if (!current) return setMessage({ ok: false, text: note('backup.needCurrent') });
    const problem = separate ? checkNewPassphrase(first, second) : null;
    if (problem) return setMessage({ ok: false, text: problem === 'tooShort' ? note('setup.tooShort', { min: MIN_BACKUP_PASSPHRASE }) : note('setup.mismatch') });
    setMessage(null);
    setSkipped([]);
    share.clear();
    setProgress({ done: 0, total: 1 });
    try {
      const { file, skipped } = await exportBackup(current, separate ? first : undefined, (p) => setProgress({ done: p.done, total: p.total }));
      setSkipped(skipped);
      share.handOver(file);
      const { name, size } = file;
      setCurrent('');
      setFirst('');
      setSecond('');
      setMessage({ ok: true, text: note('backup.exported', { name, size: formatSize(size) }) });
      onDone?.();
    } catch (err) {
      const key = backupErrorKey((err as { code?: string }).code);
      setMessage({ ok: false, text: key === 'backup.err.passphrase' ? note('lock.wrong') : key ? note(key) : errorNote(err) });
    } finally {
      setProgress(null);
    }
  }

  return (
    <fieldset class="backup">
      <legend>{t('backup.export')}</legend>
      <p class="hint" id="exp-hint">{t('backup.exportHint')}</p>
      <div class="field">
        <label for="exp-current">{t('backup.current')}</label>
        <PassphraseInput id="exp-current" value={current} onInput={setCurrent} onEnter={run} describedBy="exp-hint" />
      </div>
      <label class="check">
        <input type="checkbox" checked={separate} onChange={(e) => setSeparate((e.currentTarget as HTMLInputElement).checked)} />
        {t('backup.separate')}
      </label>
      {separate && (
        <>
          <p class="hint" id="exp-sep-hint">{t('backup.separateHint')}</p>
          <div class="field">
            <label for="exp-new">{t('backup.newPass')}</label>
            <PassphraseInput id="exp-new" value={first} onInput={setFirst} describedBy="exp-sep-hint" />
          </div>
          <div class="field">
            <label for="exp-repeat">{t('backup.repeatPass')}</label>
            <PassphraseInput id="exp-repeat" value={second} onInput={setSecond} onEnter={run} />
          </div>
        </>
      )}
      <button type="button" onClick={run} disabled={progress !== null} aria-busy={progress !== null}>{t('backup.export')}</button>
      {progress && <ProgressLine label="backup.progress" text="backup.exporting" done={progress.done} total={progress.total} />}
      {message && <p class={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>{say(message.text)}</p>}
      <SkippedFiles files={skipped} />
      <ShareNow file={share.pending} />
    </fieldset>
  );
}
