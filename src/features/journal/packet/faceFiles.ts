// The Noto slices' files and ranges, loaded (from assets/extra/, like the fonts themselves) only
// when a packet's text holds a character Exhibit Sans lacks: the ranges alone are ~55 KB gzip.
import { FACES } from './scriptFaces';
export { FACES, facesFor } from './scriptFaces';

/** The Noto files, emitted to assets/extra/ (kept by the service worker once fetched, not precached). */
const FACE_URLS = import.meta.glob([
  '/node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff',
  '/node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-400-normal.woff',
  '/node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-[0-9]*-400-normal.woff',
  '/node_modules/@fontsource/noto-emoji/files/noto-emoji-[0-9]*-400-normal.woff',
], { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const urlOf = (file: string) => Object.entries(FACE_URLS).find(([path]) => path.endsWith(`/${file}`))?.[1];

/** Where every face a packet may fetch is (Korean slices without Hangul are never used; the few
 *  slices small enough to be inlined here as data: URLs need no fetch): absolute URLs. */
export function faceUrls(): string[] {
  return FACES.map((f) => urlOf(f.file)).filter((url): url is string => url !== undefined && !url.startsWith('data:'))
    .map((url) => new URL(url, document.baseURI).href);
}

/** Fetches a Noto file by name from the app's own copy (the service worker keeps it once fetched). */
export async function fetchFace(file: string): Promise<Uint8Array> {
  const url = urlOf(file);
  if (!url) throw new Error(`font-missing-${file}`);
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`font-${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
