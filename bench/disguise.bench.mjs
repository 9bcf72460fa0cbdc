// Disguise fronts: offline cold start to a usable Notes or Weather front (its one field in the
// document, enabled, and the frame showing it produced), timed in the page like the lock screen.
// Weather shows the place most people see: none chosen, so the city of the device's time zone.
import { median, round, waitForServiceWorker, watchFieldReady } from './harness.mjs';

const NOTES = 'Shopping\nmilk, eggs, basil\n\nBook club\nThursday at 7\n\nPlants\nwater on Sunday';

/** Sets the prefs as Settings would: localStorage for the page, Cache Storage for the service worker. */
async function wear(page, prefs) {
  await page.evaluate(async (p) => {
    const body = JSON.stringify({ exitUrl: 'https://weather.com/', lang: null, lockNotes: '', place: '', ...p });
    localStorage.setItem('prefs', body);
    await (await caches.open('prefs')).put('prefs.json', new Response(body, { headers: { 'Content-Type': 'application/json' } }));
  }, prefs);
}

export default async function disguiseBench({ baseURL, benchURL, passphrase, launch, sized }) {
  const session = await launch();
  const { page, context } = session;
  try {
    // Seed from the bench page before the app's service worker owns navigations.
    await page.goto(benchURL);
    await page.waitForFunction(() => window.bench?.ready);
    await page.evaluate((p) => window.bench.vault.create(p), passphrase);
    await page.goto(baseURL);
    await waitForServiceWorker(page);
    const out = { offlineLoadGoalMs: 300 };
    for (const [name, prefs] of [['notes', { disguise: 'notes', lockNotes: NOTES }], ['weather', { disguise: 'weather', place: '' }]]) {
      await context.setOffline(false);
      await wear(page, prefs);
      await context.setOffline(true);
      const loads = [];
      for (let i = 0; i < sized(5, 1); i++) {
        const fresh = await context.newPage();
        await fresh.addInitScript(watchFieldReady, 'front-search');
        await fresh.goto(baseURL);
        await fresh.waitForFunction(() => window.__fieldReady);
        loads.push(await fresh.evaluate(() => window.__fieldReady));
        // The front really is the one asked for, under its disguise's title.
        const title = await fresh.title();
        if (title.toLowerCase() !== name) throw new Error(`expected the ${name} front, got "${title}"`);
        await fresh.close();
      }
      out[`${name}OfflineLoadMs`] = round(median(loads));
      out[`${name}OfflineLoadMaxMs`] = round(Math.max(...loads));
    }
    return out;
  } finally {
    await session.close();
  }
}
