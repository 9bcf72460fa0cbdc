// The address a piece of evidence is shown from while on screen (see store.evidenceUrl), let go
// when it leaves the screen or another one takes its place.
import { useEffect, useState } from 'preact/hooks';
import { evidenceUrl } from '../store';

export function useEvidenceUrl(blobId: string | undefined, play = false): { url?: string; failed: boolean } {
  const [state, setState] = useState<{ url?: string; failed: boolean }>({ failed: false });
  useEffect(() => {
    if (!blobId) return;
    let live = true;
    let release: (() => void) | undefined;
    evidenceUrl(blobId, play).then((shown) => {
      if (!live) return shown.release();
      release = shown.release;
      setState({ url: shown.url, failed: false });
    }, () => live && setState({ failed: true }));
    return () => {
      live = false;
      release?.();
      setState({ failed: false });
    };
  }, [blobId, play]);
  return state;
}
