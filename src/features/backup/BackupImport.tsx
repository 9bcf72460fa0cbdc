// "Import backup": choose the file, its passphrase and merge or replace; the whole file is
// checked first (nothing changes), then the person confirms, then it is applied and the app locks.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, formatNumber, message as note, say, t, type Message as Kept } from '../../i18n';
import { errorNote } from '../../ui/errors';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { backupErrorKey } from './model';
import { applyBackup, checkBackup, type CheckedBackup, type ImportMode } from './store';
import { ProgressLine, formatSize } from './BackupProgress';

type Busy = { phase: 'verify' | 'apply'; done: number; total: number } | null;

/** `chooseMode` off: a fresh vault on a new device, where merge and replace come to the same. */
export function BackupImport({ chooseMode = true }: { chooseMode?: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  // Merge and replace change the record: this vault's own passphrase, typed again (not on a new phone).
  const [own, setOwn] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [busy, setBusy] = useState<Busy>(null);
  const [checked, setChecked] = useState<CheckedBackup | null>(null);
  const [error, setError] = useState<Kept | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  // A checked file left unconfirmed is closed when the panel goes (or the app locks).
  useEffect(() => () => void checked?.close(), [checked]);
  useEffect(() => confirmRef.current?.focus(), [checked]);

  const fail = (err: unknown) => {
    const { code, message } = err as { code?: string; message?: string };
    // Which passphrase was wrong: this vault's (asked again) or the file's.
    if (code === 'wrong-passphrase' && message === 'local') return setError(note('backup.ownWrong'));
    const key = backupErrorKey(code);
    setError(key ? note(key) : errorNote(err));
  };

  async function check() {
    if (busy) return;
    if (!file) return setError(note('backup.needFile'));
    setError(null);
    setChecked(null);
    setBusy({ phase: 'verify', done: 0, total: file.size });
    try {
      setChecked(await checkBackup(file, passphrase, chooseMode ? own : null, (p) => setBusy({ phase: 'verify', done: p.done, total: p.total })));
      setPassphrase('');
      setOwn('');
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  async function apply() {
    if (!checked || busy) return;
    setBusy({ phase: 'apply', done: 0, total: 1 });
    try {
      // Success locks the app (this panel unmounts with everything else).
      await applyBackup(checked, mode, (p) => setBusy({ phase: 'apply', done: p.done, total: p.total }));
    } catch (err) {
      fail(err);
      setChecked(null);
      setBusy(null);
    }
  }

  const summary = checked?.summary;
  return (
    <fieldset class="backup">
      <legend>{t('backup.import')}</legend>
      <p class="hint">{t('backup.importHint')}</p>
      <div class="field">
        <label for="imp-file">{t('backup.file')}</label>
        <input id="imp-file" type="file" onChange={(e) => {
          setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null);
          setChecked(null);
          setError(null);
        }} />
      </div>
      <div class="field">
        <label for="imp-pass">{t('backup.filePass')}</label>
        <PassphraseInput id="imp-pass" value={passphrase} onInput={setPassphrase} onEnter={check} />
      </div>
      {chooseMode && (
        <div class="field">
          <label for="imp-own">{t('backup.current')}</label>
          <PassphraseInput id="imp-own" value={own} onInput={setOwn} onEnter={check} describedBy="imp-own-hint" />
          <p id="imp-own-hint" class="hint">{t('backup.ownPassHint')}</p>
        </div>
      )}
      {chooseMode && (
        <fieldset class="plain">
          <legend>{t('backup.mode')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label class="check" key={m}>
              <input type="radio" name="imp-mode" value={m} checked={mode === m} onChange={() => setMode(m)} disabled={busy?.phase === 'apply'} />
              {t(m === 'merge' ? 'backup.merge' : 'backup.replace')}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" onClick={check} disabled={busy !== null} aria-busy={busy?.phase === 'verify'}>{t('backup.import')}</button>
      {busy?.phase === 'verify' && <ProgressLine label="backup.checkProgress" text="backup.checking" done={busy.done} total={busy.total} />}
      {summary && (
        <div class="card backup-confirm">
          <p role="status" class="success">{t('backup.checked', {
            date: formatDateTime(summary.createdAt), records: formatNumber(summary.records),
            files: formatNumber(summary.blobs), size: formatSize(summary.bytes),
          })}</p>
          {chooseMode && <p class={mode === 'replace' ? 'warning' : undefined}>{t(mode === 'replace' ? 'backup.confirmReplace' : 'backup.confirmMerge')}</p>}
          <p>{t('backup.afterImport')}</p>
          <div class="row">
            <button type="button" ref={confirmRef} class={mode === 'replace' ? 'danger' : undefined} onClick={apply} disabled={busy !== null}>{t('backup.confirm')}</button>
            <button type="button" class="secondary" onClick={() => setChecked(null)} disabled={busy !== null}>{t('common.cancel')}</button>
          </div>
          {busy?.phase === 'apply' && <ProgressLine label="backup.applyProgress" text="backup.applying" done={busy.done} total={busy.total} />}
        </div>
      )}
      {error && <p class="error" role="alert">{say(error)}</p>}
    </fieldset>
  );
}
