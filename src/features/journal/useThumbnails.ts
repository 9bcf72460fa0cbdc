// Decrypts the report's thumbnails into object URLs (revoked when the report closes), and
// says when all are ready so printing never shows empty boxes.
import { useEffect, useState } from 'preact/hooks';
import { evidenceBlob } from './store';

export interface Thumbs { urls: Map<string, string>; blobs: Map<string, Blob>; ready: boolean }

export function useThumbnails(ids: string[]): Thumbs {
  const key = ids.join(',');
  const [state, setState] = useState<Thumbs>({ urls: new Map(), blobs: new Map(), ready: ids.length === 0 });
  useEffect(() => {
    let live = true;
    const urls = new Map<string, string>();
    const blobs = new Map<string, Blob>();
    setState({ urls, blobs, ready: ids.length === 0 });
    void (async () => {
      // A few at a time: each is a round trip to the vault worker.
      for (let i = 0; i < ids.length && live; i += 8) {
        await Promise.all(ids.slice(i, i + 8).map(async (id) => {
          const blob = await evidenceBlob(id).catch(() => null);
          if (!blob || !live) return;
          blobs.set(id, blob);
          urls.set(id, URL.createObjectURL(blob));
        }));
      }
      if (live) setState({ urls: new Map(urls), blobs, ready: true });
    })();
    return () => {
      live = false;
      for (const url of urls.values()) URL.revokeObjectURL(url);
    };
  }, [key]);
  return state;
}
