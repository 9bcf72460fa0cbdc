// Videos play straight from the vault through the service worker, a chunk at a time (issue 16):
// the player never gets a decrypted copy the size of the file; Range requests (across chunk edges,
// from the end, past the end) answer with the original bytes; the address works only for the page
// that opened the file, and only until the vault locks.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createVault, launch, waitForServiceWorker, type Session } from './harness';
import { dismissNotices, writeEntry } from './journal-helpers';
import { CLIP_WIDTH, MiB, paddedClip, sha256Hex as sha } from '../clip';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface Fetched { status: number; range: string | null; length: string | null; cache: string | null; base64: string }

/** A request from the page itself, as the player makes them. */
function fetchFrom(page: Page, url: string, range?: string): Promise<Fetched> {
  return page.evaluate(async ({ url, range }) => {
    const response = await fetch(url, { headers: range ? { Range: range } : {} });
    const bytes = new Uint8Array(await response.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const h = response.headers;
    return { status: response.status, range: h.get('Content-Range'), length: h.get('Content-Length'), cache: h.get('Cache-Control'), base64: btoa(text) };
  }, { url, range });
}

const bytesOf = (f: Fetched) => Buffer.from(f.base64, 'base64');

describe('playing evidence from the vault', () => {
  it('streams a video with Range requests, to the page that opened it, until Lock', async () => {
    session = await launch();
    const { page, context, baseURL } = session;
    // Every Blob the page turns into an address, by size: a decrypted copy of the video would show here.
    await context.addInitScript(() => {
      const create = URL.createObjectURL.bind(URL);
      (window as unknown as { e2eUrlSizes: number[] }).e2eUrlSizes = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        (window as unknown as { e2eUrlSizes: number[] }).e2eUrlSizes.push(blob instanceof Blob ? blob.size : -1);
        return create(blob);
      };
    });
    await createVault(page);
    await dismissNotices(page);
    await waitForServiceWorker(page);
    const clip = paddedClip(3 * MiB + 12_345);
    await writeEntry(page, { what: 'Doorbell camera caught them', channels: ['Phone call'], files: [{ name: 'doorbell.webm', mimeType: 'video/webm', buffer: clip }] });

    await page.locator('.entry-row').first().click();
    await page.getByRole('button', { name: 'Open doorbell.webm' }).click();
    const video = page.locator('video.viewer-video');
    await video.waitFor();
    const src = (await video.getAttribute('src'))!;
    expect(src).toMatch(new RegExp(`^${new URL('files/', baseURL).href}[A-Za-z0-9_-]{22}$`));

    // It plays: frames advance, read through the service worker.
    await video.evaluate(async (v: HTMLVideoElement) => {
      v.muted = true;
      await v.play();
    });
    await page.waitForFunction(() => (document.querySelector('video.viewer-video') as HTMLVideoElement).currentTime > 0.3, undefined, { timeout: 30_000 });
    expect(await video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(CLIP_WIDTH);
    const sizes = await page.evaluate(() => (window as unknown as { e2eUrlSizes: number[] }).e2eUrlSizes);
    expect(Math.max(...sizes, 0)).toBeLessThan(MiB); // thumbnails at most, never the video

    // Ranges as players send them, checked against the original bytes.
    const across = await fetchFrom(page, src, `bytes=${MiB - 6}-${MiB + 9}`);
    expect([across.status, across.range, across.length]).toEqual([206, `bytes ${MiB - 6}-${MiB + 9}/${clip.length}`, '16']);
    expect(bytesOf(across).equals(clip.subarray(MiB - 6, MiB + 10))).toBe(true);
    const tail = await fetchFrom(page, src, 'bytes=-10');
    expect(tail.range).toBe(`bytes ${clip.length - 10}-${clip.length - 1}/${clip.length}`);
    expect(bytesOf(tail).equals(clip.subarray(clip.length - 10))).toBe(true);
    const fromTwo = await fetchFrom(page, src, `bytes=${2 * MiB}-`);
    expect(sha(bytesOf(fromTwo))).toBe(sha(clip.subarray(2 * MiB)));
    const whole = await fetchFrom(page, src);
    expect([whole.status, whole.length, whole.cache]).toEqual([200, String(clip.length), 'no-store']);
    expect(sha(bytesOf(whole))).toBe(sha(clip));
    expect((await fetchFrom(page, src, `bytes=${clip.length}-`)).status).toBe(416);

    // Another tab of the same site, the same address: nothing (the token was lent to one page).
    const other = await context.newPage();
    await other.goto('./');
    expect((await fetchFrom(other, src)).status).toBe(404);
    await other.close();

    // Locked: the address plays nothing any more.
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    const after = await fetchFrom(page, src);
    expect([after.status, after.base64]).toEqual([404, '']);
    // The refusals asked for above are logged as failed loads; nothing else may be.
    expect(session.errors.filter((e) => !/status of (404|416)/.test(e))).toEqual([]);
  }, 120_000);

  it('says so when the browser cannot play a file, and points to the original', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await waitForServiceWorker(page);
    const noise = Buffer.alloc(2 * MiB, 0x5a); // not a video, whatever its name says
    await writeEntry(page, { what: 'Clip from their phone', channels: ['Phone call'], files: [{ name: 'clip.mp4', mimeType: 'video/mp4', buffer: noise }] });
    await page.locator('.entry-row').first().click();
    await page.getByRole('button', { name: 'Open clip.mp4' }).click();
    await page.getByRole('status').filter({ hasText: 'This browser cannot play this file. Use “Download the original” to open it in another app.' }).waitFor();
    expect(await page.locator('video').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0); // not "damaged": the file is whole
  });
});
