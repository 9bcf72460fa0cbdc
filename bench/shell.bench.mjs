// The phone-first shell (issue 14): unlock → first entry painted (in view, at 390×844 and
// 320×568, 1,000 entries), and what the final draft write adds to Quick exit: pointerdown to
// the neutral page's navigation start, with nothing typed against a draft typed just before
// (inside the autosave's throttle, so the last write is the one the vault must finish).
import { installApp, median, round, waitForServiceWorker } from './harness.mjs';
import { seed, typePassphrase } from './journal.bench.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Unlock click → the frame with the first entry row painted; and whether that row is fully in view. */
async function firstEntryPainted(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const start = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Unlock').click();
    while (!document.querySelector('.vrow')) await frame();
    await frame();
    const row = document.querySelector('.vrow').getBoundingClientRect();
    const hit = document.elementFromPoint(row.left + 10, row.bottom - 5);
    return { ms: performance.now() - start, inView: row.top >= 0 && row.bottom <= innerHeight && Boolean(hit?.closest('.vrow')) };
  });
}

/**
 * One Quick exit by a real press (CDP mouse events): the time from the pointerdown to the
 * neutral page's time origin (its navigation start), and whether the app was hidden in the
 * pointerdown's own task.
 */
async function exitDelay(page, baseURL) {
  await page.evaluate(() => {
    addEventListener('pointerdown', (event) => {
      const down = performance.timeOrigin + event.timeStamp;
      addEventListener('pointerdown', () => {
        localStorage.setItem('bench-exit', JSON.stringify({ down, sameTask: getComputedStyle(document.body).display === 'none' }));
      }, { once: true });
    }, { capture: true, once: true });
  });
  const box = await page.locator('#quick-exit').boundingBox();
  const cdp = await page.context().newCDPSession(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 });
  await cdp.detach().catch(() => undefined);
  await page.waitForURL(`${baseURL}weather.html`, { waitUntil: 'load' });
  return page.evaluate(() => {
    const probe = JSON.parse(localStorage.getItem('bench-exit'));
    localStorage.removeItem('bench-exit');
    return { ms: performance.timeOrigin - probe.down, sameTask: probe.sameTask };
  });
}

export default async function shellBench({ baseURL, benchURL, passphrase, launch, sized }) {
  const RUNS = Number(process.env.SHELL_BENCH_RUNS ?? 7);
  // Under --smoke: one unlock per width, and two exits (they alternate nothing typed and a draft just typed).
  const [paintRuns, exitRuns] = [sized(RUNS, 1), sized(RUNS, 2)];
  const out = { entries: sized(1000, 20) };
  const session = await launch();
  const { page, context } = session;
  try {
    await seed(page, benchURL, passphrase, out.entries, 0);
    await installApp(page, baseURL);
    for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 568 }]) {
      await page.setViewportSize(viewport);
      const runs = [];
      for (let i = 0; i < paintRuns; i++) {
        await typePassphrase(page, baseURL, passphrase);
        runs.push(await firstEntryPainted(page));
      }
      out[`unlockToFirstEntryPaintedMs_${viewport.width}`] = round(median(runs.map((r) => r.ms)));
      out[`firstEntryInView_${viewport.width}`] = runs.every((r) => r.inView);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    // Offline loads need the service worker in control; on a busy machine its install can still be
    // going on here (the smoke run found the page offline with no worker yet).
    await waitForServiceWorker(page);
    await context.setOffline(true); // the neutral page is precached: no network in the figures
    const plain = [];
    const typed = [];
    for (let i = 0; i < exitRuns; i++) {
      await typePassphrase(page, baseURL, passphrase);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('button', { name: 'New entry' }).click();
      const field = page.getByLabel('What happened', { exact: true });
      await field.waitFor();
      await sleep(1200); // the form's first autosave is done: a clean draft
      if (i % 2 === 0) {
        plain.push(await exitDelay(page, baseURL));
        continue;
      }
      await field.click();
      await page.keyboard.type('Outside again at 9', { delay: 0 });
      typed.push(await exitDelay(page, baseURL));
    }
    out.quickExitToNavigationMs = { nothingTyped: round(median(plain.map((r) => r.ms))), draftJustTyped: round(median(typed.map((r) => r.ms))) };
    out.finalDraftWriteAddsMs = round(out.quickExitToNavigationMs.draftJustTyped - out.quickExitToNavigationMs.nothingTyped);
    out.finalDraftWriteBoundMs = 100;
    out.hiddenInSameTask = [...plain, ...typed].every((r) => r.sameTask);
    out.runs = exitRuns;
  } finally {
    await session.close();
  }
  return out;
}
