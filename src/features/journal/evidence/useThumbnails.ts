// Decrypts the report's thumbnails into object URLs (revoked when the report closes), and
// says when all are ready so printing never shows empty boxes.
import { useEffect, useState } from 'preact/hooks';
import { evidenceBlob } from '../store';

export interface Thumbs { urls: Map<string, string>; blobs: Map<string, Blob>; ready: boolean }

export function useThumbnails(ids: string[]): Thumbs {
  const key = ids.join(',');
  // Ready only for the ids asked for now: a new report must not look ready with old thumbnails.
  const [state, setState] = useState<Thumbs & { key: string | null }>({ key: null, urls: new Map(), blobs: new Map(), ready: false });
  useEffect(() => {
    let live = true;
    const urls = new Map<string, string>();
    const blobs = new Map<string, Blob>();
    setState({ key, urls, blobs, ready: ids.length === 0 });
    void (async () => {
      // A few at a time: each is a round trip to the vault worker.
      for (let i = 0; i < ids.length && live; i += 16) {
        await Promise.all(ids.slice(i, i + 16).map(async (id) => {
          const blob = await evidenceBlob(id).catch(() => null);
          if (!blob || !live) return;
          blobs.set(id, blob);
          urls.set(id, URL.createObjectURL(blob));
        }));
      }
      if (live) setState({ key, urls: new Map(urls), blobs, ready: true });
    })();
    return () => {
      live = false;
      for (const url of urls.values()) URL.revokeObjectURL(url);
    };
  }, [key]);
  return state.key === key ? state : { urls: state.urls, blobs: state.blobs, ready: false };
}
