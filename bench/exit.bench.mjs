// Quick exit figures: from the finger touching the control (pointerdown; the press lasts
// ~100 ms before release, as a real tap does) to the content off the screen, and to the neutral
// page painted. Daybook offline (its neutral page comes from the service worker) against the
// GOV.UK Design System's "Exit this page" (govuk-frontend, on a local page with the same
// neutral page served locally), measured the same way, runs interleaved so machine load hits
// both alike. A link acts only when the finger lifts; Daybook acts the moment it touches.
//
// "Hidden" is read from real pixels (a screencast, bench/exit-frames.mjs), because a page's own
// clock cannot see whether a frame reached the screen; "neutral page shown" is the landing
// page's first contentful paint. Both are on the pages' shared epoch clock (timeOrigin).
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { median, round } from './harness.mjs';
import { hiddenAt, startScreencast } from './exit-frames.mjs';

const PRESS_MS = 100;
const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs in the page just before the press: the pointerdown time (epoch ms), whether the content
 * was already hidden when the control's own handlers returned, and when the page produced its
 * next frame (a message posted from rAF arrives once that frame is done).
 */
function armProbe(selector) {
  const report = (data) => console.log(`exit-bench ${JSON.stringify(data)}`);
  const target = document.querySelector(selector);
  const gone = () => !target || !target.isConnected || target.getClientRects().length === 0 || getComputedStyle(target).visibility === 'hidden';
  addEventListener('pointerdown', (event) => {
    const down = performance.timeOrigin + event.timeStamp;
    // Registered before the control's handlers run, so it is the first callback of the next
    // frame; the message arrives once that frame has been produced.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => report({ down, frame: performance.timeOrigin + performance.now() });
      channel.port2.postMessage(null);
    });
    // Bubble phase, after the control's own handlers: was it hidden within this very task?
    addEventListener('pointerdown', () => report({ down, sameTask: gone() }), { once: true });
  }, { capture: true, once: true });
}

/** A real press through the browser's input pipeline: down, hold, up. */
async function press(page, selector) {
  const box = await page.locator(selector).boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 });
  await sleep(PRESS_MS);
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', buttons: 0, clickCount: 1 }).catch(() => undefined);
  await cdp.detach().catch(() => undefined);
}

/**
 * First contentful paint of the page we landed on, on the same clock as `down`, and the steps
 * before it from the landing page's navigation timing: when its navigation started, when its
 * bytes had arrived (from the service worker or the server), and when its scripts had run.
 */
async function paintedAt(page) {
  return page.evaluate(async () => {
    const find = () => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 20));
    const fcp = find();
    const nav = performance.getEntriesByType('navigation')[0];
    const at = (t) => performance.timeOrigin + t;
    return {
      painted: fcp ? at(fcp.startTime) : null,
      started: performance.timeOrigin,
      response: nav ? at(nav.responseEnd) : null,
      scripted: nav ? at(nav.domContentLoadedEventEnd) : null,
    };
  });
}

/** A page under test: how to get it ready, what content to watch, which control to press. */
function subject(session, { prepare, selector, control, landing }) {
  const messages = [];
  session.page.on('console', (msg) => {
    if (msg.text().startsWith('exit-bench ')) messages.push(JSON.parse(msg.text().slice(11)));
  });
  return {
    /** One exit: prepare, film, arm, press, land. */
    async measure() {
      const { page } = session;
      await prepare(page);
      await sleep(300); // settled, as when someone is reading the screen
      messages.length = 0;
      const box = await page.locator(control).boundingBox();
      const film = process.env.EXIT_BENCH_NO_FILM ? { frames: [], stop: async () => undefined } : await startScreencast(page);
      await sleep(300); // the screencast's first frame: what is on screen before the press
      await page.evaluate(armProbe, selector);
      await press(page, control);
      await page.waitForURL(landing, { waitUntil: 'load' });
      const { painted, started, response, scripted } = await paintedAt(page);
      await sleep(100);
      await film.stop();
      const probe = messages.find((m) => 'sameTask' in m);
      if (!probe || painted === null) throw new Error(`exit not measured: ${JSON.stringify({ messages, painted })}`);
      // Off the screen with the first frame without the content; at the latest, when the
      // neutral page paints over it.
      const hidden = Math.min(hiddenAt(film.frames, probe.down, box) ?? painted, painted);
      // The page's own view, meaningful only when the content was hidden before that frame.
      const frame = probe.sameTask ? messages.find((m) => m.frame)?.frame : undefined;
      return {
        hidden: hidden - probe.down, shown: painted - probe.down, sameTask: probe.sameTask, frame: frame ? frame - probe.down : null,
        // Where the time to the neutral page goes: the press until the navigation starts, until
        // the page's bytes are there, until its scripts have run, until it paints.
        steps: {
          toNavigationMs: started - probe.down,
          toResponseMs: response === null ? null : response - started,
          toScriptsRunMs: response === null || scripted === null ? null : scripted - response,
          toPaintMs: scripted === null ? null : painted - scripted,
        },
      };
    },
  };
}

async function daybookSubject({ baseURL, benchURL, passphrase, launch }) {
  const session = await launch();
  const { page, context } = session;
  await page.goto(benchURL);
  await page.waitForFunction(() => window.bench?.ready);
  await page.evaluate((p) => window.bench.vault.create(p), passphrase);
  await page.goto(baseURL);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active && navigator.serviceWorker.controller), undefined, { timeout: 30_000 });
  await context.setOffline(true);
  return {
    session,
    ...subject(session, {
      async prepare(p) {
        await p.goto(baseURL);
        await p.getByLabel('Passphrase', { exact: true }).fill(passphrase);
        await p.getByRole('button', { name: 'Unlock' }).click();
        await p.locator('nav').waitFor();
        // Chromium's offline emulation does not always reach a new document's navigator.onLine
        // (the app would then head for the online page): apply it again and check.
        await context.setOffline(false);
        await context.setOffline(true);
        await p.waitForFunction(() => !navigator.onLine);
      },
      selector: 'nav',
      control: '#quick-exit',
      landing: `${baseURL}weather.html`,
    }),
  };
}

async function govukSubject({ launch }) {
  const server = await startServer(0, root('bench/govuk'), {
    '/govuk-frontend/': root('node_modules/govuk-frontend/dist/govuk'),
    '/assets/': root('node_modules/govuk-frontend/dist/govuk/assets'),
    // The same neutral page Daybook shows offline: built (since issue 21) from src/neutral into
    // dist/, with its own scripts, which it loads relative to itself.
    '/neutral/': root(process.env.OUT_DIR ?? 'dist'),
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const session = await launch();
  return {
    session,
    server,
    ...subject(session, {
      async prepare(p) {
        await p.goto(url);
        await p.waitForFunction(() => window.benchReady === true);
      },
      selector: '#content',
      control: '.govuk-exit-this-page__button',
      landing: `${url}neutral/weather.html`,
    }),
  };
}

export default async function exitBench(ctx) {
  const RUNS = ctx.sized(Number(process.env.EXIT_BENCH_RUNS ?? 10), 1);
  const loadAtStart = loadavg()[0];
  const ours = await daybookSubject(ctx);
  const theirs = await govukSubject(ctx);
  const runs = { ours: [], theirs: [] };
  try {
    // The first pair warms both browsers up (not under --smoke, whose timings are not read).
    const warmUp = ctx.smoke ? 0 : 1;
    for (let i = 0; i < RUNS + warmUp; i++) {
      const a = await ours.measure();
      const b = await theirs.measure();
      if (i < warmUp) continue;
      runs.ours.push(a);
      runs.theirs.push(b);
    }
  } finally {
    await ours.session.close();
    await theirs.session.close();
    theirs.server.close();
  }
  if (process.env.EXIT_BENCH_DEBUG) process.stderr.write(`${JSON.stringify(runs)}\n`);
  const m = (list, key) => median(list.map((r) => r[key]));
  const daybookHiddenMs = m(runs.ours, 'hidden');
  const daybookNeutralShownMs = m(runs.ours, 'shown');
  const govukHiddenMs = m(runs.theirs, 'hidden');
  const govukNeutralShownMs = m(runs.theirs, 'shown');
  const frames = runs.ours.map((r) => r.frame).filter((f) => f !== null);
  const steps = (list) => Object.fromEntries(Object.keys(list[0].steps).map((key) => {
    const values = list.map((r) => r.steps[key]).filter((v) => v !== null);
    return [key, values.length ? round(median(values)) : null];
  }));
  return {
    runs: RUNS,
    pressMs: PRESS_MS,
    daybookHiddenMs: round(daybookHiddenMs),
    daybookHiddenMaxMs: round(Math.max(...runs.ours.map((r) => r.hidden))),
    // Cross-check from the page's own clock: its next frame after the press was produced.
    daybookBlankFrameInPageMs: frames.length ? round(median(frames)) : -1,
    daybookHiddenInSameTask: runs.ours.filter((r) => r.sameTask).length / runs.ours.length,
    hiddenGoalMs: 16,
    daybookNeutralShownOfflineMs: round(daybookNeutralShownMs),
    daybookNeutralShownMaxMs: round(Math.max(...runs.ours.map((r) => r.shown))),
    neutralShownGoalMs: 150,
    govukHiddenMs: round(govukHiddenMs),
    govukNeutralShownMs: round(govukNeutralShownMs),
    hiddenRatio: round(daybookHiddenMs / govukHiddenMs, 3),
    neutralShownRatio: round(daybookNeutralShownMs / govukNeutralShownMs, 3),
    // The way to the neutral page step by step (medians): the press until the navigation
    // starts, then the page's bytes (Daybook: the service worker, offline), its scripts, its paint.
    daybookNeutralSteps: steps(runs.ours),
    govukNeutralSteps: steps(runs.theirs),
    ratioGoal: 0.5,
    // Timings on a shared 2-core machine move with its load: read them with this figure.
    machineLoad1mAtStart: round(loadAtStart, 2),
  };
}
