// The app's one way to hand a file over: on a phone or in the installed app, the share sheet
// where the browser can share files (an installed iOS app traps a download link in a preview
// with no way back); elsewhere the browser's downloads, from memory, under a neutral name.
// A file made after slow work goes through deliver(): the share sheet then needs a second tap.
import { openingPicker } from '../lib/picker-grace';

/** Touch-first or installed: where a download link is the wrong door. */
function prefersShare(): boolean {
  const media = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches;
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return standalone || media('(display-mode: standalone)') || media('(pointer: coarse)');
}

/** Whether `saveFile` would open the share sheet for this file (then call it straight from a tap). */
export function sharesFiles(file?: File): boolean {
  if (typeof navigator.canShare !== 'function' || !prefersShare()) return false;
  const probe = file ?? new File([''], 'probe.txt', { type: 'text/plain' });
  try {
    return navigator.canShare({ files: [probe] });
  } catch {
    return false;
  }
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Shares or downloads. navigator.share is called synchronously here, so call this straight
 * from the tap: a slow await before it loses the tap's permission to share.
 */
export function saveFile(content: Blob | string, name: string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const file = new File([blob], name, { type: blob.type || type });
  if (sharesFiles(file)) {
    openingPicker(); // the share sheet hides the page: not a reason to lock (issue 14)
    navigator.share({ files: [file] }).catch((error: unknown) => {
      // Cancelled by the person: nothing to do. Refused (no tap left, too large): download instead.
      if ((error as Error)?.name !== 'AbortError') download(blob, name);
    });
    return;
  }
  download(blob, name);
}

/**
 * For a file made after slow work (a backup, a packet, a decrypted original): by then the tap's
 * permission to share has expired, so where the file would be shared it is returned, for the
 * caller to offer a second tap that calls saveFile at once (ui/ShareNow); elsewhere it is
 * downloaded now and null is returned.
 */
export function deliver(file: File): File | null {
  if (sharesFiles(file)) return file;
  download(file, file.name);
  return null;
}
