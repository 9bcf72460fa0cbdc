// A browser without IndexedDB, service workers or WebAssembly (iOS Lockdown Mode, some private
// windows): each alone and all together, removed before the app loads. The app must say what
// is missing, that nothing can be stored and how to fix it, store nothing, and keep Quick exit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { routeNeutralSites } from './exit-helpers';

type Api = 'indexedDB' | 'serviceWorker' | 'WebAssembly';

let session: Session;
beforeAll(async () => {
  session = await launch();
  await routeNeutralSites(session.context);
});
afterAll(async () => session?.close());

/** A new tab where the APIs are gone before any of the app's code runs. */
async function pageWithout(apis: Api[]): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript((gone: Api[]) => {
    if (gone.includes('indexedDB')) Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    if (gone.includes('serviceWorker')) delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    if (gone.includes('WebAssembly')) delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
  }, apis);
  await page.goto('./');
  return page;
}

const SAYS: Record<Api, RegExp> = {
  indexedDB: /does not allow saving data here/,
  serviceWorker: /Service workers are turned off/,
  WebAssembly: /WebAssembly turned off/,
};

describe('a browser that cannot keep data', () => {
  const cases: Api[][] = [['indexedDB'], ['serviceWorker'], ['WebAssembly'], ['indexedDB', 'serviceWorker', 'WebAssembly']];
  for (const apis of cases) {
    it(`without ${apis.join(' + ')}: says what is missing, that nothing is stored, and how to fix it`, async () => {
      const page = await pageWithout(apis);
      await page.getByRole('heading', { level: 1, name: 'This browser cannot keep your notes safely' }).waitFor();
      const text = (await page.locator('#app').textContent())!;
      for (const api of Object.keys(SAYS) as Api[]) {
        if (apis.includes(api)) expect(text).toMatch(SAYS[api]);
        else expect(text).not.toMatch(SAYS[api]);
      }
      expect(text).toContain('nothing can be stored here');
      expect(text).toContain('turn off Lockdown Mode for this website only');
      // No weaker key derivation stands in for Argon2id, and the screen says so.
      if (apis.includes('WebAssembly')) expect(text).toContain('will not fall back to a weaker method');
      // No way into setup from here.
      expect(await page.getByLabel('New passphrase').count()).toBe(0);
      expect(await page.getByRole('button', { name: /continue/i }).count()).toBe(0);
      // Nothing was stored: not even an empty database (where IndexedDB is there to ask).
      if (!apis.includes('indexedDB')) expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
      await page.close();
    });
  }

  it('keeps Quick exit working, and says it in Spanish', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      localStorage.setItem('prefs', JSON.stringify({ lang: 'es' }));
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto('./');
    await page.getByRole('heading', { level: 1, name: 'Este navegador no puede guardar tus notas de forma segura' }).waitFor();
    expect(await page.locator('#app').textContent()).toContain('Modo de Aislamiento solo para este sitio');
    await page.locator('#quick-exit').click();
    // No site chosen: the app's own neutral page (issue 14).
    await page.waitForURL(`${session.baseURL}weather.html`);
    await page.close();
  });
});
