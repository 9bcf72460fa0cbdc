// A video played from the vault through the service worker (issue 16), in Firefox and WebKit:
// the viewer's address is the streamed one, Range requests answer with the original bytes (across a
// chunk edge, from the end), and the video plays where the engine can decode VP8 WebM.
import { expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, find, until, type Driver } from './driver';
import { dismissNotices, nav, waitOfflineReady, writeEntryWithFile } from './flows';
import { CLIP_WIDTH, MiB, paddedClip, sha256Hex } from '../clip';

const VIDEO_ENTRY = 'Doorbell camera at the door';

/** SHA-256 (hex) and status of a request from the page, as its player would make it. */
function fetched(d: Driver, url: string, range: string | null) {
  return d.run<{ status: number; contentRange: string | null; sha: string }>(`async (url, range) => {
    const response = await fetch(url, { headers: range ? { Range: range } : {} });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.arrayBuffer()));
    return { status: response.status, contentRange: response.headers.get('Content-Range'), sha: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') };
  }`, url, range);
}

/** `plays`: whether this engine is expected to decode the clip (it is asked, and must agree). */
export async function playStreamedVideo(d: Driver, dir: string, plays: boolean): Promise<void> {
  await waitOfflineReady(d); // the worker streams only once it controls the page
  const clip = paddedClip(2 * MiB + 777);
  const path = join(dir, 'doorbell.webm');
  writeFileSync(path, clip);
  await nav(d, 'Journal');
  await dismissNotices(d);
  await writeEntryWithFile(d, VIDEO_ENTRY, 'Showed up in person', path);
  await click(d, 'button', new RegExp(VIDEO_ENTRY));
  await click(d, 'button', 'Open doorbell.webm');
  await find(d, 'button', 'Close doorbell.webm');
  const src: string = await until('the streamed address', () => d.run<string | null>(`() => document.querySelector('video.viewer-video')?.src ?? null`), 30_000) as string;
  expect(src).toMatch(/\/files\/[A-Za-z0-9_-]{22}$/);

  const across = await fetched(d, src, `bytes=${MiB - 3}-${MiB + 3}`);
  expect(across).toEqual({ status: 206, contentRange: `bytes ${MiB - 3}-${MiB + 3}/${clip.length}`, sha: sha256Hex(clip.subarray(MiB - 3, MiB + 4)) });
  const tail = await fetched(d, src, 'bytes=-100');
  expect(tail.sha).toBe(sha256Hex(clip.subarray(clip.length - 100)));
  expect((await fetched(d, src, null)).sha).toBe(sha256Hex(clip));

  const decodes = await d.run<boolean>(`() => document.createElement('video').canPlayType('video/webm; codecs="vp8"') !== ''`);
  expect(decodes).toBe(plays);
  if (!plays) return;
  await d.run(`async () => {
    const video = document.querySelector('video.viewer-video');
    video.muted = true;
    await video.play();
  }`);
  await until('the video to play on', () => d.run<boolean>(`() => document.querySelector('video.viewer-video').currentTime > 0.3`), 30_000);
  expect(await d.run<number>(`() => document.querySelector('video.viewer-video').videoWidth`)).toBe(CLIP_WIDTH);
}
