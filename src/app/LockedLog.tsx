// "Log a contact" on the Daybook lock screen (issue 24): one tap opens a small sheet, a second
// (how they made contact) saves it, sealed at once to the vault's public key. No passphrase, and
// the words after a save say nothing about what is waiting.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { LockedLogSheetProps } from './LockedLogSheet';

// The sheet and its words load as soon as the lock screen is drawn, ahead of the tap.
type Sheet = ComponentType<LockedLogSheetProps>;
let sheet: Promise<Sheet> | undefined;
const loadSheet = () => (sheet ??= import('./LockedLogSheet').then(async (m) => { await m.messagesReady.catch(() => undefined); return m.LockedLogSheet; }));

export function LockedLog() {
  const [open, setOpen] = useState(false);
  const [Sheet, setSheet] = useState<Sheet | null>(null);
  const [status, setStatus] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => void loadSheet().then((s) => setSheet(() => s), () => undefined), []);

  const done = (words: string, saved: boolean) => {
    setStatus(words);
    if (!saved) return;
    setOpen(false);
    opener.current?.focus();
  };

  return (
    <div class="locked-log">
      <button ref={opener} type="button" class="secondary" aria-expanded={open} aria-controls="locked-sheet"
        onClick={() => { setStatus(''); setOpen(!open); }}>{t('locked.open')}</button>
      <p role="status" class="success">{status}</p>
      {open && Sheet && <Sheet onDone={done} onCancel={() => setOpen(false)} />}
    </div>
  );
}
