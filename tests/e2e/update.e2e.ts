// Updates: a new service worker waits; the app asks, and applies it only when the person says so.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launch, waitForServiceWorker, type Session } from './harness';

let session: Session | undefined;
let server: Server | undefined;
let dir: string | undefined;
afterEach(async () => {
  await session?.close();
  await new Promise((r) => server?.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
  session = server = dir = undefined;
});

describe('app updates', () => {
  it('prompts for a waiting update and applies it only on request', async () => {
    dir = mkdtempSync(join(tmpdir(), 'update-dist-'));
    cpSync(resolve(process.env.OUT_DIR ?? 'dist'), dir, { recursive: true });
    server = await startServer(0, dir);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    session = await launch();
    const { page } = session;
    await page.goto(url);
    await waitForServiceWorker(page);
    // Ship a "new version": any byte change to sw.js makes the browser install it as waiting.
    appendFileSync(join(dir, 'sw.js'), '\n// next release\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
    await prompt.waitFor({ timeout: 20_000 });
    const controllerBefore = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    // "Later" leaves the old version in charge: nothing reloads under the person.
    await page.getByRole('button', { name: 'Later' }).click();
    expect(await prompt.count()).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(controllerBefore);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'A new version is ready.' }).waitFor({ timeout: 20_000 });
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg && !reg.waiting && reg.active?.state === 'activated';
    });
  });
});
