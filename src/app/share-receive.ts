// Takes what was shared into the app (issue 25) from the service worker, which holds it in memory
// only, and has the vault seal each file at once to its public key: locked or not, nothing
// readable is stored. The journal offers them after the next unlock ("Shared files waiting").
import { shared } from '../vault';
import { SHARE_FILES, SHARE_TAKE } from '../lib/share-target';

let sealing: Promise<void> = Promise.resolve();

export function receiveShares(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; files?: unknown } | null;
    if (data?.type !== SHARE_FILES || !Array.isArray(data.files) || !data.files.length) return;
    const files = data.files.filter((f): f is File => f instanceof File);
    // One at a time: a phone holds one file in memory, not all of them.
    sealing = sealing.then(async () => {
      // One that cannot be sealed (no vault yet, too many waiting) is let go: never kept readable.
      for (const file of files) await shared.seal(file, file.name).catch(() => undefined);
    });
  });
  void navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller?.postMessage({ type: SHARE_TAKE }), () => undefined);
}
