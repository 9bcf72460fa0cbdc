// Decrypts a stored blob on demand into an object URL, revoked when no longer shown.
import { useEffect, useState } from 'preact/hooks';
import { evidenceBlob } from './store';

export function useObjectUrl(blobId: string | undefined): { url?: string; failed: boolean } {
  const [state, setState] = useState<{ url?: string; failed: boolean }>({ failed: false });
  useEffect(() => {
    if (!blobId) return;
    let live = true;
    let url: string | undefined;
    evidenceBlob(blobId).then((blob) => {
      if (!live) return;
      url = URL.createObjectURL(blob);
      setState({ url, failed: false });
    }, () => live && setState({ failed: true }));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
      setState({ failed: false });
    };
  }, [blobId]);
  return state;
}
