// The second tap a share sheet needs after slow work (iPhone: sharing must come straight from a
// tap): useHandOver() delivers a finished file, and <ShareNow> offers the tap when it must.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { deliver, saveFile } from './download';

export function useHandOver(): { pending: File | null; handOver(file: File): void; clear(): void } {
  const [pending, setPending] = useState<File | null>(null);
  return { pending, handOver: (file) => setPending(deliver(file)), clear: () => setPending(null) };
}

/** Kept after a share so a cancelled or interrupted one can be tried again. */
export function ShareNow({ file, label }: { file: File | null; label?: string }) {
  if (!file) return null;
  return <button type="button" class="share-now" onClick={() => saveFile(file, file.name)}>{label ?? t('common.shareNow', { name: file.name })}</button>;
}
